/*
 * Anything read from outside (a progress file, a lesson pack, a file name, an
 * error from the system) may hold terminal escape sequences: printed raw, they
 * can retitle the window, clear the screen or move the cursor. Every message
 * built from such input passes through here before it reaches the terminal.
 */

// ESC-introduced sequences: CSI (ESC [ … final), OSC/DCS/SOS/PM/APC (ESC ] … BEL or ESC \),
// and two-character escapes (ESC followed by one byte).
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][\s\S]*?(?:\u0007|\u001b\\|$)|\u001b[\s\S]?/g;
// C1 string/CSI introducers in their 8-bit form, with what they introduce.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const C1_SEQUENCES = /\u009b[0-?]*[ -/]*[@-~]|[\u0090\u0098\u009d\u009e\u009f][\s\S]*?(?:\u0007|\u009c|$)/g;
// Every other C0 control (but tab and newline), DEL and C1 control.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text with escape sequences and control characters removed (tabs and newlines kept). */
export function sanitize(text: string): string {
	return text.replace(ESCAPES, '').replace(C1_SEQUENCES, '').replace(CONTROLS, '');
}

/** One line: as `sanitize`, with newlines and tabs shown as spaces, cut to `max` characters. */
export function sanitizeLine(text: string, max = 200): string {
	const line = sanitize(text).replace(/[\t\n]+/g, ' ');
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
