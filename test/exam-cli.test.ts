import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {addExam} from '../source/progress/exams.js';
import {emptyDoc, type ExamRecord} from '../source/progress/progress-doc.js';
import {ConfStore} from '../source/store/conf-store.js';
import {KEY} from './support/render-ink.js';
import {CLI, childEnv, runInPty} from './support/pty.js';
import {tempHome} from './support/temp-home.js';

function runPlain(args: string[], home: string) {
	const result = spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8', env: childEnv({SD_TRAINER_HOME: home}), input: ''});
	return {code: result.status, out: result.stdout, err: result.stderr};
}

const exam: ExamRecord = {
	at: Date.UTC(2026, 10, 20, 9),
	ms: 400_000,
	limitMs: 1_200_000,
	chapters: ['load-balancing', 'core-algorithms'],
	items: [
		{pack: 'load-balancing', item: 'a', correct: true, score: 1, ms: 30_000, confidence: 3},
		{pack: 'core-algorithms', item: 'b', correct: false, score: 0, ms: 50_000, confidence: 2},
		{pack: 'load-balancing', item: 'c', correct: false, score: 0, ms: 0},
	],
};

describe('sd-trainer exam and stats --json', () => {
	it('lists kept exams in stats --json: when, chapters, score, Brier, time, items', () => {
		const home = tempHome();
		new ConfStore({home}).save(addExam(emptyDoc(), 'exam-1', exam));
		const result = runPlain(['stats', '--json'], home);
		expect(result.code).toBe(0);
		// Brier by hand: high and right (0.95 − 1)² = 0.0025, medium and wrong (0.75 − 0)² = 0.5625; mean 0.2825.
		const exams = JSON.parse(result.out).exams;
		expect(exams[0].brier).toBeCloseTo(0.2825, 12);
		expect([{...exams[0], brier: 0}]).toEqual([
			{
				id: 'exam-1',
				at: exam.at,
				chapters: ['load-balancing', 'core-algorithms'],
				score: 1 / 3,
				correct: 1,
				items: 3,
				answered: 2,
				brier: 0,
				ms: 400_000,
				limitMs: 1_200_000,
			},
		]);
		expect(runPlain(['stats'], home).out).toContain('exams: 1; latest 33% (1/3, Brier 0.28)');
	});

	it('refuses bad options with a clear message and exit 2, before needing a terminal', () => {
		const home = tempHome();
		const cases: [string[], string][] = [
			[['exam', '--items', '0'], '--items must be a whole number from 1 to 100 (got 0)'],
			[['exam', '--minutes', 'soon'], '--minutes must be a whole number from 1 to 180 (got soon)'],
			[['exam', '--chapters', '57,99'], 'no chapter "99" (chapters: 46, 47,'],
			[['exam', '--chapter-list', '57'], 'exam has no option --chapterList'],
			[['exam', 'now'], 'exam takes options only, not "now"'],
		];
		for (const [args, message] of cases) {
			const result = runPlain(args, home);
			expect(result.code, args.join(' ')).toBe(2);
			expect(result.err).toContain(message);
			expect(result.err).toContain('sd-trainer exam');
		}
		// Good options without a terminal: the usual message, exit 2.
		expect(runPlain(['exam', '--chapters', '57,core-algorithms', '--items', '5'], home).err).toContain('needs an interactive terminal');
		expect(runPlain(['--help'], home).out).toContain('sd-trainer exam [--chapters 57,58] [--items N] [--minutes M]');
	});

	it('runs `sd-trainer exam --items 3` in a real terminal, answered to the end, and keeps it apart from the answer log', async () => {
		const home = tempHome();
		const run = runInPty(['exam', '--items', '3', '--lang', 'en'], {env: {SD_TRAINER_HOME: home}});
		for (let n = 1; n <= 3; n++) {
			const screen = await run.waitFor((s) => s.includes(`question ${n}/3`) && /Enter answer/.test(s), `question ${n}`);
			expect(screen.split('\n')[0]).toMatch(/^ {2}Exam +question \d\/3 · \d+:\d\d left$/);
			// Whatever kind of question came up, give it an answer that counts (right or not).
			const help = screen.split('\n').findLast((l) => l.trim() !== '') ?? '';
			if (help.includes('erase')) run.write(`1${KEY.enter}`);
			else if (help.includes('select')) run.write(` ${KEY.enter}`);
			else if (help.includes('grab')) run.write(` j ${KEY.enter}`);
			else if (help.includes('pair')) run.write(`l${KEY.down}l${KEY.down}l${KEY.down}l${KEY.down}l${KEY.down}l${KEY.down}${KEY.enter}`);
			else run.write(KEY.enter);
			// How sure: every answer in an exam asks, with no skipping.
			await run.waitForText('How sure are you?');
			run.write('2');
		}
		const result = await run.waitForText('Exam result');
		expect(result).toMatch(/\d of 3 right · \d+%/);
		expect(result).not.toContain('not answered');
		const file = path.join(home, 'progress.json');
		// The store opens after the first frame: wait for the exam to reach the disk before quitting.
		const kept = () => existsSync(file) && Object.keys(JSON.parse(readFileSync(file, 'utf8')).exams ?? {}).length > 0;
		await run.waitFor(kept, 'the exam on disk');
		run.write('q');
		expect(await run.exited).toBe(0);
		const saved = JSON.parse(readFileSync(file, 'utf8'));
		const exams = Object.values(saved.exams) as ExamRecord[];
		expect(exams).toHaveLength(1);
		expect(exams[0]!.items).toHaveLength(3);
		expect(exams[0]!.items.every((i) => i.ms > 0 && i.confidence === 2)).toBe(true);
		expect(exams[0]!.limitMs).toBe(20 * 60_000);
		expect(saved.answers).toEqual({});
	});
});
