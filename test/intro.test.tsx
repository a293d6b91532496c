import {describe, expect, it} from 'vitest';
import {App} from '../source/app.js';
import {loadPackDir} from '../source/content/load-packs.js';
import {indexOf} from '../source/content/pack-index.js';
import {width} from '../source/content/text.js';
import {emptyDoc, setKnown, setLang} from '../source/progress/progress-doc.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {runInPty} from './support/pty.js';
import {renderInk} from './support/render-ink.js';
import {tempHome} from './support/temp-home.js';

const {packs} = loadPackDir('test/fixtures/good');

function start(store: MemoryStore, size: {columns: number; rows: number}) {
	let clock = 1000;
	return renderInk(
		<App
			index={packs.map(indexOf)}
			packs={async () => packs}
			store={async () => store}
			lang="en"
			langForced={false}
			now={() => clock++}
			intro
		/>,
		size,
	);
}

describe('the first-start page', () => {
	for (const size of [
		{columns: 60, rows: 16},
		{columns: 80, rows: 24},
	]) {
		for (const lang of ['en', 'ko'] as const) {
			it(`explains the game once nothing is studied, closes on a key and comes back with i (${lang}, ${size.columns}×${size.rows})`, async () => {
				const ui = start(new MemoryStore(setLang(emptyDoc(), lang, 1)), size);
				const title = lang === 'ko' ? 'sd-trainer 사용법' : 'How sd-trainer works';
				const page = await ui.waitForText(title);
				const lines = page.split('\n');
				expect(lines.length).toBeLessThanOrEqual(size.rows);
				for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(size.columns);
				expect(page).toContain(lang === 'ko' ? '아무 키나 누르면 시작한다.' : 'Press any key to begin.');
				ui.write('x');
				await ui.waitForText(lang === 'ko' ? '전체' : 'Overall');
				ui.write('i');
				await ui.waitForText(title);
				ui.unmount();
			});
		}
	}

	it('is not shown to a learner who has studied', async () => {
		const ui = start(new MemoryStore(setKnown(emptyDoc(), packs[0]!.id, packs[0]!.cards[0]!.id, true, 1)), {columns: 80, rows: 24});
		const map = await ui.waitForText('1/');
		expect(map).not.toContain('How sd-trainer works');
		ui.unmount();
	});

	it('opens the built game on a fresh home, and a key leads to the map', async () => {
		const run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: tempHome(), SD_TRAINER_INTRO: 'on'}});
		await run.waitForText('How sd-trainer works');
		run.write(' ');
		await run.waitForText('Overall 0%');
		run.write('q');
		expect(await run.exited).toBe(0);
	});
});
