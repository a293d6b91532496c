import type {Key} from 'ink';
import type {Messages} from '../content/messages.js';

/**
 * The one key table: input handlers look actions up here, and the help line
 * and help overlay are printed from it, so they cannot disagree.
 */
export const KEYS = {
	up: {show: '↑/k', match: (input: string, key: Key) => key.upArrow || input === 'k'},
	down: {show: '↓/j', match: (input: string, key: Key) => key.downArrow || input === 'j'},
	prev: {show: '←/h', match: (input: string, key: Key) => key.leftArrow || input === 'h'},
	next: {show: '→/l', match: (input: string, key: Key) => key.rightArrow || input === 'l'},
	open: {show: 'Enter', match: (_: string, key: Key) => key.return},
	back: {show: 'Esc', match: (_: string, key: Key) => key.escape},
	toggle: {show: 'Space', match: (input: string) => input === ' '},
	erase: {show: 'Backspace', match: (_: string, key: Key) => key.backspace || key.delete},
	card: {show: 'c', match: (input: string, key: Key) => input === 'c' && !key.ctrl},
	undo: {show: 'u', match: (input: string) => input === 'u'},
	review: {show: 'r', match: (input: string) => input === 'r'},
	stats: {show: 't', match: (input: string) => input === 't'},
	settings: {show: 's', match: (input: string) => input === 's'},
	// After a remediation item: open the simulation that shows the misconception fail.
	remedySim: {show: 's', match: (input: string) => input === 's'},
	stepNext: {show: 'n', match: (input: string) => input === 'n'},
	stepBack: {show: 'b', match: (input: string) => input === 'b'},
	toEnd: {show: 'e', match: (input: string) => input === 'e'},
	// The map's exam entry (the map lists no toEnd, so e means this there).
	exam: {show: 'e', match: (input: string) => input === 'e'},
	restart: {show: 'x', match: (input: string) => input === 'x'},
	newSeed: {show: 'g', match: (input: string) => input === 'g'},
	predict: {show: 'p', match: (input: string) => input === 'p'},
	slower: {show: '-', match: (input: string) => input === '-'},
	faster: {show: '+', match: (input: string) => input === '+' || input === '='},
	// Simulation screen: these share a key with an action above (→/l, c); a screen listing both gets these.
	legend: {show: 'l', match: (input: string) => input === 'l'},
	challenges: {show: 'c', match: (input: string, key: Key) => input === 'c' && !key.ctrl},
	reset: {show: 'd', match: (input: string) => input === 'd'},
	// A simulation with a command line (the git sandbox) opens it with this.
	command: {show: ':', match: (input: string) => input === ':'},
	// Simulation screen: the run's share code (s, declared after settings so the screen's entry picks it) and loading one.
	share: {show: 's', match: (input: string) => input === 's'},
	loadCode: {show: 'o', match: (input: string) => input === 'o'},
	// A scenario review's feedback: play the run it asked about.
	watch: {show: 'w', match: (input: string) => input === 'w'},
	help: {show: '?', match: (input: string) => input === '?'},
	search: {show: '/', match: (input: string) => input === '/'},
	intro: {show: 'i', match: (input: string) => input === 'i'},
	// Ctrl+C quits everywhere, even while a text field takes q as a letter.
	interrupt: {show: 'Ctrl+C', match: (input: string, key: Key) => key.ctrl && input === 'c'},
	quit: {show: 'q', match: (input: string) => input === 'q'},
} as const;

export type Action = keyof typeof KEYS;

/**
 * The action a key press means. Where two actions share a key (l is → and
 * "legend"), the screen decides: an action its entry in SCREEN_KEYS lists wins,
 * and of two listed, the one declared later in KEYS (the more specific one).
 */
export function actionOf(input: string, key: Key, screen?: ScreenName): Action | undefined {
	const matches = (Object.keys(KEYS) as Action[]).filter((a) => KEYS[a].match(input, key));
	if (screen === undefined || matches.length < 2) return matches[0];
	const listed = new Set(SCREEN_KEYS[screen].flatMap((h) => h.actions));
	return matches.findLast((a) => listed.has(a)) ?? matches[0];
}

const NO_KEY = {} as Key;
const RETURN = {return: true} as Key;

export type KeyPress = {action?: Action | undefined; text?: string | undefined};

/**
 * The key presses in one chunk of input, in order. Ink hands over keys typed
 * faster than a frame (or pasted) as one string such as " l" or "80\r";
 * each character counts. `text` is a printable character (for typing).
 */
export function keysOf(input: string, key: Key, screen?: ScreenName): KeyPress[] {
	const printable = (ch: string) => (ch >= ' ' && ch !== '\u007f' ? ch : undefined);
	const special = key.ctrl || key.meta || key.escape;
	const chars = [...input];
	if (chars.length <= 1 || special) {
		return [{action: actionOf(input, key, screen), text: special || !input ? undefined : printable(input)}];
	}
	return chars.map((ch) => ({action: actionOf(ch, ch === '\r' ? RETURN : NO_KEY, screen), text: printable(ch)}));
}

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

type Hint = {
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
	sim: [
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
	],
	// A simulation with a command line: the same keys, the command line first.
	'sim-command': [
		{actions: ['command'], label: 'command'},
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
		{actions: ['reset'], label: 'reset'},
		{actions: ['predict'], label: 'predict'},
		{actions: ['share'], label: 'share'},
		{actions: ['loadCode'], label: 'loadCode'},
		...EXIT,
	],
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
	'quiz-feedback': [
		{actions: ['open'], label: 'next'},
		{actions: ['card'], label: 'card'},
		{actions: ['up', 'down'], label: 'scroll'},
		...EXIT,
	],
	// A remediation item's feedback: its misconception's simulation too.
	'quiz-feedback-remedy': [
		{actions: ['open'], label: 'next'},
		{actions: ['card'], label: 'card'},
		{actions: ['remedySim'], label: 'remedySim'},
		{actions: ['up', 'down'], label: 'scroll'},
		...EXIT,
	],
	// A scenario review's feedback: the run it asked about can be played.
	'quiz-feedback-run': [
		{actions: ['open'], label: 'next'},
		{actions: ['watch'], label: 'watch'},
		{actions: ['card'], label: 'card'},
		{actions: ['up', 'down'], label: 'scroll'},
		...EXIT,
	],
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

const listed = new Map<ScreenName, ReadonlySet<Action>>();
/** The actions a screen's entry lists: the only ones its handlers are given. */
export function listedActions(screen: ScreenName): ReadonlySet<Action> {
	let set = listed.get(screen);
	if (!set) {
		set = new Set(SCREEN_KEYS[screen].flatMap((h) => h.actions));
		listed.set(screen, set);
	}
	return set;
}

/** How a hint's keys are written. */
export function hintKeys(hint: Hint): string {
	return hint.show ?? showKeys(hint.actions);
}

/** "↑/k ↓/j" for a hint's keys; arrows merged where both directions are listed. */
export function showKeys(actions: Action[]): string {
	if (actions.join() === 'up,down') return '↑↓/jk';
	if (actions.join() === 'prev,next') return '←→/hl';
	return actions.map((a) => KEYS[a].show).join(' ');
}
