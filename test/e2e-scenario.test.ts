import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {derive, itemKey} from '../source/progress/derive.js';
import type {ProgressDoc} from '../source/progress/progress-doc.js';
import {reviewCards} from '../source/progress/schedule.js';
import {scenarioQuestion} from '../source/quiz/scenario.js';
import {runInPty} from './support/pty.js';
import {tempHome} from './support/temp-home.js';

const DAY = 86_400_000;
const pack = loadPackDir('lessons').packs.find((p) => p.id === 'core-algorithms')!;

/** Every timestamp in a progress document (milliseconds since the epoch; nothing else is that large) moved `ms` back. */
function backdate(value: unknown, ms: number): unknown {
	if (Array.isArray(value)) return value.map((v) => backdate(v, ms));
	if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, backdate(v, ms)]));
	return typeof value === 'number' && value > 1e12 ? value - ms : value;
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ProgressDoc;

describe('scenario review in a real terminal', () => {
	it('meets a challenge, and days later reviews it on a fresh seed, answered, rated and rescheduled', async () => {
		const home = tempHome();
		const file = path.join(home, 'progress.json');
		let run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: home}});
		await run.waitForText('Overall');
		// Chapter 58, its simulations, the consistent-hashing ring: 160 virtual nodes, run to the end.
		run.write('jjjjjjjjjjjj\r');
		await run.waitForText('Chapter 58');
		run.write('j\r');
		await run.waitForText('Chapter 58 · Simulations');
		run.write('\r');
		await run.waitForText('58 Consistent hashing ring');
		run.write('j\r');
		await run.waitForText('virtual nodes');
		run.write('160\r');
		await run.waitForText('◀ 160 per server ▶');
		run.write('e');
		await run.waitForText('Challenge met: Bring the load spread (CV) across servers below 0.1');
		run.write('q');
		expect(await run.exited).toBe(0);

		// The run (seed 1) met two challenges: each is now a scenario item, answered once, with that seed.
		const met = read(file);
		const firsts = Object.values(met.answers).sort((a, b) => a.item.localeCompare(b.item));
		expect(firsts.map((a) => [a.item, a.correct, a.rating, a.mode, a.seed])).toEqual([
			['sim:ch-sim:even-load', true, 3, 'quiz', 1],
			['sim:ch-sim:no-hot-spot', true, 3, 'quiz', 1],
		]);

		// Five days pass: every timestamp moves back. No new questions today, so the review is the two scenarios.
		const later = backdate(met, 5 * DAY) as ProgressDoc;
		later.settings.newCap = {value: 0, at: Date.now() - 5 * DAY};
		writeFileSync(file, JSON.stringify(later));
		const dueBefore = new Map(reviewCards(later, Date.now()).map((c) => [c.item, c.due]));
		expect([...dueBefore.values()].every((due) => due < Date.now())).toBe(true);

		run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: home}});
		await run.waitForText('2 due');
		run.write('r');
		const shown = await run.waitFor((s) => /seed \d+\. Challenge:/.test(s) && /1\. \[ \]/.test(s), 'a scenario question');
		const seed = Number(/seed (\d+)\. Challenge:/.exec(shown)![1]);
		expect(seed).not.toBe(1);
		const prompt = shown.replace(/\s+/g, ' ');
		const challenge = pack.simulations.find((s) => s.id === 'ch-sim')!.challenges.find((c) => prompt.includes(c.title.en))!;
		const item = `sim:ch-sim:${challenge.id}`;
		// The same question, built here from the engine on that seed: pick exactly its right options, as shown.
		const q = scenarioQuestion(pack, item, seed);
		if ('error' in q || (q.item.type !== 'multi' && q.item.type !== 'single')) throw new Error(`not a choice: ${JSON.stringify(q)}`);
		const item0 = q.item;
		const rightLabels = (item0.type === 'multi' ? item0.answers : [item0.answer]).map((i) => item0.choices[i]!.en);
		const onScreen = new Map(
			shown.split('\n').flatMap((line) => {
				const m = /(\d)\. (?:\[[ x]\] )?(.+?)\s*$/.exec(line);
				return m ? [[m[2]!, m[1]!] as const] : [];
			}),
		);
		for (const label of rightLabels) expect(onScreen.has(label), label).toBe(true);
		const keys = rightLabels.map((label) => `${onScreen.get(label)}${q.item.type === 'multi' ? ' ' : ''}`).join('');
		run.write(`${keys}\r`);
		// How sure: high.
		await run.waitForText('How sure are you? 1 low · 2 medium · 3 high');
		run.write('3');
		const feedback = await run.waitForText('✓ Right · you were sure');
		expect(feedback).toContain(`On seed ${seed}:`);
		expect(feedback).toContain('w play the run');
		run.write('q');
		expect(await run.exited).toBe(0);

		// The review is stored with its seed and rating, and the item's next review moved past today.
		const after = read(file);
		const answers = derive(after, Date.now()).items.get(itemKey('core-algorithms', item))!.answers;
		expect(answers.length).toBe(2);
		const review = answers[1]!;
		expect([review.mode, review.correct, review.seed, review.confidence]).toEqual(['review', true, seed, 3]);
		// Right, sure and quick (at most 8 s) is easy; right is good.
		expect(review.rating).toBe(review.ms <= 8000 ? 4 : 3);
		const dueAfter = reviewCards(after, Date.now()).find((c) => c.item === item)!.due;
		expect(dueAfter).toBeGreaterThan(Date.now());
		expect(dueAfter).toBeGreaterThan(dueBefore.get(item)!);
	}, 120_000);
});
