/**
 * Work that waits until the keys just handled are drawn and the keys stop for a
 * moment (a save). The TUI reports each frame Ink renders (render's `onRender`,
 * called just before Ink writes it); where nothing reports frames (the screen
 * tests' renderer), the work runs in the next turn of the event loop.
 *
 * Why wait: a save grows with the log (about 20 ms at 50,000 answers) and blocks
 * the keys while it runs. Run the instant a frame is written, it met the very next
 * key of a held-down key or a quick page-through; and Ink holds a frame that comes
 * within 1/60 s of the last one, so a save queued for the next turn could even run
 * before the frame of its own key.
 */

/** After a frame, how long no other frame must come before the work runs. */
const QUIET_MS = 50;
/** The longest the work waits while frames keep coming (a key held down, a simulation playing). */
const MOST_MS = 1000;
/** If no frame comes at all (nothing on screen changed), the work runs after this long. */
const FALLBACK_MS = 100;

let reported = false;
let waiting: (() => void)[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;
let since = 0;

function run(): void {
	clearTimeout(timer);
	timer = undefined;
	const work = waiting;
	waiting = [];
	for (const fn of work) fn();
}

function runIn(ms: number): void {
	clearTimeout(timer);
	timer = setTimeout(run, ms);
	// Never what keeps the process alive: closing runs the work itself (progress-context.tsx).
	timer.unref();
}

/** Called by the TUI for each frame Ink renders (Ink writes it right after). */
export function frameRendered(): void {
	reported = true;
	if (waiting.length > 0) runIn(Date.now() - since >= MOST_MS ? 0 : QUIET_MS);
}

/** Runs `fn` once its frame is written and the keys pause (see above); quitting must run it itself. */
export function afterFrame(fn: () => void): void {
	if (!reported) {
		setImmediate(fn);
		return;
	}
	if (waiting.length === 0) {
		since = Date.now();
		runIn(FALLBACK_MS);
	}
	waiting.push(fn);
}
