/**
 * The checks within one pack that zod's shapes cannot express: unique ids,
 * references between cards, quiz items, simulations and sections, and answer
 * indexes inside their choices. The schema (schema.ts) runs them; the pack
 * checker (check-pack.ts) adds what needs the engines.
 */
import type {QuizItem} from './schema.js';

type Issue = {path: (string | number)[]; message: string};

/** Checks the schema cannot express: unique ids, references, answer indexes. */
export function crossCheck(pack: {
	cards: {id: string; simulation?: string | undefined}[];
	quiz: QuizItem[];
	simulations: {id: string; challenges: {id: string}[]}[];
	sections: {id: string; cards: string[]}[];
}): Issue[] {
	const issues: Issue[] = [];
	const unique = (list: {id: string}[], key: string) => {
		const seen = new Set<string>();
		list.forEach((item, i) => {
			if (seen.has(item.id)) issues.push({path: [key, i, 'id'], message: `duplicate id "${item.id}"`});
			seen.add(item.id);
		});
	};
	unique(pack.cards, 'cards');
	unique(pack.quiz, 'quiz');
	unique(pack.simulations, 'simulations');
	unique(pack.sections, 'sections');
	pack.simulations.forEach((sim, i) => {
		const seen = new Set<string>();
		sim.challenges.forEach((c, j) => {
			if (seen.has(c.id)) {
				issues.push({path: ['simulations', i, 'challenges', j, 'id'], message: `duplicate id "${c.id}"`});
			}
			seen.add(c.id);
		});
	});
	const cardIds = new Set(pack.cards.map((c) => c.id));
	const simIds = new Set(pack.simulations.map((s) => s.id));
	pack.cards.forEach((card, i) => {
		if (card.simulation !== undefined && !simIds.has(card.simulation)) {
			issues.push({path: ['cards', i, 'simulation'], message: `no simulation with id "${card.simulation}" in this pack`});
		}
	});
	pack.quiz.forEach((item, i) => {
		if (!cardIds.has(item.card)) issues.push({path: ['quiz', i, 'card'], message: `no card with id "${item.card}"`});
		issues.push(...checkAnswer(item).map((m) => ({path: ['quiz', i, m.field], message: m.message})));
	});
	pack.sections.forEach((section, i) => {
		section.cards.forEach((id, j) => {
			if (!cardIds.has(id)) issues.push({path: ['sections', i, 'cards', j], message: `no card with id "${id}"`});
		});
	});
	return issues;
}

function checkAnswer(item: QuizItem): {field: string; message: string}[] {
	if (item.type === 'single' && item.answer >= item.choices.length) {
		return [{field: 'answer', message: `answer ${item.answer} is past the last choice (${item.choices.length - 1})`}];
	}
	if (item.type === 'multi') {
		const bad = item.answers.filter((a) => a >= item.choices.length);
		if (bad.length > 0) return [{field: 'answers', message: `answers ${bad.join(', ')} are past the last choice`}];
		if (new Set(item.answers).size !== item.answers.length) {
			return [{field: 'answers', message: 'answers repeat an index'}];
		}
	}
	return [];
}
