import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import type {LessonPack} from '../source/content/schema.js';
import {history} from '../source/progress/history.js';
import {emptyDoc, setLang, setSetting} from '../source/progress/progress-doc.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {confidenceKeys} from '../source/ui/components/question/confidence-prompt.js';
import {KEY, type renderInk} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

const fixture = loadPackDir('test/fixtures/good').packs.find((p) => p.id === 'fixture-quiz')!;
/** The fixture chapter with one question only, so the quiz is that question. */
const only = (id: string): LessonPack => ({...fixture, quiz: fixture.quiz.filter((q) => q.id === id)});

type UI = ReturnType<typeof renderInk>;

async function openQuiz(ui: UI, quizLabel = 'Quiz') {
	await ui.waitForText('Overall');
	ui.write(KEY.enter);
	await ui.waitForText('Chapter 92');
	ui.write('j');
	await ui.waitForText(`❯ ${quizLabel}`);
	ui.write(KEY.enter);
	return ui.waitForText('question 1/1');
}

const mine = (store: MemoryStore) => history(store.doc).answers;

describe('how sure? after an answer, before its feedback', () => {
	it('asks under the answer as given, saves nothing until told, and saves the answer with it', async () => {
		const {ui, store} = startApp([only('q-numeric')]);
		await openQuiz(ui);
		ui.write('90');
		await ui.waitForText('> 90');
		ui.write(KEY.enter);
		const frame = await ui.waitForText('How sure are you?');
		expect(frame).toBe(
			[
				`  92 Quiz kinds${' '.repeat(51)}question 1/1`,
				`  ${'─'.repeat(76)}`,
				'  By what percent did costs fall?',
				'',
				'  > 90  %',
				...new Array<string>(16).fill(''),
				'  How sure are you? 1 low · 2 medium · 3 high',
				'  Enter Space skip · Esc change answer · 1 2 3 how sure · ? help · q quit',
			].join('\n'),
		);
		expect(mine(store)).toEqual([]);
		ui.write('3');
		const feedback = await ui.waitForText('✓ Right · you were sure');
		expect(feedback).not.toContain('How sure are you?');
		expect(mine(store)).toMatchObject([{item: 'q-numeric', correct: true, confidence: 3}]);
		ui.unmount();
	});

	it('skips on Enter: the answer is saved without a confidence, rated by time alone', async () => {
		const {ui, store} = startApp([only('q-numeric')]);
		await openQuiz(ui);
		ui.write('90');
		await ui.waitForText('> 90');
		ui.write(KEY.enter);
		await ui.waitForText('How sure are you?');
		ui.write(KEY.enter);
		const frame = await ui.waitForText('✓ Right');
		expect(frame).toContain('  ✓ Right\n');
		const [answer] = mine(store);
		expect(answer).toMatchObject({correct: true});
		expect(answer?.confidence).toBeUndefined();
		// Space skips too (the next attempt, a retry of nothing: a new quiz).
		ui.unmount();
	});

	it('goes back to the answer on Esc, as it was, and lets it be changed', async () => {
		const {ui, store} = startApp([only('q-numeric')]);
		await openQuiz(ui);
		ui.write('80');
		await ui.waitForText('> 80');
		ui.write(KEY.enter);
		await ui.waitForText('How sure are you?');
		ui.write(KEY.escape);
		let frame = await ui.waitFor((f) => !f.includes('How sure are you?'), 'the answer again');
		expect(frame).toContain('> 80');
		expect(frame).not.toContain('Leave this quiz?');
		expect(mine(store)).toEqual([]);
		ui.write('\u007f');
		await ui.waitForText('> 8');
		ui.write('\u007f');
		await ui.waitFor((f) => f.includes('> ') && !f.includes('> 8'), 'erased');
		ui.write('90');
		await ui.waitForText('> 90');
		ui.write(KEY.enter);
		await ui.waitForText('How sure are you?');
		ui.write(KEY.space);
		frame = await ui.waitForText('✓ Right');
		expect(mine(store)).toMatchObject([{correct: true}]);
		ui.unmount();
	});

	it('never takes a key pasted with the answer ("1\\r2"): not as the confidence, not as a new choice', async () => {
		const {ui, store} = startApp([only('q-single')]);
		let frame = await openQuiz(ui);
		const first = /1\. .*/.exec(frame)![0];
		ui.write('1\r2');
		frame = await ui.waitForText('How sure are you?');
		// The cursor stayed on the answer given: 2 moved nothing.
		expect(frame).toContain(`❯ ${first}`);
		expect(mine(store)).toEqual([]);
		// Esc: the answer is still choice 1.
		ui.write(KEY.escape);
		frame = await ui.waitFor((f) => !f.includes('How sure are you?'), 'the answer again');
		expect(frame).toContain(`❯ ${first}`);
		expect(mine(store)).toEqual([]);
		// A key of its own answers it; an Enter in the same write does not move past the feedback.
		ui.write(KEY.enter);
		await ui.waitForText('How sure are you?');
		ui.write(`1${KEY.enter}`);
		frame = await ui.waitFor((f) => /✓ Right|✗ Not quite/.test(f), 'feedback');
		expect(frame).toContain('question 1/1');
		expect(mine(store)).toHaveLength(1);
		expect(mine(store)[0]).toMatchObject({item: 'q-single', confidence: 1});
		ui.unmount();
	});

	it('is not asked when the setting is off', async () => {
		const store = new MemoryStore(setSetting(emptyDoc(), 'askConfidence', false, 0));
		const {ui} = startApp([only('q-numeric')], store);
		await openQuiz(ui);
		ui.write('90\r');
		const frame = await ui.waitForText('✓ Right');
		expect(frame).not.toContain('How sure');
		expect(mine(store)[0]?.confidence).toBeUndefined();
		ui.unmount();
	});

	it('asks in Korean in 한다체, fitting 60×16', async () => {
		const {ui} = startApp([only('q-numeric')], new MemoryStore(setLang(emptyDoc(), 'ko', 0)), {columns: 60, rows: 16}, 'ko');
		await ui.waitForText('전체');
		ui.write(KEY.enter);
		await ui.waitForText('92장');
		ui.write('j');
		await ui.waitForText('❯ 퀴즈');
		ui.write(KEY.enter);
		await ui.waitForText('1/1');
		ui.write('90\r');
		const frame = await ui.waitForText('얼마나 확신하는가?');
		expect(frame.split('\n').slice(-2)).toEqual([
			'  얼마나 확신하는가? 1 낮음 · 2 보통 · 3 높음',
			'  Enter Space 건너뛰기 · Esc 답 고치기 · ? 도움말 · q 종료',
		]);
		ui.unmount();
	});
});

describe('the keys of the step', () => {
	const log: unknown[] = [];
	const keys = (required: boolean) =>
		confidenceKeys({since: -1, required, onAnswer: (c) => log.push(c ?? 'skip'), onBack: () => log.push('back')});

	it('take 1–3, skip on Enter and Space, go back on Esc; the exam does not skip', () => {
		log.length = 0;
		const free = keys(false);
		for (const ch of ['1', '2', '3', '4', 'x']) free.text?.(ch);
		free.open?.();
		free.toggle?.();
		free.back?.();
		expect(log).toEqual([1, 2, 3, 'skip', 'skip', 'back']);
		expect(free.screen).toBe('quiz-confidence');
		log.length = 0;
		const exam = keys(true);
		exam.open?.();
		exam.toggle?.();
		exam.text?.('2');
		expect(log).toEqual([2]);
		expect(exam.screen).toBe('quiz-confidence-exam');
	});
});
