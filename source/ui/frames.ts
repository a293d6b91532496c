/**
 * Work that waits until the frame of the keys just handled is on screen (a save).
 * The TUI reports each frame Ink renders (render's `onRender`, called just before
 * Ink writes it); where nothing reports frames (the screen tests' renderer), the
 * work runs in the next turn of the event loop.
 *
 * Why not simply the next turn: Ink draws at most 60 frames a second and holds a
 * frame that comes sooner until its time, so a save queued for the next turn ran
 * before such a held frame and delayed it by the save's time (which grows with the log).
 */

/** If no frame comes (nothing on screen changed), the work runs after this long anyway. */
const FALLBACK_MS = 100;

let reported = false;
let waiting: (() => void)[] = [];

/** Called by the TUI for each frame Ink renders. */
export function frameRendered(): void {
	reported = true;
	if (waiting.length === 0) return;
	const run = waiting;
	waiting = [];
	// Ink writes the frame right after this call returns.
	setImmediate(() => {
		for (const fn of run) fn();
	});
}

/** Runs `fn` once the next frame is written. `fn` may be called twice (the fallback), so it must be idempotent. */
export function afterFrame(fn: () => void): void {
	if (!reported) {
		setImmediate(fn);
		return;
	}
	waiting.push(fn);
	setTimeout(fn, FALLBACK_MS).unref();
}
