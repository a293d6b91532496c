#!/usr/bin/env node
import type {Lang} from './content/text.js';
import {gameLang} from './commands/shared.js';
import {preloadGame, startGame} from './start-game.js';

/*
 * The entry. A plain `sd-trainer` (or with only --lang) goes straight to the
 * game: parsing it needs no library, and the game's code starts loading at
 * once. Everything else (help, commands, other flags) goes through meow in
 * commands/command-line.ts.
 */

/** The language of a plain start, or undefined if the arguments ask for more. */
function plainStart(argv: string[]): {lang?: Lang} | undefined {
	if (argv.length === 0) return {};
	const [flag, value] = argv.length === 1 ? (argv[0] ?? '').split('=') : argv;
	if (argv.length <= 2 && flag === '--lang' && (value === 'ko' || value === 'en')) return {lang: value};
	return undefined;
}

// A write past the file-size limit (`ulimit -f`) must fail with EFBIG, which
// the store reports, not end the game. Node ignores SIGXFSZ, but Ink's exit
// hook re-raises any signal no one else listens to.
if (process.platform !== 'win32') process.on('SIGXFSZ', () => {});

/** The game has closed (everything saved, the terminal put back): end now, with its code. */
function endGame(code: number): never {
	// Left to end by itself, Node closes its signal handlers one by one first, and a
	// Ctrl+\ typed in those milliseconds would kill the process (and dump core).
	// process.exit keeps them to the end. Output to a terminal is already written (it is synchronous).
	process.exit(code);
}

async function main(): Promise<number> {
	const argv = process.argv.slice(2);
	const plain = plainStart(argv);
	if (plain) {
		if (process.stdin.isTTY && process.stdout.isTTY) preloadGame();
		const code = await startGame({lang: gameLang(plain.lang), langForced: plain.lang !== undefined});
		return process.stdout.isTTY ? endGame(code) : code;
	}
	const {runCommandLine} = await import('./commands/command-line.js');
	return runCommandLine(import.meta);
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: Error) => {
		console.error(`sd-trainer: ${error.message}`);
		process.exitCode = 1;
	},
);
