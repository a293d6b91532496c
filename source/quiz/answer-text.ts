import type {QuizItem} from '../content/schema.js';
import {type Lang, pick} from '../content/text.js';

/** The right answer of an item as lines of text, for the feedback screen. */
export function rightAnswerLines(item: QuizItem, lang: Lang, words: {true: string; false: string}): string[] {
	switch (item.type) {
		case 'single':
			return [pick(item.choices[item.answer]!, lang)];
		case 'multi':
			return item.answers.map((i) => `• ${pick(item.choices[i]!, lang)}`);
		case 'true-false':
			return [item.answer ? words.true : words.false];
		case 'order':
			return item.steps.map((s, i) => `${i + 1}. ${pick(s, lang)}`);
		case 'match':
			return item.pairs.map((p) => `${pick(p.left, lang)} → ${pick(p.right, lang)}`);
		case 'numeric': {
			const unit = item.unit ? ` ${pick(item.unit, lang)}` : '';
			return [item.tolerance > 0 ? `${item.answer}${unit} (± ${item.tolerance})` : `${item.answer}${unit}`];
		}
	}
}
