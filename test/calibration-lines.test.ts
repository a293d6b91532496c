import {describe, expect, it} from 'vitest';
import {statsCommand} from '../source/commands/progress-commands.js';
import {loadPackDir} from '../source/content/load-packs.js';
import {messages} from '../source/content/messages.js';
import {width} from '../source/content/text.js';
import {calibrationLine, calibrationOf} from '../source/progress/calibration.js';
import {type AnswerRecord, addAnswer, type Confidence, emptyDoc} from '../source/progress/progress-doc.js';
import {ConfStore} from '../source/store/conf-store.js';
import {calibrationBar, calibrationLines} from '../source/ui/components/calibration-lines.js';
import {tempHome} from './support/temp-home.js';

const many = (count: number, correct: boolean, confidence: Confidence) => Array.from({length: count}, () => ({correct, confidence}));
// Low 3 of 4 right, medium 2 of 3, high 4 of 6.
const sample = calibrationOf([
	...many(3, true, 1),
	...many(1, false, 1),
	...many(2, true, 2),
	...many(1, false, 2),
	...many(4, true, 3),
	...many(2, false, 3),
]);

describe('the calibration chart', () => {
	it('fills a bar to the share right and marks what was said', () => {
		expect(calibrationBar(0.75, 0.5, 8)).toBe('████│█░░');
		expect(calibrationBar(0.5, 0.95, 10)).toBe('█████░░░░│');
		expect(calibrationBar(0, 0.75, 4)).toBe('░░░│');
	});

	it('draws a row per level, Brier and the verdict, in English at 60 columns', () => {
		const text = calibrationLines(sample, messages.en, 56).map((l) => l.text);
		expect(text).toEqual([
			'       said right count',
			'low     50%   75%     4  ████████████████│██████░░░░░░░░',
			'medium  75%   67%     3  █████████████████████░░│░░░░░░░',
			'high    95%   67%     6  █████████████████████░░░░░░░░│░',
			'█ share right · │ what you said',
			'Brier score 0.269 (0 is perfect; always saying 50%',
			'scores 0.250)',
			'Overconfident: you are right less often than you say.',
		]);
	});

	it('fits 56 and 76 columns in Korean', () => {
		for (const columns of [56, 76]) {
			const lines = calibrationLines(sample, messages.ko, columns);
			for (const {text} of lines) expect(width(text), text).toBeLessThanOrEqual(columns);
			expect(lines[0]!.text).toBe('     확신 정답률 답 수');
			expect(lines.at(-1)!.text).toBe('과신한다: 말한 확신보다 덜 맞힌다.');
		}
	});

	it('says how to get one when no answer has a confidence, and leaves out the bar of an empty level', () => {
		expect(calibrationLines(calibrationOf([]), messages.en, 56).map((l) => l.text)).toEqual([
			'No answers with a confidence yet: after each answer, 1–3',
			'says how sure you are.',
		]);
		const highOnly = calibrationLines(calibrationOf(many(2, true, 3)), messages.en, 56).map((l) => l.text);
		expect(highOnly.slice(1, 4)).toEqual([
			'low     50%     -     0',
			'medium  75%     -     0',
			'high    95%  100%     2  █████████████████████████████│█',
		]);
		expect(highOnly.slice(-2)).toEqual(['Too few answers with a confidence to judge yet (2 of', '10).']);
	});

	it('has a plain line for `sd-trainer stats`', () => {
		expect(calibrationLine(sample)).toBe(
			'calibration: low 3/4 right (said 50%) · medium 2/3 right (said 75%) · high 4/6 right (said 95%) · Brier 0.269 · overconfident',
		);
		expect(calibrationLine(calibrationOf([]))).toBe('calibration: no answers with a confidence yet');
	});
});

describe('calibration in `sd-trainer stats`', () => {
	it('is in the plain output and in --json, from the stored answers', () => {
		const store = new ConfStore({home: tempHome()});
		const T = Date.UTC(2026, 10, 25, 9);
		const answer = (id: string, correct: boolean, confidence: Confidence): [string, AnswerRecord] => [
			id,
			{
				pack: 'fixture-caching',
				item: 'q-ttl',
				at: T,
				ms: 3000,
				correct,
				score: correct ? 1 : 0,
				rating: correct ? 3 : 1,
				mode: 'quiz',
				confidence,
			},
		];
		const doc = [answer('a', false, 3), answer('b', true, 3), answer('c', true, 1)].reduce((d, [id, a]) => addAnswer(d, id, a), emptyDoc());
		store.save(doc);
		const {packs} = loadPackDir('test/fixtures/good');
		const json = JSON.parse(statsCommand(store, packs, true, T + 60_000).out[0]!);
		// (0.95−0)² + (0.95−1)² + (0.5−1)² = 0.9025 + 0.0025 + 0.25 = 1.155; / 3
		expect(json.calibration).toMatchObject({count: 3, verdict: 'too-few'});
		expect(json.calibration.brier).toBeCloseTo(0.385, 12);
		expect(json.calibration.levels.map((l: {count: number; right: number}) => [l.count, l.right])).toEqual([
			[1, 1],
			[0, 0],
			[2, 1],
		]);
		expect(statsCommand(store, packs, false, T + 60_000).out.at(-1)).toBe(
			'calibration: low 1/1 right (said 50%) · medium 0/0 right (said 75%) · high 1/2 right (said 95%) · Brier 0.385 · too few to judge (under 10)',
		);
	});
});
