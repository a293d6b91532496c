import {Box, Text} from 'ink';
import {useEffect, useRef, useState} from 'react';
import type {LessonPack, QuizItem} from '../../content/schema.js';
import {pick, truncate, width, wrap} from '../../content/text.js';
import type {Answer} from '../../quiz/grade.js';
import {ratingFor} from '../../progress/rating.js';
import {
	answeredCount,
	firstOfKind,
	type ItemRef,
	presentationOf,
	type Session,
	type SessionAction,
	scoreOf,
	sessionReducer,
} from '../../quiz/session.js';
import {addAnswer, addRun, type Confidence} from '../../progress/progress-doc.js';
import {KeyHelp} from '../components/key-help.js';
import {ChoiceQuestion} from '../components/question/choice-question.js';
import {ConfidencePrompt, confidenceLines, useConfidenceStep} from '../components/question/confidence-prompt.js';
import {Feedback} from '../components/question/feedback.js';
import {MatchQuestion} from '../components/question/match-question.js';
import {NumericQuestion} from '../components/question/numeric-question.js';
import {OrderQuestion} from '../components/question/order-question.js';
import type {QuestionKeys} from '../components/question/question-keys.js';
import {inputRead} from '../hooks/use-keys.js';
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
	/** Leaves the quiz: kept to resume later, or abandoned. */
	onLeave: (keep: boolean) => void;
	/** Ask how sure after every answer, with no skipping, whatever the setting (the exam). */
	confidenceRequired?: boolean | undefined;
};

type Answered = Extract<SessionAction, {type: 'answered'}>;

const screenOf: Record<QuizItem['type'], ScreenName> = {
	single: 'quiz-choice',
	'true-false': 'quiz-choice',
	multi: 'quiz-multi',
	order: 'quiz-order',
	match: 'quiz-match',
	numeric: 'quiz-numeric',
};

/** A chapter quiz or a review: one item at a time, feedback at once, a score at the end. */
export function Quiz({session, dispatch, packs, columns, rows, now, onCard, onRetry, onLeave, confidenceRequired = false}: Props) {
	const {lang, m} = useI18n();
	const {update, doc} = useProgress();
	const [leaving, setLeaving] = useState(false);
	const askConfidence = confidenceRequired || doc.settings.askConfidence?.value !== false;
	const step = useConfidenceStep<Answered>(`${session.id}#${session.index}`, confidenceRequired, (a, c) => record(a, c));
	// The session as the reducer has it, ahead of the props while a burst of keys is handled.
	const live = useRef(session);
	live.current = session;
	const inner = columns - 4;
	const ref = session.items[session.index];
	const pack = ref ? packs.get(ref.pack) : undefined;
	const item = pack?.quiz.find((q) => q.id === ref?.item);
	const itemOf = (r: ItemRef) => packs.get(r.pack)?.quiz.find((q) => q.id === r.item);

	// A finished chapter quiz is recorded once; practice is not a chapter score.
	useEffect(() => {
		if (session.phase !== 'done' || session.mode !== 'quiz' || session.practice || session.runId || !session.pack) return;
		const id = `${session.id}#${Date.now().toString(36)}`;
		const {correct, total} = scoreOf(session);
		update((d) => addRun(d, id, {pack: session.pack!, at: now(), correct, total, ms: session.answeringMs}));
		dispatch({type: 'run-recorded', id});
	}, [session, update, dispatch, now]);

	if (session.phase === 'done') {
		return <QuizScore session={session} packs={packs} columns={columns} rows={rows} onRetry={onRetry} />;
	}
	if (!ref || !pack || !item) return <Text color={theme.muted}> {m.loading}</Text>;

	/** The reducer decides whether an answer counts; one it would take waits for how sure the learner is (if asked). */
	const submit = (answer: Answer): boolean => {
		if (step.waiting()) return true;
		const action = {type: 'answered', item, answer, now: now(), input: inputRead()} as const;
		const before = live.current;
		if (sessionReducer(before, action) === before) return before.phase !== 'answering';
		if (!askConfidence) return record(action);
		step.wait(action);
		return true;
	};

	/** Grades and saves an answer (with how sure, if said); only one the reducer takes, and only once. */
	const record = (given: Answered, confidence?: Confidence): boolean => {
		// Keys that came with the confidence key (a burst) must not move past the feedback either.
		const action: SessionAction = {...given, confidence, input: inputRead()};
		const before = live.current;
		const after = sessionReducer(before, action);
		if (after === before) return before.phase !== 'answering';
		live.current = after;
		const result = after.results[after.index]!;
		update((d) =>
			d.answers[result.answerId]
				? d
				: addAnswer(d, result.answerId, {
						pack: ref.pack,
						item: item.id,
						at: action.now,
						ms: result.ms,
						correct: result.correct,
						score: result.score,
						rating: ratingFor(result, result.ms, confidence),
						mode: session.mode,
						run: session.mode === 'quiz' ? session.id : undefined,
						misconception: result.misconception,
						confidence,
					}),
		);
		dispatch(action);
		return true;
	};

	const keys: QuestionKeys = {
		back: () => setLeaving(true),
		held: step.waiting,
		override:
			step.keys ??
			(leaving
				? {
						open: () => onLeave(true),
						restart: () => onLeave(false),
						back: () => setLeaving(false),
					}
				: undefined),
	};
	const title =
		session.mode === 'review' ? `${m.quizReview} · ${pack.chapter} ${pick(pack.title, lang)}` : `${pack.chapter} ${pick(pack.title, lang)}`;
	const position = m.quizOf(session.index + 1, session.items.length);
	const prompt = wrap(pick(item.prompt, lang), inner);
	const result = session.results[session.index];
	const ask = leaving ? [m.quizLeaveAsk, ...wrap(m.quizLeaveKept(answeredCount(session), session.items.length), inner)] : [];
	const sure = step.asking ? confidenceLines(m, inner, confidenceRequired) : [];
	// header, rule, prompt, blank … (how sure? / the question to leave), help
	const bodyRows = Math.max(3, rows - 5 - prompt.length - ask.length - sure.length);
	const presentation = presentationOf(session, item);
	const rule = {multi: m.quizRuleMulti, order: m.quizRuleOrder, match: m.quizRuleMatch}[item.type as 'multi'];
	const notes = rule && firstOfKind(session, session.index, (r) => itemOf(r)?.type) ? [rule, m.quizRuleAll] : [];
	const common = {columns: inner, rows: bodyRows, notes, keys, onSubmit: submit};
	const widget = (() => {
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
				return <NumericQuestion key={item.id} item={item} columns={inner} keys={keys} onSubmit={submit} />;
		}
	})();
	const screen: ScreenName =
		step.keys?.screen ?? (leaving ? 'quiz-leave' : session.phase === 'feedback' ? 'quiz-feedback' : screenOf[item.type]);

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
						presentation={presentation}
						columns={inner}
						rows={bodyRows}
						keys={keys}
						onNext={() => dispatch({type: 'next', now: now(), input: inputRead()})}
						onCard={() => onCard(ref.pack, item.card)}
					/>
				) : (
					widget
				)}
			</Box>
			<ConfidencePrompt lines={sure} />
			{ask.map((line, i) => (
				<Text key={`ask${i}`} color={theme.warn} bold={i === 0}>
					{line}
				</Text>
			))}
			<KeyHelp screen={screen} columns={inner} />
		</Box>
	);
}
