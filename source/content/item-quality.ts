import type {LessonPack, Localized, QuizItem} from './schema.js';
import {LANGS, type Lang, width} from './text.js';

/*
 * Rules that keep quiz items from being answerable without the idea they test:
 * a key that is always the longest option, true/false items that are nearly
 * always false, options that echo the prompt, explanations that point at a
 * position the learner never sees (choices are shuffled), cards no item asks
 * about. Also the voice of the text: no reference to material the learner does
 * not have, US spelling in English and 한다체 in Korean.
 */

export type QualityProblem = {pack: string; path: (string | number)[]; message: string};

/** Longest-key share allowed per chapter and language. */
export const MAX_LONGEST_KEY_SHARE = 1 / 3;
/** The share of true/false items that are true, over all packs together. */
export const TRUE_SHARE = {min: 0.4, max: 0.6, minItems: 10};
export const MIN_REASONING_ITEMS = 2;

const NOTES = {en: /\b(the|these|our|study|my) notes\b/i, ko: /노트/};
const CATCH_ALL = /\b(all|none) of the above\b|모두 (맞|옳)|위의 모든|정답 없음|(모두|전부) 해당/i;
const POSITION = {
	en: /\b(first|second|third|fourth|last|above|below)\s+(option|choice|answer)s?\b|\boption\s+[a-d1-4]\b|\brespectively\b/i,
	ko: /각각|차례로|순서대로|(첫|두|세|네|마지막) ?번째 (보기|선택지|답)|보기 [1-4①-④]/,
};
/** A polite (합니다체/해요체) sentence ending: the Korean text is written in 한다체. */
export const HAPCHE = /([^\s.,!?…"'(]*(?:(?<!아)니다|세요|해요|에요|예요|까요))(?=$|[\s.,!?…"')\]])/m;
const BRITISH = new RegExp(
	[
		'\\b\\w*(behaviour|colour|favour|honour|labour|neighbour|flavour|rumour|centre|metre|theatre|fibre|litre|catalogue|analogue|dialogue|programme|defence|offence|licence|judgement|acknowledgement|manoeuvre|artefact|sceptic)s?\\b',
		'\\b(organi|reali|recogni|optimi|minimi|maximi|prioriti|utili|seriali|deseriali|summari|normali|categori|memori|analy|authori|standardi|synchroni|customi|initiali|centrali|decentrali|visuali|finali|speciali|generali|personali|locali|paralleli|containeri|virtuali|emphasi|capitali|monetis|modulari|randomi|tokeni|saniti|stabili|apologi|critici|characteri|penali|amorti|neutrali|rationali|mobili)s(e|ed|es|ing|ation|ations|er|ers)\\b',
		'\\b(modelling|modelled|labelled|labelling|travelled|travelling|cancelled|cancelling|signalled|signalling|levelled|fuelled|counselling|whilst|amongst|learnt|spelt|practise[sd]?|enrol|fulfil|skilful|cheque|tyres?|ageing|grey)\\b',
	].join('|'),
	'i',
);
const NUMERIC_RANGE = /\b(at least|at most|about|approximately|roughly|around|nearly)\b|이상|이하|약 |대략|정도|가량/;
const STOPWORDS = new Set(
	'about above after again against because before being below between could doesn during every other should their there these those through under until where which while would using what when whose with without into from than that this they them then have more most only same such some each your yours does will shall'.split(
		' ',
	),
);

export function itemQuality(packs: LessonPack[]): QualityProblem[] {
	return [...packs.flatMap(packProblems), ...trueFalseBalance(packs)];
}

function packProblems(pack: LessonPack): QualityProblem[] {
	const out: QualityProblem[] = [];
	const add = (path: (string | number)[], message: string) => out.push({pack: pack.id, path, message});
	const stats = packStats(pack);
	for (const lang of LANGS) {
		const {longest, singles} = stats[lang];
		if (longest.length > singles * MAX_LONGEST_KEY_SHARE) {
			add(
				['quiz'],
				`${lang}: the right answer is the uniquely longest option in ${longest.length} of ${singles} single-choice items (at most a third): ${longest.join(', ')}`,
			);
		}
	}
	const tf = pack.quiz.filter((q) => q.type === 'true-false');
	if (tf.length >= 2 && new Set(tf.map((q) => q.answer)).size === 1) {
		add(['quiz'], `all ${tf.length} true/false items are ${tf[0]!.answer}: make some the other way`);
	}
	pack.quiz.forEach((item, i) => {
		for (const problem of itemProblems(item)) add(['quiz', i, ...problem.path], `${item.id}: ${problem.message}`);
	});
	const tested = new Set(pack.quiz.map((q) => q.card));
	pack.cards.forEach((card, i) => {
		if (!tested.has(card.id) && !card.noQuiz)
			add(['cards', i], `card "${card.id}" is asked about by no quiz item (add one, or say why not in noQuiz)`);
	});
	if (stats.reasoning < MIN_REASONING_ITEMS) {
		add(['quiz'], `${stats.reasoning} reasoning item(s); every chapter needs at least ${MIN_REASONING_ITEMS} (skill: reasoning)`);
	}
	for (const {path, text} of localizedTexts(pack)) {
		if (NOTES.en.test(text.en) || NOTES.ko.test(text.ko))
			add(path, 'refers to notes the learner never sees (say "this chapter" or name the card)');
		const british = BRITISH.exec(text.en);
		if (british) add(path, `British spelling "${british[0]}" (use US spelling)`);
		const polite = HAPCHE.exec(text.ko);
		if (polite) add(path, `Korean "${polite[1]}" ending (write 한다체)`);
	}
	return out;
}

function itemProblems(item: QuizItem): {path: (string | number)[]; message: string}[] {
	const out: {path: (string | number)[]; message: string}[] = [];
	if (item.type === 'single' || item.type === 'multi') {
		item.choices.forEach((c, j) => {
			if (CATCH_ALL.test(c.en) || CATCH_ALL.test(c.ko)) out.push({path: ['choices', j], message: 'no "all/none of the above" options'});
		});
		for (const lang of LANGS) {
			if (POSITION[lang].test(item.explanation[lang]) || POSITION[lang].test(item.prompt[lang])) {
				out.push({path: ['explanation'], message: `${lang}: refers to an option's position, but options are shuffled`});
			}
		}
	}
	if (item.type === 'single') {
		const echo = giveaway(
			item.prompt.en,
			item.choices.map((c) => c.en),
			item.answer,
		);
		if (echo) out.push({path: ['choices', item.answer], message: `only the right option repeats "${echo}" from the prompt`});
	}
	if (item.type === 'numeric' && item.tolerance === 0 && (NUMERIC_RANGE.test(item.prompt.en) || NUMERIC_RANGE.test(item.prompt.ko))) {
		out.push({path: ['tolerance'], message: 'the prompt asks for an approximate figure or a bound: give a tolerance that fits it'});
	}
	return out;
}

/** A distinctive prompt word that the right option alone repeats, if any. */
export function giveaway(prompt: string, choices: string[], answer: number): string | undefined {
	const words = (text: string) =>
		new Set((text.toLowerCase().match(/[a-z][a-z-]{4,}/g) ?? []).map((w) => w.replace(/(es|s)$/, '')).filter((w) => !STOPWORDS.has(w)));
	const asked = words(prompt);
	const shared = choices.map((c) => [...words(c)].filter((w) => asked.has(w)));
	const mine = shared[answer] ?? [];
	if (mine.length === 0 || shared.some((s, i) => i !== answer && s.length > 0)) return undefined;
	return mine[0];
}

export type PackQualityStats = Record<Lang, {singles: number; longest: string[]}> & {
	trueFalse: {true: number; false: number};
	cards: number;
	cardsTested: number;
	reasoning: number;
};

/** The figures the rules look at, per chapter (also printed by `npm run quality`). */
export function packStats(pack: LessonPack): PackQualityStats {
	const singles = pack.quiz.filter((q) => q.type === 'single');
	const perLang = (lang: Lang) => ({
		singles: singles.length,
		longest: singles
			.filter((q) =>
				uniquelyLongest(
					q.choices.map((c) => width(c[lang])),
					q.answer,
				),
			)
			.map((q) => q.id),
	});
	const tf = pack.quiz.filter((q) => q.type === 'true-false');
	const tested = new Set(pack.quiz.map((q) => q.card));
	return {
		ko: perLang('ko'),
		en: perLang('en'),
		trueFalse: {true: tf.filter((q) => q.answer).length, false: tf.filter((q) => !q.answer).length},
		cards: pack.cards.length,
		cardsTested: pack.cards.filter((c) => tested.has(c.id)).length,
		reasoning: pack.quiz.filter((q) => q.skill === 'reasoning').length,
	};
}

function uniquelyLongest(widths: number[], answer: number): boolean {
	const mine = widths[answer] ?? 0;
	return widths.every((w, i) => i === answer || w < mine);
}

function trueFalseBalance(packs: LessonPack[]): QualityProblem[] {
	const items = packs.flatMap((p) => p.quiz.filter((q) => q.type === 'true-false'));
	if (items.length < TRUE_SHARE.minItems) return [];
	const share = items.filter((q) => q.answer).length / items.length;
	if (share >= TRUE_SHARE.min && share <= TRUE_SHARE.max) return [];
	const percent = Math.round(share * 100);
	return [
		{pack: '*', path: ['quiz'], message: `${percent}% of all ${items.length} true/false items are true; keep it between 40% and 60%`},
	];
}

/** Every text a learner can see in a pack, with where it is. */
function localizedTexts(pack: LessonPack): {path: (string | number)[]; text: Localized}[] {
	const out: {path: (string | number)[]; text: Localized}[] = [];
	const walk = (value: unknown, path: (string | number)[]) => {
		if (Array.isArray(value)) {
			value.forEach((v, i) => {
				walk(v, [...path, i]);
			});
		} else if (value && typeof value === 'object') {
			const record = value as Record<string, unknown>;
			if (typeof record.ko === 'string' && typeof record.en === 'string') out.push({path, text: {ko: record.ko, en: record.en}});
			for (const key of Object.keys(record)) walk(record[key], [...path, key]);
		}
	};
	walk(pack, []);
	return out;
}
