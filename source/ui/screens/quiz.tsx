import {Box, Text} from 'ink';
import {useEffect, useRef} from 'react';
import type {LessonPack, QuizItem} from '../../content/schema.js';
import {pick, truncate, width, wrap} from '../../content/text.js';
import {type Answer, grade} from '../../quiz/grade.js';
import {present, seedOf} from '../../quiz/present.js';
import {ratingFor} from '../../progress/rating.js';
import {type ItemRef, lastAnswerId, type Session, type SessionAction, scoreOf} from '../../quiz/session.js';
import {addAnswer, addRun, undoAnswer} from '../../progress/progress-doc.js';
import {KeyHelp} from '../components/key-help.js';
import {ChoiceQuestion} from '../components/question/choice-question.js';
import {Feedback} from '../components/question/feedback.js';
import {MatchQuestion} from '../components/question/match-question.js';
import {NumericQuestion} from '../components/question/numeric-question.js';
import {OrderQuestion} from '../components/question/order-question.js';
import {useI18n} from '../i18n-context.js';
import type {ScreenName} from '../keys.js';
import {useProgress} from '../progress-context.js';
import {theme} from '../theme.js';
import {QuizScore} from './quiz-score.js';

type Props = {
	session: Session;
	dispatch: (action: SessionAction) => void;
	packs: Map<string, LessonPack>;
	columns: number;
	rows: number;
	now: () => number;
	onCard: (pack: string, card: string) => void;
	onRetry: (items: ItemRef[]) => void;
};

const screenOf: Record<QuizItem['type'], ScreenName> = {
	single: 'quiz-choice',
	'true-false': 'quiz-choice',
	multi: 'quiz-multi',
	order: 'quiz-order',
	match: 'quiz-match',
	numeric: 'quiz-numeric',
};

/** A chapter quiz or a review: one item at a time, feedback at once, a score at the end. */
export function Quiz({session, dispatch, packs, columns, rows, now, onCard, onRetry}: Props) {
	const {lang, m} = useI18n();
	const {update} = useProgress();
	const answers = useRef(0);
	const inner = columns - 4;
	const ref = session.items[session.index];
	const pack = ref ? packs.get(ref.pack) : undefined;
	const item = pack?.quiz.find((q) => q.id === ref?.item);

	// A finished chapter quiz is recorded once (an undo takes it back).
	useEffect(() => {
		if (session.phase !== 'done' || session.mode !== 'quiz' || session.retry || session.runId || !session.pack) return;
		const id = `${session.id}#${Date.now().toString(36)}`;
		const {correct, total} = scoreOf(session);
		update((d) => addRun(d, id, {pack: session.pack!, at: now(), correct, total, ms: session.answeringMs}));
		dispatch({type: 'run-recorded', id});
	}, [session, update, dispatch, now]);

	const undo = () => {
		const id = lastAnswerId(session);
		if (!id) return;
		const at = now();
		update((d) => {
			const withoutAnswer = undoAnswer(d, id, at);
			return session.runId ? undoAnswer(withoutAnswer, session.runId, at) : withoutAnswer;
		});
		dispatch({type: 'undo', now: at});
	};

	if (session.phase === 'done') {
		return <QuizScore session={session} packs={packs} columns={columns} rows={rows} onRetry={onRetry} onUndo={undo} />;
	}
	if (!ref || !pack || !item) return <Text color={theme.muted}> {m.loading}</Text>;

	const submit = (answer: Answer) => {
		const at = now();
		const result = grade(item, answer);
		const ms = Math.max(0, at - session.itemStartedAt);
		const id = `${session.id}:${session.index}:${answers.current++}`;
		update((d) =>
			addAnswer(d, id, {
				pack: ref.pack,
				item: item.id,
				at,
				ms,
				correct: result.correct,
				score: result.score,
				rating: ratingFor(result, ms),
				mode: session.mode,
				run: session.mode === 'quiz' ? session.id : undefined,
				misconception: result.correct ? undefined : item.misconception?.id,
			}),
		);
		dispatch({type: 'answered', result: {answerId: id, ...result}, now: at});
	};

	const title =
		session.mode === 'review' ? `${m.quizReview} · ${pack.chapter} ${pick(pack.title, lang)}` : `${pack.chapter} ${pick(pack.title, lang)}`;
	const position = m.quizOf(session.index + 1, session.items.length);
	const prompt = wrap(pick(item.prompt, lang), inner);
	const result = session.results[session.index];
	// header, rule, prompt, blank … help
	const bodyRows = Math.max(3, rows - 5 - prompt.length);
	const presentation = present(item, seedOf(`${session.id}/${item.id}`));
	const widget = (() => {
		switch (item.type) {
			case 'single':
			case 'multi':
			case 'true-false':
				return <ChoiceQuestion key={item.id} item={item} presentation={presentation} columns={inner} onSubmit={submit} />;
			case 'order':
				return <OrderQuestion key={item.id} item={item} presentation={presentation} columns={inner} onSubmit={submit} />;
			case 'match':
				return <MatchQuestion key={item.id} item={item} presentation={presentation} columns={inner} onSubmit={submit} />;
			case 'numeric':
				return <NumericQuestion key={item.id} item={item} onSubmit={submit} />;
		}
	})();

	return (
		<Box flexDirection="column" paddingX={2}>
			<Box justifyContent="space-between">
				<Text color={theme.muted}>{truncate(title, inner - width(position) - 2)}</Text>
				<Text color={theme.muted}>{position}</Text>
			</Box>
			<Text color={theme.muted}>{'─'.repeat(inner)}</Text>
			{prompt.map((line, i) => (
				<Text key={i} bold>
					{line}
				</Text>
			))}
			<Text> </Text>
			<Box flexDirection="column" height={bodyRows} overflowY="hidden">
				{session.phase === 'feedback' && result ? (
					<Feedback
						key={`${item.id}-fb`}
						item={item}
						result={result}
						columns={inner}
						rows={bodyRows - 1}
						onNext={() => dispatch({type: 'next', now: now()})}
						onCard={() => onCard(ref.pack, item.card)}
						onUndo={undo}
					/>
				) : (
					widget
				)}
			</Box>
			<KeyHelp screen={session.phase === 'feedback' ? 'quiz-feedback' : screenOf[item.type]} columns={inner} />
		</Box>
	);
}
