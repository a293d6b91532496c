import {Box, Text} from 'ink';
import {useEffect, useRef, useState} from 'react';
import type {LessonPack} from '../../content/schema.js';
import {pick, truncate, width, wrap} from '../../content/text.js';
import type {Answer} from '../../quiz/grade.js';
import {ratingFor} from '../../progress/rating.js';
import {answeredCount, firstOfKind, type ItemRef, presentationOf, type Session, type SessionAction, scoreOf} from '../../quiz/session.js';
import {type ExamAction, reduceSession} from '../../quiz/exam.js';
import {addAnswer, addRun, type Confidence} from '../../progress/progress-doc.js';
import {scenarioRating} from '../../quiz/scenario-grade.js';
import {KeyHelp} from '../components/key-help.js';
import {ConfidencePrompt, confidenceLines, useConfidenceStep} from '../components/question/confidence-prompt.js';
import {Feedback} from '../components/question/feedback.js';
import {RemedyLine, remedyOf} from '../components/question/remedy-line.js';
import {QuestionWidget, questionScreen} from '../components/question/question-widget.js';
import {ExamClock} from '../components/exam/exam-clock.js';
import {useExamRecord} from '../hooks/use-exam-record.js';
import type {QuestionKeys} from '../components/question/question-keys.js';
import {inputRead} from '../hooks/use-keys.js';
import {runToWatch, useQuizItem} from '../hooks/use-quiz-item.js';
import {useI18n} from '../i18n-context.js';
import type {ScreenName} from '../keys.js';
import {useProgress} from '../progress-context.js';
import {theme} from '../theme.js';
import {ExamResult} from './exam-result.js';
import {QuizScore} from './quiz-score.js';

type Props = {
	session: Session;
	dispatch: (action: ExamAction) => void;
	packs: Map<string, LessonPack>;
	columns: number;
	rows: number;
	now: () => number;
	onCard: (pack: string, card: string) => void;
	/** Opens a simulation of a pack (a remediation item's counter-example). */
	onSimulation?: ((pack: string, sim: string) => void) | undefined;
	onRetry: (items: ItemRef[]) => void;
	/** An exam's missed items, practised as an ordinary quiz. */
	onPractise?: ((items: ItemRef[]) => void) | undefined;
	/** Leaves the quiz: kept to resume later, or abandoned. */
	onLeave: (keep: boolean) => void;
	/** Plays a scenario item's run on its simulation's screen (Esc comes back). */
	onWatch?: (pack: string, sim: string, run: {params: unknown; seed: number}) => void;
	/** Ask how sure after every answer, with no skipping, whatever the setting (the exam). */
	confidenceRequired?: boolean | undefined;
};

type Answered = Extract<SessionAction, {type: 'answered'}>;

/** A chapter quiz or a review: one item at a time, feedback at once, a score at the end. */
export function Quiz(props: Props) {
	const {session, dispatch, packs, columns, rows, now, onCard, onSimulation, onRetry, onPractise, onLeave, onWatch} = props;
	const {lang, m} = useI18n();
	const {doc, update} = useProgress();
	const [leaving, setLeaving] = useState(false);
	// An exam asks on every answer, with no skipping, whatever the setting: its calibration is part of the result.
	const mustAsk = props.confidenceRequired === true || session.mode === 'exam';
	const askConfidence = mustAsk || doc.settings.askConfidence?.value !== false;
	const step = useConfidenceStep<Answered>(`${session.id}#${session.index}`, mustAsk, (a, c) => record(a, c));
	// The session as the reducer has it, ahead of the props while a burst of keys is handled.
	const live = useRef(session);
	live.current = session;
	const inner = columns - 4;
	const ref = session.items[session.index];
	const pack = ref ? packs.get(ref.pack) : undefined;
	// A question of the pack, or a scenario question built from a simulation run.
	const shown = useQuizItem(session, packs, doc);
	const item = shown && 'item' in shown ? shown.item : undefined;
	const scenario = shown && 'item' in shown ? shown.scenario : undefined;
	const itemOf = (r: ItemRef) => packs.get(r.pack)?.quiz.find((q) => q.id === r.item);

	// A finished chapter quiz is recorded once; practice is not a chapter score.
	useEffect(() => {
		if (session.phase !== 'done' || session.mode !== 'quiz' || session.practice || session.runId || !session.pack) return;
		const id = `${session.id}#${Date.now().toString(36)}`;
		const {correct, total} = scoreOf(session);
		update((d) => addRun(d, id, {pack: session.pack!, at: now(), correct, total, ms: session.answeringMs}));
		dispatch({type: 'run-recorded', id});
	}, [session, update, dispatch, now]);

	// An exam is kept once it ends (finished, timed out or handed in); its answers stay out of the answer log.
	useExamRecord(session, dispatch);
	const exam = session.mode === 'exam';

	if (session.phase === 'done' && exam) {
		return (
			<ExamResult
				session={session}
				packs={packs}
				columns={columns}
				rows={rows}
				now={now}
				onCard={onCard}
				onPractise={onPractise ?? onRetry}
			/>
		);
	}
	if (session.phase === 'done') {
		return <QuizScore session={session} packs={packs} columns={columns} rows={rows} onRetry={onRetry} />;
	}
	if (shown && 'error' in shown) return <Text color={theme.error}> {shown.error}</Text>;
	if (!ref || !pack || !item) return <Text color={theme.muted}> {m.loading}</Text>;

	/** The reducer decides whether an answer counts; one it would take waits for how sure the learner is (if asked). */
	const submit = (answer: Answer): boolean => {
		if (step.waiting()) return true;
		const action = {type: 'answered', item, answer, now: now(), input: inputRead()} as const;
		const before = live.current;
		if (reduceSession(before, action) === before) return before.phase !== 'answering';
		if (!askConfidence) return record(action);
		step.wait(action);
		return true;
	};

	/** Grades and saves an answer (with how sure, if said); only one the reducer takes, and only once. An exam's stays out of the answer log. */
	const record = (given: Answered, confidence?: Confidence): boolean => {
		// Keys that came with the confidence key (a burst) must not move past the feedback either.
		const action: SessionAction = {...given, confidence, input: inputRead()};
		const before = live.current;
		const after = reduceSession(before, action);
		if (after === before) return before.phase !== 'answering';
		live.current = after;
		const result = after.results[before.index];
		const mode = session.mode;
		if (result && mode !== 'exam')
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
							rating: scenario ? scenarioRating(result, result.ms, {confidence}) : ratingFor(result, result.ms, confidence),
							mode,
							run: mode === 'quiz' ? session.id : undefined,
							misconception: result.misconception,
							confidence,
							...(scenario ? {seed: scenario.seed} : {}),
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
						// An exam is handed in (what is unanswered counts as wrong), never kept to resume: its clock runs on.
						open: () => (exam ? dispatch({type: 'finish', now: now()}) : onLeave(true)),
						restart: () => onLeave(false),
						back: () => setLeaving(false),
					}
				: undefined),
	};
	// An exam does not name the chapter: telling which topic a question is about is part of the test.
	const title = exam
		? m.examTitle
		: session.mode === 'review'
			? `${m.quizReview} · ${pack.chapter} ${pick(pack.title, lang)}`
			: `${pack.chapter} ${pick(pack.title, lang)}`;
	const position = m.quizOf(session.index + 1, session.items.length);
	const clockWidth = exam ? width(m.examLeft(0)) + 3 : 0;
	const prompt = wrap(pick(item.prompt, lang), inner);
	const result = session.results[session.index];
	const leaveText = exam ? m.examLeaveWhat : m.quizLeaveKept(answeredCount(session), session.items.length);
	const ask = leaving ? [exam ? m.examLeaveAsk : m.quizLeaveAsk, ...wrap(leaveText, inner)] : [];
	const sure = step.asking ? confidenceLines(m, inner, mustAsk) : [];
	// A remediation item: a line over the prompt, and its card and simulation after the answer.
	const remedy = remedyOf(pack, ref.remedy);
	const remedySim = remedy?.simulation;
	// header, rule, (remedy line,) prompt, blank … (how sure? / the question to leave), help
	const bodyRows = Math.max(3, rows - 5 - prompt.length - ask.length - sure.length - (remedy ? 1 : 0));
	const presentation = presentationOf(session, item);
	const rule = {multi: m.quizRuleMulti, order: m.quizRuleOrder, match: m.quizRuleMatch}[item.type as 'multi'];
	const notes = rule && firstOfKind(session, session.index, (r) => itemOf(r)?.type) ? [rule, m.quizRuleAll] : [];
	const widget = (
		<QuestionWidget
			key={item.id}
			item={item}
			presentation={presentation}
			columns={inner}
			rows={bodyRows}
			notes={notes}
			keys={keys}
			onSubmit={submit}
		/>
	);
	const feedback: ScreenName = scenario ? 'quiz-feedback-run' : remedySim && onSimulation ? 'quiz-feedback-remedy' : 'quiz-feedback';
	const screen: ScreenName =
		step.keys?.screen ??
		(leaving ? (exam ? 'exam-leave' : 'quiz-leave') : session.phase === 'feedback' ? feedback : questionScreen[item.type]);

	return (
		<Box flexDirection="column" paddingX={2}>
			<Box justifyContent="space-between">
				<Text color={theme.muted}>{truncate(title, inner - width(position) - clockWidth - 2)}</Text>
				<Text color={theme.muted}>
					{position}
					{exam ? ' · ' : ''}
					{exam ? <ExamClock session={session} dispatch={dispatch} now={now} /> : null}
				</Text>
			</Box>
			<Text color={theme.muted}>{'─'.repeat(inner)}</Text>
			{remedy ? <RemedyLine info={remedy} answered={session.phase === 'feedback'} columns={inner} /> : null}
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
						onCard={() => onCard(ref.pack, remedy?.card ?? item.card)}
						onSimulation={remedySim && onSimulation ? () => onSimulation(ref.pack, remedySim) : undefined}
						onWatch={scenario && onWatch ? () => onWatch(ref.pack, scenario.sim, runToWatch(scenario, result.answer)) : undefined}
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
