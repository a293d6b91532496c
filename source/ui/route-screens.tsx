import {lazy, type ReactNode} from 'react';
import type {Messages} from '../content/messages.js';
import type {PackIndex} from '../content/pack-index.js';
import type {LessonPack} from '../content/schema.js';
import {type ProgressDoc, setLang, setSetting} from '../progress/progress-doc.js';
import type {ExamAction} from '../quiz/exam.js';
import type {SimRun} from '../sims/sim-run.js';
import {resetProgress} from '../store/record-ids.js';
import {startExamPractice, startExamSession} from './hooks/use-exam.js';
import type {usePausedQuizzes} from './hooks/use-paused-quizzes.js';
import type {useMemory} from './hooks/use-remembered.js';
import {startChapterQuiz, startRetry, startShortQuiz} from './hooks/use-study.js';
import type {Route} from './navigation.js';
import type {useProgress} from './progress-context.js';
import {CardsLoader} from './screens/cards.js';
import {Chapter} from './screens/chapter.js';
import {ExamSetup} from './screens/exam-setup.js';
import {Glossary} from './screens/glossary.js';
import {Quiz} from './screens/quiz.js';
import {Search} from './screens/search.js';
import {Settings} from './screens/settings.js';
import {StatsScreen} from './screens/stats.js';

// The simulations (their engines and zod schemas) load only when one is opened.
const SimulationList = lazy(async () => ({default: (await import('./screens/simulation-list.js')).SimulationList}));
const SimulationScreen = lazy(async () => ({default: (await import('./screens/simulation.js')).SimulationScreen}));

type Progress = ReturnType<typeof useProgress>;

/** What the screens below the map need of the app shell: the chapters, the store, the size and how to move. */
export type RouteContext = {
	index: PackIndex[];
	packs: Map<string, LessonPack> | undefined;
	doc: ProgressDoc;
	now: () => number;
	columns: number;
	rows: number;
	m: Messages;
	push: (route: Route) => void;
	replaceTop: (route: Route) => void;
	back: () => void;
	home: () => void;
	/** Goes on with a quiz left half-way (false when there is none). */
	resume: (key: string) => boolean;
	paused: ReturnType<typeof usePausedQuizzes>;
	memory: ReturnType<typeof useMemory>;
	update: Progress['update'];
	backup: Progress['backup'];
	setMessage: (message: string | undefined) => void;
	/** The language chosen in settings wins over --lang from then on. */
	unforceLang: () => void;
	dispatchQuiz: (action: ExamAction) => void;
};

/** The screen for a route other than the map (which the shell draws with its notices). */
export function routeScreen(route: Exclude<Route, {name: 'home'}>, ctx: RouteContext): ReactNode {
	const {index, packs, doc, now, columns, rows, push, replaceTop, resume, paused, memory, update, backup, dispatchQuiz} = ctx;
	switch (route.name) {
		case 'chapter':
			return (
				<Chapter
					pack={route.pack}
					paused={paused.get(route.pack.id)}
					onOpen={(entry) => {
						if (entry === 'cards') push({name: 'cards', pack: route.pack});
						if (entry === 'glossary') push({name: 'glossary', pack: route.pack});
						if (entry === 'quiz') push({name: 'quiz', session: startChapterQuiz(route.pack, now())});
						if (entry === 'short-5' || entry === 'short-10') {
							push({name: 'quiz', session: startShortQuiz(route.pack, doc, entry === 'short-5' ? 5 : 10, now())});
						}
						if (entry === 'resume') resume(route.pack.id);
						// One simulation opens at once; several are listed first.
						const only = route.pack.simulationIds.length === 1 ? route.pack.simulationIds[0] : undefined;
						if (entry === 'sims') push(only ? {name: 'sim', pack: route.pack, sim: only} : {name: 'sims', pack: route.pack});
					}}
					columns={columns}
					rows={rows}
				/>
			);
		case 'cards':
			return (
				<CardsLoader
					key={`${route.pack.id}/${route.card}`}
					pack={route.pack}
					start={route.card}
					columns={columns}
					rows={rows}
					now={now}
					// Opened from the chapter: once the last card is reached, the chapter's cursor waits
					// on the entry after the cards (the simulation, or the quiz where there is none).
					onFinish={route.card === undefined ? () => memory?.set(`chapter:${route.pack.id}`, 1) : undefined}
					onTry={(sim) => push({name: 'sim', pack: route.pack, sim})}
				/>
			);
		case 'quiz':
			return packs ? (
				<Quiz
					session={route.session}
					dispatch={dispatchQuiz}
					packs={packs}
					columns={columns}
					rows={rows}
					now={now}
					onCard={(pack, card) => {
						const entry = index.find((p) => p.id === pack);
						if (entry) push({name: 'cards', pack: entry, card});
					}}
					onSimulation={(pack, sim) => {
						const entry = index.find((p) => p.id === pack);
						if (entry) push({name: 'sim', pack: entry, sim});
					}}
					onRetry={(items) => replaceTop({name: 'quiz', session: startRetry(route.session, items, now())})}
					onPractise={(items) => replaceTop({name: 'quiz', session: startExamPractice(items, now())})}
					onLeave={(keep) => {
						// An exam is never kept to resume (its clock runs on); abandoning it leaves any paused quiz alone.
						if (route.session.mode !== 'exam') paused.leave(route.session, keep);
						ctx.back();
					}}
					onWatch={(pack, sim, watch) => {
						const entry = index.find((p) => p.id === pack);
						if (entry) push({name: 'sim', pack: entry, sim, watch});
					}}
				/>
			) : null;
		case 'sims':
			return (
				<SimulationList pack={route.pack} columns={columns} rows={rows} onOpen={(sim) => push({name: 'sim', pack: route.pack, sim})} />
			);
		case 'sim': {
			const pack = packs?.get(route.pack.id);
			const sim = pack?.simulations.find((x) => x.id === route.sim);
			// A code loaded on a simulation screen that holds another simulation's run opens that one on top.
			const openRun = (run: SimRun) => {
				const entry = index.find((p) => p.id === run.pack);
				if (entry) push({name: 'sim', pack: entry, sim: run.sim, preset: run});
			};
			return pack && sim ? (
				<SimulationScreen
					key={`${pack.id}/${sim.id}@${route.watch?.seed}`}
					{...{pack, sim, columns, rows, now, preset: route.preset, watch: route.watch, onOpenRun: openRun}}
				/>
			) : null;
		}
		case 'glossary': {
			const pack = packs?.get(route.pack.id);
			return pack ? <Glossary key={`${pack.id}/${route.start}`} pack={pack} start={route.start} columns={columns} rows={rows} /> : null;
		}
		case 'search':
			return packs ? (
				<Search
					packs={[...packs.values()]}
					columns={columns}
					rows={rows}
					onClose={() => ctx.back()}
					onOpen={(hit) => {
						const entry = index.find((p) => p.id === hit.pack);
						if (!entry) return;
						push(hit.kind === 'card' ? {name: 'cards', pack: entry, card: hit.id} : {name: 'glossary', pack: entry, start: Number(hit.id)});
					}}
				/>
			) : null;
		case 'exam-setup':
			return (
				<ExamSetup
					index={index}
					columns={columns}
					rows={rows}
					onStart={(options) => replaceTop({name: 'quiz', session: startExamSession(index, options, now())})}
				/>
			);
		case 'stats':
			return <StatsScreen index={index} columns={columns} rows={rows} now={now} />;
		case 'settings':
			return (
				<Settings
					columns={columns}
					rows={rows}
					onLang={(l) => {
						ctx.unforceLang();
						update((d) => setLang(d, l, now()));
					}}
					onCap={(key, value) => update((d) => setSetting(d, key, value, now()))}
					onAskConfidence={(on) => update((d) => setSetting(d, 'askConfidence', on, now()))}
					onReset={() => {
						const copy = backup('reset');
						const at = now();
						update((d) => resetProgress(d, '*', at));
						ctx.setMessage(ctx.m.resetDone(copy ?? '-'));
						ctx.home();
					}}
				/>
			);
	}
}
