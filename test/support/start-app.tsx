import {App} from '../../source/app.js';
import {indexOf} from '../../source/content/pack-index.js';
import type {LessonPack} from '../../source/content/schema.js';
import {MemoryStore} from '../../source/store/memory-store.js';
import {renderInk} from './render-ink.js';

/** The whole game on the given packs (in English unless told), with a memory store and a clock that moves a second per reading. */
export function startApp(packs: LessonPack[], store = new MemoryStore(), size = {columns: 80, rows: 24}, lang: 'en' | 'ko' = 'en') {
	let clock = Date.UTC(2026, 10, 25, 9);
	const ui = renderInk(
		<App
			index={packs.map(indexOf)}
			packs={async () => packs}
			store={async () => store}
			lang={lang}
			langForced={false}
			now={() => (clock += 1000)}
		/>,
		size,
	);
	return {ui, store};
}
