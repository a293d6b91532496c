import {describe, expect, it} from 'vitest';
import {loadPacks} from '../source/content/load-packs.js';
import {width} from '../source/content/text.js';
import {allAnswers, derive} from '../source/progress/derive.js';
import {addAnswer, emptyDoc, setSetting} from '../source/progress/progress-doc.js';
import {scenarioQuestion} from '../source/quiz/scenario.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {KEY} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

const {packs} = loadPacks(['lessons/57-load-balancing.yaml', 'lessons/58-core-algorithms.yaml']);
const core = packs.find((p) => p.id === 'core-algorithms')!;

/** A learner who predicted the consistent-hashing run five days ago (the app's clock starts 2026-11-25 09:00). */
function storeWithPrediction(): MemoryStore {
	const at = Date.UTC(2026, 10, 20, 9);
	let doc = addAnswer(emptyDoc(), 'p1', {
		pack: 'core-algorithms',
		item: 'sim:ch-sim:predict',
		at,
		ms: 0,
		correct: true,
		score: 1,
		rating: 3,
		mode: 'quiz',
		seed: 1,
	});
	doc = setSetting(doc, 'newCap', 0, at);
	return new MemoryStore(doc);
}

describe('a scenario item in review', () => {
	it('asks the prediction on a fresh seed, grades it by the engine, and w plays that run (Esc comes back)', async () => {
		const {ui, store} = startApp(packs, storeWithPrediction());
		await ui.waitForText('1 due');
		ui.write('r');
		const frame = await ui.waitFor((f) => /seed \d+\. Settings:/.test(f), 'the scenario question');
		const seed = Number(/seed (\d+)\. Settings:/.exec(frame)![1]);
		expect(seed).not.toBe(1);
		expect(frame).toContain('Consistent hashing ring');
		const q = scenarioQuestion(core, 'sim:ch-sim:predict', seed);
		if ('error' in q || q.item.type !== 'numeric') throw new Error('expected a numeric question');
		ui.write(`${q.item.answer}\r`);
		// How sure? Enter skips it.
		await ui.waitForText('How sure are you? 1 low · 2 medium · 3 high');
		ui.write('\r');
		const feedback = await ui.waitForText('✓ Right');
		expect(feedback).toContain('w plays this run on the simulation screen (Esc comes back).');
		expect(feedback).toContain(`On seed ${seed} the run gives load spread (CV) = ${q.item.answer}.`);
		expect(feedback).toContain('Enter next · w play the run · c open card');
		const stored = Object.values(store.doc.answers).find((a) => a.mode === 'review')!;
		expect([stored.item, stored.correct, stored.seed]).toEqual(['sim:ch-sim:predict', true, seed]);
		ui.write('w');
		const sim = await ui.waitForText('58 Consistent hashing ring');
		expect(sim).toContain(`seed ${seed}`);
		// Watching records nothing: no challenge met, no new answer.
		ui.write('e');
		await ui.waitForText('■ done');
		expect(Object.keys(store.doc.challenges)).toEqual([]);
		expect(allAnswers(derive(store.doc, Date.UTC(2026, 10, 26))).map((a) => a.mode)).toEqual(['quiz', 'review']);
		ui.write(KEY.escape);
		await ui.waitForText('✓ Right');
		ui.unmount();
	});

	it('does the same in Korean at 60×16', async () => {
		const {ui} = startApp(packs, storeWithPrediction(), {columns: 60, rows: 16}, 'ko');
		await ui.waitForText('복습 1개');
		ui.write('r');
		const frame = await ui.waitFor((f) => /시드 \d+\. 설정:/.test(f), 'the scenario question');
		for (const line of frame.split('\n')) expect(width(line), line).toBeLessThanOrEqual(60);
		ui.write('0\r');
		await ui.waitForText('얼마나 확신하는가?');
		ui.write('1');
		const feedback = await ui.waitForText('w 실행 보기');
		expect(feedback).toContain('w를 누르면 이 실행을 시뮬레이션 화면에서 재생한다');
		ui.unmount();
	});
});
