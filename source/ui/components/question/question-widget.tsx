import type {QuizItem} from '../../../content/schema.js';
import type {ScreenName} from '../../keys.js';
import {ChoiceQuestion} from './choice-question.js';
import {MatchQuestion} from './match-question.js';
import {NumericQuestion} from './numeric-question.js';
import {OrderQuestion} from './order-question.js';
import type {QuestionProps} from './question-props.js';

/** The key-help screen each question kind answers on. */
export const questionScreen: Record<QuizItem['type'], ScreenName> = {
	single: 'quiz-choice',
	'true-false': 'quiz-choice',
	multi: 'quiz-multi',
	order: 'quiz-order',
	match: 'quiz-match',
	numeric: 'quiz-numeric',
};

/** The widget that asks `item`, by its kind; each is keyed by the item, so a new question starts fresh. */
export function QuestionWidget(props: QuestionProps<QuizItem>) {
	const {item, presentation, ...common} = props;
	switch (item.type) {
		case 'single':
		case 'multi':
		case 'true-false':
			return <ChoiceQuestion key={item.id} item={item} presentation={presentation} {...common} />;
		case 'order':
			return <OrderQuestion key={item.id} item={item} presentation={presentation} {...common} />;
		case 'match':
			return <MatchQuestion key={item.id} item={item} presentation={presentation} {...common} />;
		case 'numeric':
			return <NumericQuestion key={item.id} item={item} columns={common.columns} keys={common.keys} onSubmit={common.onSubmit} />;
	}
}
