import type {AnswerRecord, ProgressDoc} from './progress-doc.js';

/** Visits every stored answer. */
export function eachAnswer(doc: ProgressDoc, visit: (id: string, record: AnswerRecord) => void): void {
	for (const [id, record] of Object.entries(doc.answers)) visit(id, record);
}

export const compact = (doc: ProgressDoc, _now: number) => doc;
