import {render} from 'ink';
import {App, type AppProps} from './app.js';

type Options = Omit<AppProps, 'store'>;

/** Starts the game; the store (and conf with it) loads after the first frame. */
export async function runTui(options: Options): Promise<void> {
	const store = async () => {
		const {ConfStore} = await import('./store/conf-store.js');
		// A short wait for another sd-trainer's lock: the screen then says it is waiting and retries.
		return new ConfStore({lockWaitMs: 200});
	};
	// Ink draws at most 30 frames a second by default; while a simulation plays, a
	// key's frame then waits behind the playback's frames (p95 73–77 ms). 60 keeps keys prompt.
	const app = render(<App {...options} store={store} />, {exitOnCtrlC: false, maxFps: 60});
	await app.waitUntilExit();
}
