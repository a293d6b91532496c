import {useEffect} from 'react';
import {addExam} from '../../progress/exams.js';
import {type ExamAction, examRecordOf} from '../../quiz/exam.js';
import type {Session} from '../../quiz/session.js';
import {useProgress} from '../progress-context.js';

/**
 * Keeps a finished exam, once, under its session's id (so recording twice
 * writes the same entry). An abandoned exam never gets here: it is not kept.
 */
export function useExamRecord(session: Session, dispatch: (action: ExamAction) => void) {
	const {update} = useProgress();
	useEffect(() => {
		if (session.runId) return;
		const record = examRecordOf(session);
		if (!record) return;
		update((d) => addExam(d, session.id, record));
		dispatch({type: 'run-recorded', id: session.id});
	}, [session, update, dispatch]);
}
