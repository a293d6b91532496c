import {Text} from 'ink';
import {useEffect, useState} from 'react';
import {type ExamAction, remainingMs} from '../../../quiz/exam.js';
import type {Session} from '../../../quiz/session.js';
import {useI18n} from '../../i18n-context.js';
import {theme} from '../../theme.js';

type Props = {session: Session; dispatch: (action: ExamAction) => void; now: () => number};

/** The exam's countdown. Once a second it redraws and tells the exam the time, which ends it at zero. */
export function ExamClock({session, dispatch, now}: Props) {
	const {m} = useI18n();
	const [, redraw] = useState(0);
	useEffect(() => {
		const timer = setInterval(() => {
			redraw((n) => n + 1);
			dispatch({type: 'tick', now: now()});
		}, 1000);
		return () => clearInterval(timer);
	}, [dispatch, now]);
	const left = remainingMs(session, now());
	return (
		<Text color={left < 60_000 ? theme.warn : theme.muted} bold={left < 60_000}>
			{m.examLeft(left)}
		</Text>
	);
}
