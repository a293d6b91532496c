import {Text} from 'ink';
import {useState} from 'react';
import type {LessonPack} from '../../content/schema.js';
import {pick, truncate} from '../../content/text.js';
import {chapterScores, history} from '../../progress/history.js';
import {type ItemRef, missed, type Session, scoreOf} from '../../quiz/session.js';
import {scenarioTitle} from '../../quiz/scenario-title.js';
import {frameBody, ScreenFrame} from '../components/screen-frame.js';
import {type Line, maxOffset, ScrollLines} from '../components/scroll-lines.js';
import {useKeys} from '../hooks/use-keys.js';
import {useI18n} from '../i18n-context.js';
import {useProgress} from '../progress-context.js';
import {formatDuration} from '../format.js';
import {theme} from '../theme.js';

type Props = {
	session: Session;
	packs: Map<string, LessonPack>;
	columns: number;
	rows: number;
	onRetry: (items: ItemRef[]) => void;
};

/**
 * The end of a quiz: the score, time, best so far, each item's result; retry
 * the missed ones. The score is final: nothing here takes an answer back.
 */
export function QuizScore({session, packs, columns, rows, onRetry}: Props) {
	const {lang, m} = useI18n();
	const {doc} = useProgress();
	const [offset, setOffset] = useState(0);
	const inner = frameBody(columns, rows).columns;
	const {correct, total} = scoreOf(session);
	const pct = total > 0 ? Math.round((correct / total) * 100) : 0;
	const scores = session.pack ? chapterScores(history(doc).runs, session.pack) : undefined;
	const best = scores?.best === undefined ? undefined : Math.round(scores.best * 100);
	const isNewBest = !session.practice && session.mode === 'quiz' && scores !== undefined && scores.runs > 1 && best === pct && pct > 0;
	const head: Line[] = [
		{text: m.quizScore(correct, total, pct), bold: true},
		{text: m.quizTime(formatDuration(session.answeringMs)), color: theme.muted},
		...(best !== undefined ? [{text: m.quizBest(best), color: theme.muted}] : []),
		...(isNewBest ? [{text: m.quizNewBest, color: theme.done}] : []),
		...(session.practice && session.mode === 'quiz' ? [{text: m.quizPractice, color: theme.muted}] : []),
		...(session.later ? [{text: m.sessionLater(session.later), color: theme.muted}] : []),
		...(session.heldBack ? [{text: m.reviewHeldBack(session.heldBack), color: theme.muted}] : []),
		{text: ''},
	];
	const items: Line[] = session.items.map((ref, i) => {
		const r = session.results[i];
		const item = packs.get(ref.pack)?.quiz.find((q) => q.id === ref.item);
		const mark = r?.correct ? '✓' : '✗';
		const text = item ? pick(item.prompt, lang) : (scenarioTitle(packs.get(ref.pack), ref.item, lang) ?? ref.item);
		return {text: truncate(`${mark} ${text}`, inner), color: r?.correct ? theme.done : theme.error};
	});
	const lines = [...head, ...items];
	// The frame's rows; under the list, its "more below" line and one that says whether anything is left to retry.
	const listRows = Math.max(1, frameBody(columns, rows).rows - 2);
	const toRetry = missed(session);
	useKeys(
		{
			review: () => toRetry.length > 0 && onRetry(toRetry),
			up: () => setOffset((o) => Math.max(0, o - 1)),
			down: () => setOffset((o) => Math.min(maxOffset(lines.length, listRows), o + 1)),
		},
		'quiz-score',
	);
	return (
		<ScreenFrame title={session.mode === 'review' ? m.quizReview : m.quizScoreTitle} screen="quiz-score" columns={columns} rows={rows}>
			{() => (
				<>
					<ScrollLines lines={lines} rows={listRows} offset={offset} />
					{toRetry.length === 0 ? <Text color={theme.muted}>{truncate(m.quizAllRight, inner)}</Text> : <Text> </Text>}
				</>
			)}
		</ScreenFrame>
	);
}
