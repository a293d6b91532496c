import type {Answer} from '../../../quiz/grade.js';
import type {Presentation} from '../../../quiz/present.js';
import type {QuestionKeys} from './question-keys.js';

/** What a question kind drawn from its shuffled presentation (choice, order, match) is given. */
export type QuestionProps<Item> = {
	item: Item;
	presentation: Presentation;
	columns: number;
	rows: number;
	/** Rules to state above the question (partial credit, the first time it applies). */
	notes: string[];
	keys: QuestionKeys;
	/** False when the answer was not taken (a blank one). */
	onSubmit: (answer: Answer) => boolean;
};
