import {describe, expect, it} from 'vitest';
import {App} from '../source/app.js';
import {loadPackDir} from '../source/content/load-packs.js';
import {indexOf} from '../source/content/pack-index.js';
import {width} from '../source/content/text.js';
import {addExam} from '../source/progress/exams.js';
import {emptyDoc} from '../source/progress/progress-doc.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {KEY, renderInk} from './support/render-ink.js';

const {packs} = loadPackDir('test/fixtures/good');
// At this time the exam's seed draws, in order: q-numeric (92), q-ttl (90), q-tf (92).
const T = Date.UTC(2026, 10, 25, 10);
const DAY = 86_400_000;

/** The game started straight in an exam, with a clock that moves only when the test moves it. */
function startExam(size = {columns: 80, rows: 24}, lang: 'en' | 'ko' = 'en') {
	const earlier = {
		at: T - DAY,
		ms: 60_000,
		limitMs: 60_000,
		chapters: ['fixture-caching'],
		items: [{pack: 'fixture-caching', item: 'q-ttl', correct: false, score: 0, ms: 9000}],
	};
	const store = new MemoryStore(addExam(emptyDoc(), 'earlier', earlier));
	const clock = {now: T};
	const ui = renderInk(
		<App
			index={packs.map(indexOf)}
			packs={async () => packs}
			store={async () => store}
			lang={lang}
			langForced={false}
			now={() => clock.now}
			exam={{chapters: ['fixture-caching', 'fixture-quiz'], items: 3, minutes: 1}}
		/>,
		size,
	);
	return {ui, store, clock};
}

describe('an exam', () => {
	it('takes answers without feedback, ends when time runs out, and shows the result', async () => {
		const {ui, store, clock} = startExam();
		let frame = await ui.waitForText('By what percent did costs fall?');
		expect(frame.split('\n')[0]).toBe('  Exam                                                question 1/3 · 1:00 left');
		clock.now = T + 5000;
		ui.write('7');
		await ui.waitForText('> 7');
		ui.write(KEY.enter);
		// Every answer asks how sure, and the exam does not let it be skipped.
		frame = await ui.waitForText('the exam asks every time');
		ui.write(KEY.enter);
		await ui.waitForText('the exam asks every time');
		ui.write('3');
		// No feedback: the next question at once.
		frame = await ui.waitForText('question 2/3');
		expect(frame).not.toMatch(/Not quite|Right/);
		expect(frame.split('\n')[0]).toContain('0:55 left');
		clock.now = T + 12_000;
		ui.write('1');
		ui.write(KEY.enter);
		await ui.waitForText('the exam asks every time');
		ui.write('1');
		await ui.waitForText('question 3/3');
		// The third is not answered: the clock runs out (the countdown's next tick ends the exam).
		clock.now = T + 60_000;
		frame = await ui.waitForText('Exam result');
		expect(frame).toBe(
			[
				'  Exam result',
				'  1 of 3 right · 33%',
				'  Time ran out: 1 not answered (counted as wrong).',
				'  Exams give no XP and move no reviews: the score only measures.',
				'',
				'  By chapter',
				'  90 Caching basics                                           ██████████ 1/1',
				'  92 Quiz kinds                                               ░░░░░░░░░░ 0/2',
				'',
				'  Calibration',
				'  Brier score 0.58 (0 = perfect; "a coin flip" every time = 0.25)',
				'  Per question: median 6s · slowest 7s (90 · A TTL bounds how long a stale va…',
				'',
				'  Exam scores over time',
				'  100% │',
				'       │',
				'       │ ▃',
				'    0% │ █',
				'',
				'  To review (Enter opens the card)',
				'  ❯ 92 ✗ By what percent did costs fall?',
				'    92 – not answered: A cache always serves fresh data.',
				'  Enter card · r practise · ↑↓/jk move · Esc back · ? help · q quit',
			].join('\n'),
		);
		for (const line of frame.split('\n')) expect(width(line)).toBeLessThanOrEqual(80);
		// Kept once, apart from the answer log.
		await ui.waitFor(() => Object.keys(store.doc.exams).length === 2, 'the exam to be saved');
		const [id, kept] = Object.entries(store.doc.exams).find(([key]) => key !== 'earlier')!;
		expect(id).toMatch(/^exam-/);
		expect(kept).toEqual({
			at: T,
			ms: 60_000,
			limitMs: 60_000,
			chapters: ['fixture-caching', 'fixture-quiz'],
			items: [
				{pack: 'fixture-quiz', item: 'q-numeric', correct: false, score: 0, ms: 5000, confidence: 3},
				{pack: 'fixture-caching', item: 'q-ttl', correct: true, score: 1, ms: 7000, confidence: 1},
				{pack: 'fixture-quiz', item: 'q-tf', correct: false, score: 0, ms: 0},
			],
		});
		expect(store.doc.answers).toEqual({});
		// Enter opens the missed question's card: the feedback the exam held back.
		ui.write(KEY.enter);
		await ui.waitForText('Quiz kinds · card 1/1');
		ui.unmount();
	});

	it('hands in early from Esc, or abandons without keeping anything', async () => {
		const first = startExam({columns: 60, rows: 16}, 'ko');
		await first.ui.waitForText('비용을 몇 % 줄였나?');
		first.ui.write(KEY.escape);
		const ask = await first.ui.waitForText('시험을 끝낼까?');
		for (const line of ask.split('\n')) expect(width(line)).toBeLessThanOrEqual(60);
		expect(ask.split('\n').at(-1)).toBe('  Enter 제출 · x 버리기 · Esc 계속 풀기');
		first.ui.write('x');
		await first.ui.waitForText('전체');
		expect(Object.keys(first.store.doc.exams)).toEqual(['earlier']);
		first.ui.unmount();

		const second = startExam({columns: 60, rows: 16}, 'ko');
		await second.ui.waitForText('비용을 몇 % 줄였나?');
		second.ui.write(KEY.escape);
		await second.ui.waitForText('시험을 끝낼까?');
		second.ui.write(KEY.enter);
		const result = await second.ui.waitForText('시험 결과');
		expect(result.split('\n').slice(0, 4)).toEqual([
			'  시험 결과',
			'  3문제 중 0문제 정답 · 0%',
			'  일찍 제출했다. 3문제는 답하지 않았다(틀린 것으로 친다).',
			'  시험은 XP를 주지 않고 복습 일정도 바꾸지 않는다. 점수는',
		]);
		expect(result.split('\n')).toHaveLength(16);
		await second.ui.waitFor(() => Object.keys(second.store.doc.exams).length === 2, 'the exam to be saved');
		second.ui.unmount();
	});

	it('is set up from the map: e, then chapters, size and time; Enter starts it', async () => {
		const store = new MemoryStore();
		const ui = renderInk(
			<App index={packs.map(indexOf)} packs={async () => packs} store={async () => store} lang="en" langForced={false} now={() => T} />,
		);
		await ui.waitForText('Overall');
		ui.write('e');
		let frame = await ui.waitForText('Start the exam');
		expect(frame.split('\n').slice(0, 12)).toEqual([
			'  Exam',
			'  ────────────────────────────────────────────────────────────────────────────',
			'  Timed, across chapters. No hints and no feedback until the end; the score is',
			'  kept. Exams give no XP.',
			'',
			'  ❯ Start the exam',
			'    Questions: 20  ←→',
			'    Time: 20 min  ←→',
			'    [x] All chapters (2)',
			'      [x] 90 Caching basics',
			'      [x] 92 Quiz kinds',
			'',
		]);
		// Fewer questions, more time; chapter 92 only (the chapter without questions is not offered).
		ui.write('jhhh');
		await ui.waitForText('Questions: 5');
		ui.write('jl');
		await ui.waitForText('Time: 30 min');
		ui.write('jj ');
		await ui.waitForText('[ ] 90 Caching basics');
		frame = await ui.waitForText('Chapters: 1 of 2 chosen');
		// On "all": Space chooses every chapter, then none; with none, Enter asks for one.
		ui.write('k ');
		await ui.waitForText('[x] All chapters (2)');
		ui.write(' ');
		await ui.waitForText('[ ] Chapters: 0 of 2 chosen');
		ui.write(KEY.enter);
		frame = await ui.waitForText('Choose at least one chapter');
		ui.write(' ');
		await ui.waitForText('[x] All chapters');
		ui.write('j ');
		await ui.waitForText('[ ] 90 Caching basics');
		ui.write(KEY.enter);
		frame = await ui.waitForText('question 1/5');
		expect(frame.split('\n')[0]).toBe('  Exam                                               question 1/5 · 30:00 left');
		// Handed in at once: only the chosen chapter was asked.
		ui.write(KEY.escape);
		await ui.waitForText('End the exam?');
		ui.write(KEY.enter);
		frame = await ui.waitForText('Exam result');
		expect(frame).toContain('  92 Quiz kinds');
		expect(frame).not.toContain('90 Caching basics');
		expect(Object.values(store.doc.exams).map((e) => [e.chapters, e.items.length, e.limitMs])).toEqual([
			[['fixture-quiz'], 5, 30 * 60_000],
		]);
		ui.unmount();
	});
});
