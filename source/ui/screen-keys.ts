import type {Messages} from '../content/messages.js';
import type {Action} from './keys.js';

/*
 * Each screen's keys, in the order its help line lists them: the one
 * declaration its handlers, its footer and the `?` overlay are read from
 * (keys.ts gives a screen only the actions its entry lists).
 */

export type ScreenName =
	| 'home'
	| 'chapter'
	| 'cards'
	| 'cards-try'
	| 'settings'
	| 'stats'
	| 'sims'
	| 'sim'
	| 'sim-predict'
	| 'sim-challenges'
	| 'sim-command'
	| 'sim-command-line'
	| 'sim-code'
	| 'sim-share'
	| 'message'
	| 'quiz-choice'
	| 'quiz-multi'
	| 'quiz-order'
	| 'quiz-match'
	| 'quiz-numeric'
	| 'quiz-feedback'
	| 'quiz-feedback-remedy'
	| 'quiz-feedback-run'
	| 'quiz-leave'
	| 'quiz-confidence'
	| 'quiz-confidence-exam'
	| 'quiz-score'
	| 'glossary'
	| 'intro'
	| 'search'
	| 'exam-setup'
	| 'exam-leave'
	| 'exam-result';

export type Hint = {
	actions: Action[];
	label: keyof Messages['keys'];
	/** How the keys are written when not as in the table (in a text field only the arrows move). */
	show?: string;
};

const EXIT: Hint[] = [
	{actions: ['back'], label: 'back'},
	{actions: ['help'], label: 'help'},
	{actions: ['quit'], label: 'quit'},
];
const MOVE: Hint = {actions: ['up', 'down'], label: 'move'};
const SUBMIT: Hint = {actions: ['open'], label: 'submit'};
// While a text field has the keys, q and ? are letters: Ctrl+C is the way out.
const TYPING_QUIT: Hint = {actions: ['interrupt'], label: 'quit'};

const CARDS: Hint[] = [
	{actions: ['prev', 'next'], label: 'page'},
	{actions: ['toggle'], label: 'known'},
	{actions: ['up', 'down'], label: 'scroll'},
	...EXIT,
];

// The simulation screen's keys (a simulation with a command line starts from them too).
const SIM: Hint[] = [
	{actions: ['toggle'], label: 'play'},
	{actions: ['stepNext'], label: 'step'},
	{actions: ['stepBack'], label: 'stepBack'},
	{actions: ['up', 'down'], label: 'param'},
	{actions: ['prev', 'next'], label: 'change', show: '←→'},
	{actions: ['open'], label: 'type'},
	{actions: ['slower', 'faster'], label: 'speed'},
	{actions: ['legend'], label: 'legend'},
	{actions: ['challenges'], label: 'challenges'},
	{actions: ['toEnd'], label: 'toEnd'},
	{actions: ['restart'], label: 'restart'},
	{actions: ['newSeed'], label: 'newSeed'},
	{actions: ['reset'], label: 'reset'},
	{actions: ['predict'], label: 'predict'},
	{actions: ['share'], label: 'share'},
	{actions: ['loadCode'], label: 'loadCode'},
	...EXIT,
];

// A quiz item's feedback: next, its card, scrolling.
const NEXT: Hint = {actions: ['open'], label: 'next'};
const CARD: Hint = {actions: ['card'], label: 'card'};
const SCROLL: Hint = {actions: ['up', 'down'], label: 'scroll'};

/** What each screen answers to, in the order the help line lists it. */
export const SCREEN_KEYS: Record<ScreenName, Hint[]> = {
	home: [
		MOVE,
		{actions: ['open'], label: 'open'},
		{actions: ['review'], label: 'review'},
		{actions: ['stats'], label: 'stats'},
		{actions: ['settings'], label: 'settings'},
		{actions: ['search'], label: 'search'},
		{actions: ['intro'], label: 'intro'},
		// Last to show: the map lists the exam as its last entry, with its key.
		{actions: ['exam'], label: 'exam'},
		{actions: ['help'], label: 'help'},
		{actions: ['quit'], label: 'quit'},
	],
	chapter: [MOVE, {actions: ['open'], label: 'open'}, ...EXIT],
	// A chapter's list of simulations (also while its pack is still loading).
	sims: [MOVE, {actions: ['open'], label: 'open'}, ...EXIT],
	// A screen that only says something (e.g. a simulation its pack cannot run).
	message: EXIT,
	cards: CARDS,
	// A card that names a simulation showing what it says.
	'cards-try': [CARDS[0]!, {actions: ['open'], label: 'tryIt'}, ...CARDS.slice(1)],
	settings: [MOVE, {actions: ['open'], label: 'open'}, {actions: ['back'], label: 'back'}, {actions: ['quit'], label: 'quit'}],
	stats: [{actions: ['up', 'down'], label: 'scroll'}, ...EXIT],
	sim: SIM,
	// A simulation with a command line: the same keys, the command line first (its runs take no new seed).
	'sim-command': [{actions: ['command'], label: 'command'}, ...SIM.filter((h) => !h.actions.includes('newSeed'))],
	'sim-command-line': [
		{actions: ['open'], label: 'run'},
		{actions: ['up', 'down'], label: 'recall', show: '↑↓'},
		{actions: ['erase'], label: 'erase'},
		{actions: ['back'], label: 'clear'},
		TYPING_QUIT,
	],
	// A share code being typed or pasted; the run's code shown whole.
	'sim-code': [{actions: ['open'], label: 'load'}, {actions: ['erase'], label: 'erase'}, {actions: ['back'], label: 'cancel'}, TYPING_QUIT],
	'sim-share': [
		{actions: ['loadCode'], label: 'loadCode'},
		{actions: ['up', 'down'], label: 'scroll'},
		{actions: ['back'], label: 'close'},
		TYPING_QUIT,
	],
	'sim-predict': [{actions: ['erase'], label: 'erase'}, SUBMIT, {actions: ['back'], label: 'cancel'}, TYPING_QUIT],
	'sim-challenges': [{actions: ['up', 'down'], label: 'scroll'}, {actions: ['back'], label: 'close'}, TYPING_QUIT],
	'quiz-choice': [MOVE, SUBMIT, ...EXIT],
	'quiz-multi': [MOVE, {actions: ['toggle'], label: 'select'}, SUBMIT, ...EXIT],
	'quiz-order': [MOVE, {actions: ['toggle'], label: 'grab'}, SUBMIT, ...EXIT],
	'quiz-match': [MOVE, {actions: ['prev', 'next'], label: 'pair'}, SUBMIT, ...EXIT],
	'quiz-numeric': [{actions: ['erase'], label: 'erase'}, SUBMIT, {actions: ['back'], label: 'back'}, TYPING_QUIT],
	'quiz-feedback': [NEXT, CARD, SCROLL, ...EXIT],
	// A remediation item's feedback: its misconception's simulation too.
	'quiz-feedback-remedy': [NEXT, CARD, {actions: ['remedySim'], label: 'remedySim'}, SCROLL, ...EXIT],
	// A scenario review's feedback: the run it asked about can be played.
	'quiz-feedback-run': [NEXT, {actions: ['watch'], label: 'watch'}, CARD, SCROLL, ...EXIT],
	// After an answer, before its feedback: 1–3 say how sure (typed, so listed by `show` alone; the
	// prompt says them too, so on a narrow line they give way first).
	'quiz-confidence': [
		{actions: ['open', 'toggle'], label: 'skip'},
		{actions: ['back'], label: 'toAnswer'},
		{actions: [], label: 'confidence', show: '1 2 3'},
		{actions: ['help'], label: 'help'},
		{actions: ['quit'], label: 'quit'},
	],
	// The exam asks every time: no skipping.
	'quiz-confidence-exam': [
		{actions: ['back'], label: 'toAnswer'},
		{actions: [], label: 'confidence', show: '1 2 3'},
		{actions: ['help'], label: 'help'},
		{actions: ['quit'], label: 'quit'},
	],
	'quiz-leave': [
		{actions: ['open'], label: 'leave'},
		{actions: ['restart'], label: 'abandon'},
		{actions: ['back'], label: 'stay'},
	],
	'quiz-score': [{actions: ['review'], label: 'retry'}, {actions: ['up', 'down'], label: 'scroll'}, ...EXIT],
	'exam-setup': [
		MOVE,
		{actions: ['open'], label: 'start'},
		{actions: ['toggle'], label: 'select'},
		{actions: ['prev', 'next'], label: 'change', show: '←→'},
		...EXIT,
	],
	'exam-leave': [
		{actions: ['open'], label: 'handIn'},
		{actions: ['restart'], label: 'abandon'},
		{actions: ['back'], label: 'stay'},
	],
	// The way to the cards and to practice first: at 60 columns the move hint gives way.
	'exam-result': [{actions: ['open'], label: 'toCard'}, {actions: ['review'], label: 'practise'}, MOVE, ...EXIT],
	intro: [{actions: ['open'], label: 'close'}],
	glossary: [{actions: ['up', 'down'], label: 'scroll'}, ...EXIT],
	search: [
		{actions: ['up', 'down'], label: 'move', show: '↑↓'},
		{actions: ['open'], label: 'open'},
		{actions: ['erase'], label: 'erase'},
		{actions: ['back'], label: 'back'},
		TYPING_QUIT,
	],
};
