import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {history} from '../source/progress/history.js';
import {addAnswer, emptyDoc, setSetting} from '../source/progress/progress-doc.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {KEY, type renderInk} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

const {packs} = loadPackDir('test/fixtures/good');

type UI = ReturnType<typeof renderInk>;

const start = () => startApp(packs);

async function openQuiz(ui: UI) {
	await ui.waitForText('Overall');
	ui.write('jj');
	await ui.waitForText('❯ 92 Quiz kinds');
	ui.write(KEY.enter);
	await ui.waitForText('Chapter 92');
	ui.write('j');
	await ui.waitForText('❯ Quiz · 6 questions');
	ui.write(KEY.enter);
	return ui.waitForText('question 1/6');
}

/** The number shown before a choice's text, e.g. "2" for "  2. Memory". */
function numberOf(frame: string, text: string): string {
	const line = frame.split('\n').find((l) => new RegExp(`\\d\\. (\\[.\\] )?${text}$`).test(l.trim()));
	if (!line) throw new Error(`no choice "${text}" in\n${frame}`);
	return /(\d)\./.exec(line)![1]!;
}

/** Answers whatever question is on screen correctly, reading the layout from the frame. */
async function answerRight(ui: UI, frame: string) {
	if (frame.includes('Which store is fastest?')) ui.write(numberOf(frame, 'Memory'));
	else if (frame.includes('always serves fresh')) ui.write(numberOf(frame, 'False'));
	else if (frame.includes('Pick every in-memory')) {
		for (const t of ['Redis', 'Memcached']) {
			ui.write(numberOf(frame, t));
			ui.write(KEY.space);
		}
	} else if (frame.includes('Put them in order')) {
		// Carry each step to its place: grab, move, drop.
		// order[position on screen] = the step's place in the right order.
		let order: number[] = [];
		['one', 'two', 'three'].forEach((t, target) => {
			order[Number(numberOf(frame, t)) - 1] = target;
		});
		let cursor = 0;
		for (let target = 0; target < 3; target++) {
			const from = order.indexOf(target);
			const to = target;
			// cursor → from
			ui.write((from > cursor ? 'j' : 'k').repeat(Math.abs(from - cursor)));
			ui.write(' ');
			ui.write((to > from ? 'j' : 'k').repeat(Math.abs(to - from)));
			ui.write(' ');
			const moved = [...order];
			moved.splice(from, 1);
			moved.splice(to, 0, target);
			order = moved;
			cursor = to;
		}
	} else if (frame.includes('Match them')) {
		const letterOf = (right: string) =>
			frame
				.split('\n')
				.find((l) => l.trim().endsWith(`) ${right}`))!
				.trim()[0]!;
		const lefts = frame.split('\n').filter((l) => /\[ \] (red|green|blue)$/.test(l.trim()));
		ui.write(lefts.map((l) => letterOf({red: 'R', green: 'G', blue: 'B'}[l.trim().split(' ').at(-1) as 'red']!)).join(''));
	} else if (frame.includes('costs fall')) ui.write('90');
	else throw new Error(`not a question of the fixture:\n${frame}`);
	ui.write(KEY.enter);
	return skipConfidence(ui, '✓ Right');
}

/** Answers "how sure?" (Enter skips it) once it shows, and waits for the feedback. */
async function skipConfidence(ui: UI, feedback: string, key: string = KEY.enter) {
	await ui.waitForText('How sure are you? 1 low · 2 medium · 3 high');
	ui.write(key);
	return ui.waitForText(feedback);
}

describe('the quiz screen', () => {
	it('takes all six kinds of question, gives feedback, and ends with a score that is saved', async () => {
		const {ui, store} = start();
		let frame = await openQuiz(ui);
		for (let i = 1; i <= 6; i++) {
			const feedback = await answerRight(ui, frame);
			expect(feedback).toContain('Why:');
			ui.write(KEY.enter);
			frame = i < 6 ? await ui.waitForText(`question ${i + 1}/6`) : await ui.waitForText('Best so far');
		}
		expect(frame).toContain('6 of 6 right (100%)');
		expect(frame).toContain('Best so far: 100%');
		expect(frame).toContain('Everything right: nothing to retry.');
		const {answers, runs} = history(store.doc);
		expect(answers.map((a) => [a.item, a.correct, a.rating])).toHaveLength(6);
		expect(answers.every((a) => a.correct && a.mode === 'quiz')).toBe(true);
		expect(runs.map((r) => [r.pack, r.correct, r.total])).toEqual([['fixture-quiz', 6, 6]]);
		await ui.press(KEY.escape);
		await ui.waitForText('Quiz · 6 questions · best 100%');
		ui.unmount();
	});

	it("shows the learner's answer beside the right one, and no key takes a shown miss back", async () => {
		const {ui, store} = start();
		let frame = await openQuiz(ui);
		// Move to the single-choice question by answering others right.
		while (!frame.includes('Which store is fastest?')) {
			await answerRight(ui, frame);
			const n = Number(/question (\d)\/6/.exec(frame)![1]);
			ui.write(KEY.enter);
			frame = await ui.waitForText(`question ${n + 1}/6`);
		}
		ui.write(numberOf(frame, 'Tape'));
		ui.write(KEY.enter);
		// Sure, and wrong: said beside the verdict, and why it comes back sooner.
		frame = await skipConfidence(ui, '✗ Not quite', '3');
		expect(frame).toContain('✗ Not quite · you were sure\n  You were sure: this one comes back first, and sooner than usual.');
		expect(frame).toMatch(/Your answer:\n +✗ Tape\n/);
		expect(frame).toMatch(/The answer:\n +Memory\n/);
		// The options carry no misconception of their own: the item's is the learner's.
		expect(frame).toContain('The idea to unlearn: Disk is as fast as memory');
		const mine = () => history(store.doc).answers.filter((a) => a.item === 'q-single');
		expect(mine()).toMatchObject([{correct: false, rating: 1, misconception: 'disk-is-fast', confidence: 3}]);
		// Every key the quiz knows, alone and in a burst: the miss stays a miss, and stays one answer.
		for (const keys of ['u', 'k', 'j', KEY.up, KEY.down, '2', ' ', 'h', 'l', 'x', `2${KEY.space}u`]) ui.write(keys);
		frame = await ui.waitForText('✗ Not quite');
		expect(frame).not.toContain('undo');
		expect(mine()).toMatchObject([{correct: false}]);
		expect(Object.keys(store.doc.undone)).toEqual([]);
		ui.write(KEY.enter);
		frame = await ui.waitFor((f) => !f.includes('Which store is fastest?'), 'the next question');
		expect(mine()).toHaveLength(1);
		ui.unmount();
	});

	it('opens the linked card from the feedback and comes back to it', async () => {
		const {ui} = start();
		const frame = await openQuiz(ui);
		await answerRight(ui, frame);
		ui.write('c');
		await ui.waitForText('Learn the question kinds.');
		ui.write(KEY.escape);
		await ui.waitForText('✓ Right');
		ui.unmount();
	});

	it('offers to retry only the missed questions, and a retry is not a chapter score', async () => {
		const {ui, store} = start();
		let frame = await openQuiz(ui);
		for (let i = 1; i <= 6; i++) {
			// Answer the numeric one wrong, the rest right.
			if (frame.includes('costs fall')) {
				ui.write('80\r');
				await skipConfidence(ui, '✗ Not quite');
			} else await answerRight(ui, frame);
			ui.write(KEY.enter);
			frame = await ui.waitForText(i < 6 ? `question ${i + 1}/6` : 'Best so far');
		}
		expect(frame).toContain('5 of 6 right (83%)');
		expect(frame).toContain('✗ By what percent did costs fall?');
		ui.write('r');
		frame = await ui.waitForText('question 1/1');
		expect(frame).toContain('By what percent did costs fall?');
		ui.write('90\r');
		await skipConfidence(ui, '✓ Right');
		ui.write(KEY.enter);
		frame = await ui.waitForText('1 of 1 right (100%)');
		expect(frame).toContain('Best so far: 83%');
		expect(history(store.doc).runs.map((r) => r.correct)).toEqual([5]);
		ui.unmount();
	});
});

describe('leaving and coming back', () => {
	it('asks before leaving on Esc, keeps the place, and resumes the same question in the same order', async () => {
		const {ui, store} = start();
		let frame = await openQuiz(ui);
		const order: string[] = [frame.split('\n')[2]!];
		await answerRight(ui, frame);
		ui.write(KEY.enter);
		frame = await ui.waitForText('question 2/6');
		order.push(frame.split('\n')[2]!);
		ui.write(KEY.escape);
		frame = await ui.waitForText('Leave this quiz?');
		expect(frame).toContain('(1 of 6 answered)');
		expect(frame).toContain('Enter leave · x abandon · Esc stay');
		// Esc again stays.
		ui.write(KEY.escape);
		frame = await ui.waitFor((f) => !f.includes('Leave this quiz?'), 'the question again');
		expect(frame).toContain('question 2/6');
		ui.write(KEY.escape);
		await ui.waitForText('Leave this quiz?');
		ui.write(KEY.enter);
		frame = await ui.waitForText('❯ Resume quiz · 1 of 6 answered');
		expect(frame).not.toContain('Quiz · 6 questions');
		ui.write(KEY.enter);
		frame = await ui.waitForText('question 2/6');
		expect(frame.split('\n')[2]).toBe(order[1]);
		expect(history(store.doc).answers).toHaveLength(1);
		// Abandoned: the chapter offers a new quiz, and no score was recorded.
		ui.write(KEY.escape);
		await ui.waitForText('Leave this quiz?');
		ui.write('x');
		// The cursor is where it was when the quiz was opened.
		frame = await ui.waitForText('❯ Quiz · 6 questions');
		expect(frame).not.toContain('Resume');
		expect(history(store.doc).runs).toHaveLength(0);
		ui.unmount();
	});

	it('offers a short quiz of five, weakest first, that is practice and not a chapter score', async () => {
		const {ui, store} = start();
		await openQuiz(ui);
		ui.write(KEY.escape);
		await ui.waitForText('Leave this quiz?');
		ui.write('x');
		await ui.waitForText('❯ Quiz · 6 questions');
		ui.write('j');
		await ui.waitForText('❯ Short quiz · 5 questions, weakest first');
		ui.write(KEY.enter);
		let frame = await ui.waitForText('question 1/5');
		for (let i = 1; i <= 5; i++) {
			await answerRight(ui, frame);
			ui.write(KEY.enter);
			frame = await ui.waitForText(i < 5 ? `question ${i + 1}/5` : 'Practice: not a chapter score.');
		}
		expect(frame).toContain('5 of 5 right (100%)');
		expect(history(store.doc).runs).toHaveLength(0);
		ui.unmount();
	});
});

describe('a resize to too small and back', () => {
	it('keeps a half-answered question as it was, and ignores keys while the screen cannot be seen', async () => {
		const {ui, store} = start();
		let frame = await openQuiz(ui);
		while (!frame.includes('Match them')) {
			const n = Number(/question (\d)\/6/.exec(frame)![1]);
			await answerRight(ui, frame);
			ui.write(KEY.enter);
			frame = await ui.waitForText(`question ${n + 1}/6`);
		}
		const answered = history(store.doc).answers.length;
		ui.write('ab');
		const before = await ui.waitFor((f) => (f.match(/\[[AB]\]/g) ?? []).length === 2, 'two letters given');
		ui.resize(30, 8);
		await ui.waitForText('30×8');
		ui.write(`c${KEY.enter}`);
		ui.resize(80, 24);
		frame = await ui.waitForText('Match them');
		expect(frame).toBe(before);
		expect(history(store.doc).answers).toHaveLength(answered);
		ui.unmount();
	});
});

describe('answers that are not answers', () => {
	it('asks for a pick on an empty multiple choice and for a move on an untouched order, grading neither', async () => {
		const {ui, store} = start();
		let frame = await openQuiz(ui);
		const seen = new Set<string>();
		while (seen.size < 2) {
			if (frame.includes('Pick every in-memory')) {
				expect(frame).toContain('Partial credit: each option is one decision');
				ui.write(KEY.enter);
				frame = await ui.waitForText('Pick at least one answer first');
				seen.add('multi');
			} else if (frame.includes('Put them in order')) {
				expect(frame).toContain('Partial credit: you score the share of step pairs');
				ui.write(KEY.enter);
				frame = await ui.waitForText('Move the steps first');
				seen.add('order');
			}
			expect(frame).not.toMatch(/✓ Right|✗ /);
			const n = Number(/question (\d)\/6/.exec(frame)![1]);
			await answerRight(ui, frame);
			ui.write(KEY.enter);
			if (n === 6) break;
			frame = await ui.waitForText(`question ${n + 1}/6`);
		}
		expect(seen).toEqual(new Set(['multi', 'order']));
		expect(history(store.doc).answers.every((a) => a.correct)).toBe(true);
		ui.unmount();
	});
});

describe('review', () => {
	it('runs the due questions within the daily cap and says how many wait for later days', async () => {
		// Three questions answered right a week ago: all due today, but the cap is 2 (and no new ones).
		const weekAgo = Date.UTC(2026, 10, 18, 9);
		let doc = setSetting(setSetting(emptyDoc(), 'reviewCap', 2, weekAgo), 'newCap', 0, weekAgo);
		for (const item of ['q-single', 'q-tf', 'q-numeric']) {
			doc = addAnswer(doc, `old-${item}`, {
				pack: 'fixture-quiz',
				item,
				at: weekAgo,
				ms: 20_000,
				correct: true,
				score: 1,
				rating: 3,
				mode: 'quiz',
			});
		}
		const {ui, store} = startApp(packs, new MemoryStore(doc));
		await ui.waitForText('2 due');
		ui.write('r');
		let frame = await ui.waitForText('Review · 92 Quiz kinds');
		expect(frame).toContain('question 1/2');
		// Left half-way and picked up again with r, at the same question.
		await answerRight(ui, frame);
		ui.write(KEY.enter);
		frame = await ui.waitForText('question 2/2');
		const second = frame.split('\n')[2];
		ui.write(KEY.escape);
		await ui.waitForText('Leave this quiz?');
		ui.write(KEY.enter);
		await ui.waitForText('Overall');
		ui.write('r');
		frame = await ui.waitForText('question 2/2');
		expect(frame.split('\n')[2]).toBe(second);
		for (let i = 2; i <= 2; i++) {
			await answerRight(ui, frame);
			ui.write(KEY.enter);
			frame = await ui.waitForText(i < 2 ? 'question 2/2' : 'Review\n');
		}
		expect(frame).toContain('2 of 2 right (100%)');
		expect(frame).toContain('1 more are due; they are spread over the next days.');
		expect(history(store.doc).answers.filter((a) => a.mode === 'review')).toHaveLength(2);
		ui.unmount();
	});
});
