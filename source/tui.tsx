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
	const app = render(<App {...options} store={store} />, {exitOnCtrlC: false});
	await app.waitUntilExit();
}
