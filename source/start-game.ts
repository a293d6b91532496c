import builtinIndex from 'virtual:pack-index';
import type {AppProps} from './app.js';
import {builtinPacks} from './commands/shared.js';

type GameOptions = Pick<AppProps, 'lang' | 'langForced'> & Partial<Pick<AppProps, 'index' | 'packs' | 'packWarnings' | 'exam'>>;

// Started at once when the game is what was asked for: loading Ink and the
// screens is most of the time to the first frame.
let tui: Promise<typeof import('./tui.js')> | undefined;
export function preloadGame(): void {
	tui ??= import('./tui.js');
}

/** Opens the game in this terminal; resolves with the exit code when it closes. */
export async function startGame(options: GameOptions): Promise<number> {
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		console.error(
			'sd-trainer: the game needs an interactive terminal (stdin and stdout must be a TTY).\n' +
				'Without one, use the plain commands: sd-trainer list [--json], sd-trainer validate [DIR], sd-trainer --help',
		);
		return 2;
	}
	if (process.env.TERM === 'dumb') {
		console.error(
			'sd-trainer: this terminal (TERM=dumb) cannot move the cursor, which the game needs to draw its screens.\n' +
				'Run it in a terminal such as xterm, or use the plain commands: sd-trainer list, sd-trainer stats, sd-trainer sim --list (see sd-trainer --help)',
		);
		return 2;
	}
	preloadGame();
	const {runTui} = await tui!;
	// SD_TRAINER_INTRO=off skips the first-start page (scripted runs, the tests).
	return runTui({index: builtinIndex, packs: builtinPacks, intro: process.env.SD_TRAINER_INTRO !== 'off', ...options});
}
