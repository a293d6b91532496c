import type {QuizItem} from '../content/schema.js';
import {type Lang, pick} from '../content/text.js';
import {type Answer, grade} from './grade.js';
import type {Presentation} from './present.js';

/** A line of feedback: `ok` marks it right (✓) or wrong (✗); unmarked lines are plain. */
export type AnswerLine = {text: string; ok?: boolean | undefined; note?: string | undefined};
export type AnswerSection = {title: string; lines: AnswerLine[]};

export type AnswerWords = {
	true: string;
	false: string;
	yourAnswer: string;
	yourPicks: string;
	yourOrder: string;
	yourPairs: string;
	answerIs: string;
	rightOrder: string;
	shouldPick: string;
	shouldNotPick: string;
	belongsAt: (n: number) => string;
	rightPair: (text: string) => string;
	tolerance: (t: number) => string;
};

/**
 * The learner's answer beside the right one, each wrong option, step or pair
 * marked, as sections of text for the feedback screen.
 */
export function answerSections(item: QuizItem, answer: Answer, lang: Lang, w: AnswerWords, shown?: Presentation): AnswerSection[] {
	switch (item.type) {
		case 'single':
		case 'true-false': {
			const text = (v: number | boolean) =>
				typeof v === 'boolean' ? (v ? w.true : w.false) : item.type === 'single' ? pick(item.choices[v]!, lang) : '';
			const mine = answer.type === 'single' ? answer.choice : answer.type === 'true-false' ? answer.value : -1;
			const right = item.answer;
			const ok = mine === right;
			const sections: AnswerSection[] = [{title: w.yourAnswer, lines: [{text: text(mine), ok}]}];
			if (!ok) sections.push({title: w.answerIs, lines: [{text: text(right)}]});
			return sections;
		}
		case 'multi': {
			const picked = new Set(answer.type === 'multi' ? answer.choices : []);
			// In the order the learner saw them.
			const order = shown?.choices.length === item.choices.length ? shown.choices : item.choices.map((_, i) => i);
			const lines = order.map((i) => {
				const c = item.choices[i]!;
				const right = item.answers.includes(i);
				const mine = picked.has(i);
				const text = `${mine ? '[x]' : '[ ]'} ${pick(c, lang)}`;
				if (mine && right) return {text, ok: true};
				if (mine) return {text, ok: false, note: w.shouldNotPick};
				if (right) return {text, ok: false, note: w.shouldPick};
				return {text};
			});
			return [{title: w.yourPicks, lines}];
		}
		case 'order': {
			const order = answer.type === 'order' ? answer.order : [];
			const mine = order.map((step, i) => {
				const text = `${i + 1}. ${pick(item.steps[step]!, lang)}`;
				return step === i ? {text, ok: true} : {text, ok: false, note: w.belongsAt(step + 1)};
			});
			const sections: AnswerSection[] = [{title: w.yourOrder, lines: mine}];
			if (order.some((step, i) => step !== i)) {
				sections.push({title: w.rightOrder, lines: item.steps.map((s, i) => ({text: `${i + 1}. ${pick(s, lang)}`}))});
			}
			return sections;
		}
		case 'match': {
			const pairs = answer.type === 'match' ? answer.pairs : [];
			const lines = item.pairs.map((p, i) => {
				const chosen = pairs[i];
				const right = pick(p.right, lang);
				const text = `${pick(p.left, lang)} → ${chosen === undefined ? '?' : pick(item.pairs[chosen]!.right, lang)}`;
				return chosen === i ? {text, ok: true} : {text, ok: false, note: w.rightPair(right)};
			});
			return [{title: w.yourPairs, lines}];
		}
		case 'numeric': {
			const unit = item.unit ? ` ${pick(item.unit, lang)}` : '';
			const value = answer.type === 'numeric' ? answer.value : Number.NaN;
			const ok = grade(item, answer).correct;
			return [
				{title: w.yourAnswer, lines: [{text: `${value}${unit}`, ok}]},
				{title: w.answerIs, lines: [{text: `${item.answer}${unit} (${w.tolerance(item.tolerance)})`}]},
			];
		}
	}
}
