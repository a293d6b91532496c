import {Box, useApp} from 'ink';
import {Suspense, useEffect, useReducer, useRef, useState} from 'react';
import type {PackIndex} from './content/pack-index.js';
import type {LessonPack} from './content/schema.js';
import type {Lang} from './content/text.js';
import {localTz} from './progress/days.js';
import {remediationFor} from './progress/misconceptions.js';
import {type ExamAction, reduceSession} from './quiz/exam.js';
import type {ProgressStore} from './store/progress-store.js';
import {Notices, noticeLines, storeErrorLines} from './ui/components/notices.js';
import {type HelpNote, HelpNotesProvider} from './ui/hooks/use-help-notes.js';
import {ScreenKeysProvider, useKeyDispatch} from './ui/hooks/use-keys.js';
import {usePausedQuizzes} from './ui/hooks/use-paused-quizzes.js';
import {startReview} from './ui/hooks/use-study.js';
import {type ExamOptions, startExamSession} from './ui/hooks/use-exam.js';
import {useStudyClock} from './ui/hooks/use-study-clock.js';
import {useIntro} from './ui/hooks/use-intro.js';
import {MemoryProvider, useMemory} from './ui/hooks/use-remembered.js';
import {useTerminalSize} from './ui/hooks/use-terminal-size.js';
import {I18nContext, i18nFor} from './ui/i18n-context.js';
import type {ScreenName} from './ui/keys.js';
import {current, navigate, type Route, START} from './ui/navigation.js';
import {PacksProvider, usePacks} from './ui/packs-context.js';
import {ProgressProvider, useProgress} from './ui/progress-context.js';
import {Help} from './ui/screens/help.js';
import {Intro} from './ui/screens/intro.js';
import {Home} from './ui/screens/home.js';
import {routeScreen} from './ui/route-screens.js';
import {TooSmall} from './ui/screens/too-small.js';
import {MIN_COLUMNS, MIN_ROWS} from './ui/theme.js';

export type AppProps = {
	/** The chapters, enough to draw the map and chapter screens. */
	index: PackIndex[];
	/** The full packs, loaded after the first frame. */
	packs: () => Promise<LessonPack[]>;
	/** Opened after the first frame, so start-up never waits for the disk. */
	store: () => Promise<ProgressStore>;
	/** The language before the stored choice is known (from --lang or the locale). */
	lang: Lang;
	/** True when --lang was given: it wins over the stored choice for this run. */
	langForced: boolean;
	/** How many problems the extra packs had (they were skipped). */
	packWarnings?: number;
	now?: () => number;
	/** Show "how this works" at a start where nothing has been studied yet. */
	intro?: boolean;
	/** Start straight in an exam (`sd-trainer exam`). */
	exam?: ExamOptions | undefined;
};

export function App(props: AppProps) {
	return (
		<ProgressProvider store={props.store} now={props.now}>
			<PacksProvider load={props.packs}>
				<MemoryProvider>
					<Screens {...props} />
				</MemoryProvider>
			</PacksProvider>
		</ProgressProvider>
	);
}

function Screens({index, lang: initialLang, langForced, packWarnings = 0, now = Date.now, intro: firstStartIntro = false, exam}: AppProps) {
	const {exit} = useApp();
	// Quitting waits for the frame of the keys before it (one write can hold "lq"): their effects
	// (the card paged to is recorded in one) run first, then the app closes and saves what waits.
	const [closing, setClosing] = useState(false);
	const closed = useRef(false);
	useEffect(() => {
		if (closing) exit();
	}, [closing, exit]);
	const terminal = useTerminalSize();
	const small = terminal.columns < MIN_COLUMNS || terminal.rows < MIN_ROWS;
	// While the terminal is too small the screen stays mounted, hidden, at the last size that fitted,
	// so a quiz half-answered (picks, letters, a typed number) is there again after the resize.
	const fitted = useRef({columns: Math.max(MIN_COLUMNS, terminal.columns), rows: Math.max(MIN_ROWS, terminal.rows)});
	if (!small) fitted.current = {columns: terminal.columns, rows: terminal.rows};
	const {columns, rows: screenRows} = fitted.current;
	const {doc, loaded, update, notices, storeError, dismissNotices, backup} = useProgress();
	const packs = usePacks();
	const [forced, setForced] = useState(langForced ? initialLang : undefined);
	const [nav, go] = useReducer(navigate, START, (start) =>
		exam ? {stack: [...start.stack, {name: 'quiz' as const, session: startExamSession(index, exam, now())}]} : start,
	);
	const [selected, setSelected] = useState(0);
	const [help, setHelp] = useState<ScreenName | undefined>();
	const intro = useIntro(firstStartIntro && loaded, doc);
	const memory = useMemory();
	const helpNotes = useRef<HelpNote | undefined>(undefined);
	const [message, setMessage] = useState<string | undefined>();
	const [warningsShown, setWarningsShown] = useState(packWarnings);
	const paused = usePausedQuizzes();
	const lang = forced ?? doc.settings.lang?.value ?? initialLang;
	const route = current(nav);
	const i18n = i18nFor(lang);
	// A failed save (or the wait for another sd-trainer) shows on every screen; the map has its own notices.
	const banner = route.name !== 'home' && storeError?.kind === 'save' && !help ? storeErrorLines(i18n.m, storeError, columns - 2) : [];
	const rows = screenRows - banner.length;
	const study = useStudyClock(update, now);
	const push = (r: Route) => {
		study.save();
		go({type: 'push', route: r});
	};
	const replaceTop = (r: Route) => go({type: 'replace', route: r});

	// Keys every screen shares: quit, back, help. Any key hides the notices.
	const screenKeys = useKeyDispatch((actions, field) => {
		// Keys after a quit in the same write do nothing.
		if (closed.current) return false;
		study.press();
		if (notices.length > 0 || warningsShown > 0 || message) {
			dismissNotices();
			setWarningsShown(0);
			setMessage(undefined);
		}
		if (actions.includes('quit') || actions.includes('interrupt')) {
			study.save();
			closed.current = true;
			setClosing(true);
			return [];
		}
		// Nothing acts on a screen the learner cannot see.
		if (small) return false;
		if (help || intro.open) {
			setHelp(undefined);
			intro.close();
			return false;
		}
		// In a text field Esc leaves the field (the screen's own `back`), not the screen.
		if (field) return actions;
		// A screen that declares its own Esc (a quiz asks before leaving) handles it.
		const ownBack = screenKeys.current?.back !== undefined;
		const rest = actions.filter((a) => a !== 'help' && (a !== 'back' || ownBack));
		for (const action of actions) {
			if (action === 'help') setHelp(screenKeys.current?.screen ?? (route.name === 'quiz' ? 'quiz-choice' : (route.name as ScreenName)));
			if (action === 'back' && !ownBack) go({type: 'back'});
		}
		return rest;
	});

	const dispatchQuiz = (action: ExamAction) =>
		go({type: 'update', name: 'quiz', update: (r) => (r.name === 'quiz' ? {name: 'quiz', session: reduceSession(r.session, action)} : r)});

	/** Takes a quiz left half-way out of the kept ones, to go on with it. */
	const resume = (key: string) => {
		const session = paused.take(key);
		if (session) push({name: 'quiz', session});
		return session !== undefined;
	};

	const openReview = () => {
		if (resume('review')) return;
		const at = now();
		const session = startReview(doc, index, at, packs ? remediationFor(doc, packs.values(), at, localTz(at)) : []);
		if (session) push({name: 'quiz', session});
		else setMessage(i18n.m.reviewDone);
	};

	const content = (() => {
		if (help) {
			const note = helpNotes.current?.key === routeKey(route) ? helpNotes.current : undefined;
			return <Help screen={help} columns={columns} height={rows} note={note} />;
		}
		if (intro.open) return <Intro columns={columns} rows={rows} />;
		switch (route.name) {
			case 'home': {
				const extra = message ? [message] : [];
				const lines = noticeLines(i18n.m, {notices, warnings: warningsShown, storeError, extra}, columns - 2);
				return (
					<Home
						packs={index}
						now={now}
						selected={selected}
						onSelect={setSelected}
						onOpen={(pack) => push({name: 'chapter', pack})}
						onReview={openReview}
						onExam={() => push({name: 'exam-setup'})}
						onStats={() => push({name: 'stats'})}
						onSettings={() => push({name: 'settings'})}
						onSearch={() => push({name: 'search'})}
						onIntro={intro.show}
						columns={columns}
						rows={rows}
						notices={lines}
					/>
				);
			}
			default:
				return routeScreen(route, {
					index,
					packs,
					doc,
					now,
					columns,
					rows,
					m: i18n.m,
					push,
					replaceTop,
					back: () => go({type: 'back'}),
					home: () => go({type: 'home'}),
					resume,
					paused,
					memory,
					update,
					backup,
					setMessage,
					unforceLang: () => setForced(undefined),
					dispatchQuiz,
				});
		}
	})();

	return (
		<I18nContext.Provider value={i18n}>
			<ScreenKeysProvider value={screenKeys}>
				<HelpNotesProvider value={helpNotes}>
					{small ? <TooSmall columns={terminal.columns} rows={terminal.rows} /> : <Notices lines={banner} />}
					<Box display={small ? 'none' : 'flex'} flexDirection="column">
						<Suspense fallback={null}>{content}</Suspense>
					</Box>
				</HelpNotesProvider>
			</ScreenKeysProvider>
		</I18nContext.Provider>
	);
}

/** Which screen a help note belongs to: a simulation of a pack (other screens add none). */
export const routeKey = (route: Route): string => (route.name === 'sim' ? `sim:${route.pack.id}/${route.sim}` : route.name);
