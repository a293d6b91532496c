import {spawnSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {CURRENT_VERSION} from '../source/progress/progress-doc.js';
import {KEY} from './support/render-ink.js';
import {CLI, childEnv, runInPty} from './support/pty.js';
import {tempHome} from './support/temp-home.js';

const shipped = loadPackDir('lessons').packs.sort((a, b) => a.chapter - b.chapter);
const firstPack = shipped[0]!;

function runPlain(args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8', env: childEnv(env), input: ''});
	return {code: result.status, out: result.stdout, err: result.stderr};
}

describe('the built CLI in a real terminal', () => {
	it('pages a card, quits, restarts and finds its place kept', async () => {
		const home = tempHome();
		const env = {SD_TRAINER_HOME: home};
		const first = runInPty(['--lang', 'en'], {env});
		await first.waitForText('Overall 0%');
		first.write(KEY.enter);
		await first.waitForText(`Chapter ${firstPack.chapter}`);
		first.write(KEY.enter);
		await first.waitForText(`card 1/${firstPack.cards.length}`);
		first.write(KEY.space);
		await first.waitForText('✓ known');
		first.write('l');
		const second = firstPack.cards[1]!;
		await first.waitForText(`card 2/${firstPack.cards.length}`);
		first.write('q');
		expect(await first.exited).toBe(0);

		const saved = JSON.parse(readFileSync(path.join(home, 'progress.json'), 'utf8'));
		expect(saved.chapters[firstPack.id].position.value).toBe(second.id);
		expect(saved.chapters[firstPack.id].known[firstPack.cards[0]!.id].value).toBe(true);

		const again = runInPty(['--lang', 'en'], {env});
		const map = await again.waitForText('Overall');
		expect(map).toContain(`  1/${firstPack.cards.length}`);
		again.write(KEY.enter);
		await again.waitForText(`Chapter ${firstPack.chapter}`);
		again.write(KEY.enter);
		const card = await again.waitForText(`card 2/${firstPack.cards.length}`);
		expect(card).toContain(second.title.en.slice(0, 30));
		again.write('q');
		expect(await again.exited).toBe(0);
	});

	// Saves follow the frame (progress-context.tsx): a key and the quit in one write, or a
	// signal right after a key, must still find the edit on disk once the game has closed.
	it.each([
		['q in the same write', 'lq', 0],
		['Ctrl+C in the same write', 'l\x03', 130],
	])('keeps an edit made just before closing (%s)', async (_, keys, code) => {
		const home = tempHome();
		const run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: home}});
		await run.waitForText('Overall 0%');
		run.write(KEY.enter);
		await run.waitForText(`Chapter ${firstPack.chapter}`);
		run.write(KEY.enter);
		await run.waitForText(`card 1/${firstPack.cards.length}`);
		run.write(keys);
		expect(await run.exited).toBe(code);
		const saved = JSON.parse(readFileSync(path.join(home, 'progress.json'), 'utf8'));
		expect(saved.chapters[firstPack.id].position.value).toBe(firstPack.cards[1]!.id);
	});

	it('shows all fifteen chapters and switches every text to the other language', async () => {
		const home = tempHome();
		const run = runInPty(['--lang', 'ko'], {env: {SD_TRAINER_HOME: home}});
		// A frame can reach the terminal in several chunks: wait until the whole map (every chapter) is on screen.
		const map = (lang: 'ko' | 'en', top: string) => (s: string) =>
			s.includes(top) && shipped.every((pack) => s.includes(`${pack.chapter} ${pack.title[lang].slice(0, 12)}`));
		let screen = await run.waitFor(map('ko', '전체 0%'), 'the whole map in Korean');
		expect(screen).not.toMatch(/준비 중|coming soon/);
		run.write('s');
		await run.waitForText('언어');
		run.write(KEY.down);
		await run.waitForText('❯ 언어: English');
		run.write(KEY.enter);
		await run.waitForText('Language: English  ✓');
		run.write(KEY.escape);
		screen = await run.waitFor(map('en', 'Overall 0%'), 'the whole map in English');
		expect(screen).not.toMatch(/[\uac00-\ud7a3]/);
		run.write('q');
		expect(await run.exited).toBe(0);
		// The choice is kept: a plain start opens in English.
		const again = runInPty([], {env: {SD_TRAINER_HOME: home, LANG: 'ko_KR.UTF-8'}});
		await again.waitForText('Overall 0%');
		again.write('q');
		expect(await again.exited).toBe(0);
	});

	it('loads extra packs from --lessons onto the map', async () => {
		const run = runInPty(['--lang', 'en', '--lessons', 'test/fixtures/good'], {env: {SD_TRAINER_HOME: tempHome()}});
		await run.waitForText('Overall 0%');
		// Up from the first chapter: past the exam (the map's last entry) to the last chapter.
		run.write('kk');
		const screen = await run.waitForText('❯ 92 Quiz kinds');
		expect(screen).toContain('90 Caching basics');
		expect(screen).toContain('91 Message queues');
		run.write('q');
		expect(await run.exited).toBe(0);
	});

	it('survives a corrupt progress file and says where the copy is', async () => {
		const home = tempHome();
		writeFileSync(path.join(home, 'progress.json'), 'garbage{');
		const run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: home}});
		const screen = await run.waitForText('Your progress file could not be read');
		expect(screen).toContain(`${home}/progress.json.corrupt-`.slice(0, 40));
		run.write('q');
		expect(await run.exited).toBe(0);
		expect(JSON.parse(readFileSync(path.join(home, 'progress.json'), 'utf8')).version).toBe(CURRENT_VERSION);
	});

	it('answers a chapter quiz, keeps the best score, and shows reviews due days later', async () => {
		const home = tempHome();
		const env = {SD_TRAINER_HOME: home};
		const args = ['--lang', 'en', '--lessons', 'test/fixtures/good'];
		const run = runInPty(args, {env});
		await run.waitForText('Overall 0%');
		run.write('kk');
		await run.waitForText('❯ 92 Quiz kinds');
		run.write(KEY.enter);
		await run.waitForText('Chapter 92');
		run.write('j');
		await run.waitForText('❯ Quiz · 6 questions');
		run.write(KEY.enter);
		// Answer whatever is asked (a letter for each pair, a number where one is wanted).
		for (let i = 1; i <= 6; i++) {
			const screen = await run.waitForText(`question ${i}/6`);
			if (screen.includes('Match them')) run.write('abc');
			if (screen.includes('costs fall')) run.write('90');
			// Nothing picked, or steps left as shown, is no answer: pick one, move one.
			if (screen.includes('Pick every')) run.write(' ');
			if (screen.includes('Put them in order')) run.write(' j ');
			run.write(KEY.enter);
			// How sure: low, medium, high in turn.
			await run.waitForText('How sure are you? 1 low · 2 medium · 3 high');
			run.write(String(1 + (i % 3)));
			await run.waitFor((s) => /✓ Right|✗ /.test(s), 'feedback');
			run.write(KEY.enter);
		}
		const score = await run.waitForText('Best so far');
		const [, right, pct] = /(\d) of 6 right \((\d+)%\)/.exec(score)!;
		expect(score).toContain(`Best so far: ${pct}%`);
		run.write('q');
		expect(await run.exited).toBe(0);

		// Five days later (the saved times moved back), the questions are due.
		const file = path.join(home, 'progress.json');
		const doc = JSON.parse(readFileSync(file, 'utf8'));
		const sure = (Object.values(doc.answers) as {confidence: number}[]).map((a) => a.confidence);
		expect(sure.sort()).toEqual([1, 1, 2, 2, 3, 3]);
		const back = 5 * 86_400_000;
		for (const a of Object.values(doc.answers) as {at: number}[]) a.at -= back;
		for (const r of Object.values(doc.runs) as {at: number}[]) r.at -= back;
		for (const c of Object.values(doc.chapters) as {seen: Record<string, number>}[])
			for (const k of Object.keys(c.seen)) c.seen[k]! -= back;
		writeFileSync(file, JSON.stringify(doc));

		const again = runInPty(args, {env});
		const map = await again.waitForText(' due');
		const due = Number(/(\d+) due/.exec(map)![1]);
		expect(due).toBeGreaterThanOrEqual(6 - Number(right));
		expect(due).toBeGreaterThan(0);
		again.write('kk');
		await again.waitForText('❯ 92 Quiz kinds');
		again.write(KEY.enter);
		await again.waitForText(`Quiz · 6 questions · best ${pct}%`);
		again.write('q');
		expect(await again.exited).toBe(0);
	});

	it('keeps going when the data directory cannot be used', async () => {
		const home = path.join(tempHome(), 'a-file');
		writeFileSync(home, 'not a directory');
		const run = runInPty(['--lang', 'en'], {env: {SD_TRAINER_HOME: home}});
		const screen = await run.waitForText('nothing is saved');
		expect(screen).toContain('Could not open your progress (ENOTDIR');
		run.write(KEY.enter);
		await run.waitForText(`Chapter ${firstPack.chapter}`);
		run.write('q');
		expect(await run.exited).toBe(0);
	});

	it('asks for a bigger terminal when it is too small', async () => {
		const run = runInPty(['--lang', 'ko'], {env: {SD_TRAINER_HOME: tempHome()}, columns: 40, rows: 10});
		const screen = await run.waitForText('창을 키워');
		expect(screen).toContain('40×10');
		run.write('q');
		expect(await run.exited).toBe(0);
	});
});

describe('the plain commands', () => {
	it('refuses to start the game without a terminal, pointing to the plain commands', () => {
		const result = runPlain([], {SD_TRAINER_HOME: tempHome()});
		expect(result.code).toBe(2);
		expect(result.err).toContain('needs an interactive terminal');
		expect(result.err).toContain('sd-trainer list');
	});

	it('lists the fifteen chapters as JSON, each with enough cards and quiz items', () => {
		const result = runPlain(['list', '--json']);
		expect(result.code).toBe(0);
		const {chapters} = JSON.parse(result.out);
		expect(chapters.map((c: {chapter: number}) => c.chapter)).toEqual(Array.from({length: 15}, (_, i) => 46 + i));
		for (const c of chapters as {chapter: number; cards: number; quiz: number; quizTypes: string[]}[]) {
			expect(c.cards, `chapter ${c.chapter}`).toBeGreaterThanOrEqual(5);
			expect(c.quiz, `chapter ${c.chapter}`).toBeGreaterThanOrEqual(c.chapter === 58 ? 24 : 12);
			expect(c.quizTypes.length, `chapter ${c.chapter}`).toBeGreaterThanOrEqual(4);
		}
		const ch57 = chapters.find((c: {chapter: number}) => c.chapter === 57);
		expect(ch57.cards).toBe(shipped.find((p) => p.chapter === 57)!.cards.length);
	});

	it('validates the shipped packs', () => {
		const result = runPlain(['validate']);
		expect(result.err).toBe('');
		expect(result.code).toBe(0);
		expect(result.out).toContain(`${shipped.length} pack(s) valid`);
	});

	it('reports every bad pack as file:line:col and exits 1', () => {
		const result = runPlain(['validate', 'test/fixtures/bad']);
		expect(result.code).toBe(1);
		expect(result.err.trim().split('\n')).toEqual([
			'test/fixtures/bad/control-chars.yaml:9:26 cards.0.body.en: contains a terminal control character',
			'test/fixtures/bad/duplicate-id.yaml:10:9 cards.1.id: duplicate id "same"',
			'test/fixtures/bad/malformed-yaml.yaml:4:1 YAML: Flow map in block collection must be sufficiently indented and end with a }',
			'test/fixtures/bad/missing-translation.yaml:9:7 cards.0.title.en: is missing',
			'test/fixtures/bad/unknown-field.yaml:10:5 cards.0: unknown field "colour"',
		]);
	});

	it('skips a bad extra pack with a warning and still loads the good ones', () => {
		const result = runPlain(['list', '--json', '--lessons', 'test/fixtures/good', '--lessons', 'test/fixtures/bad']);
		expect(result.code).toBe(0);
		expect(result.err.split('\n').filter(Boolean)).toHaveLength(5);
		const ids = JSON.parse(result.out).chapters.map((c: {id: string}) => c.id);
		expect(ids).toContain('fixture-caching');
		expect(ids).not.toContain('duplicate-id');
	});

	it('lists the simulations and runs each headless with its defaults', () => {
		const list = JSON.parse(runPlain(['sim', '--list', '--json']).out).engines as {id: string}[];
		const fields: Record<string, string[]> = {
			'git-sandbox': ['goalMet', 'reachableFrom', 'mergeCommits', 'commands'],
			'serverless-cost': ['monthlyBill', 'saving', 'throttledStreams', 'lines'],
			'api-styles': ['headerShare', 'meanStalenessS', 'lost', 'duplicated', 'emitted'],
			'pattern-lab': ['deliveryDays', 'fit', 'outageHours', 'staleReads'],
			'hot-partition': ['hotPartitionQueries', 'hotNodeUtilization', 'p50Ms', 'p99Ms', 'coalescingRatio', 'reportedNodes'],
			'latency-budget': ['p99Ms', 'beforeP99Ms', 'bottleneck', 'offTarget'],
			'repo-strategy': ['prsNeeded', 'daysToAllFixed', 'ciMinutes', 'peakDiamonds'],
			'load-balancer': ['picks', 'servers'],
			'consistent-hashing': ['movedFraction', 'moduloMovedFraction', 'loadCv', 'keysPerNode'],
			'rate-limiter': ['accepted', 'dropped', 'maxWaitMs', 'timeline'],
			'bloom-filter': ['falsePositiveRate', 'theoreticalFalsePositiveRate', 'falseNegatives', 'fillRatio', 'optimalHashes'],
			trie: ['completions', 'nodeCount', 'radixNodeCount'],
			quadtree: ['found', 'pointsChecked', 'bruteForceChecked'],
			raft: ['events', 'leadersByTerm', 'safetyViolations'],
			kafka: ['assignment', 'partitionOfKey', 'lag'],
			'oauth-flow': ['matrix', 'attacksSucceeded', 'pkce'],
			'api-evolution': ['slowScreens', 'slowScreensFormula', 'availability', 'availabilityFormula', 'clientRoundTrips'],
			'scale-up-vs-out': ['headroom', 'cpu', 'p99Ms', 'servers', 'singlePointsOfFailure'],
			'deploy-strategies': ['affectedShare', 'detectMinutes', 'rollbackMinutes', 'budget', 'canary'],
			'error-budget-month': ['budget', 'pages', 'freezeDays', 'dora', 'decisions'],
		};
		expect(list.map((e) => e.id).sort()).toEqual(Object.keys(fields).sort());
		for (const [id, keys] of Object.entries(fields)) {
			const result = runPlain(['sim', id, '--json']);
			expect(result.code, id).toBe(0);
			expect(Object.keys(JSON.parse(result.out)), id).toEqual(expect.arrayContaining(keys));
		}
		const run = runPlain(['sim', 'consistent-hashing', '--nodes', '20', '--seed', '7', '--json']);
		expect(JSON.parse(run.out).nodesBefore).toBe(20);
		expect(runPlain(['sim', 'consistent-hashing', '--vnode', '3']).err).toContain('has no parameter --vnode');
		expect(runPlain(['sim', 'nope']).code).toBe(2);
		// Twenty-odd processes one after another: a bound for a hang, wide enough for a machine running several suites.
	}, 240_000);

	it('answers --help, --version and unknown commands', () => {
		const help = runPlain(['--help']);
		expect(help.code).toBe(0);
		expect(help.out).toContain('sd-trainer validate [DIR]');
		expect(help.out).toContain('SD_TRAINER_HOME');
		const version = runPlain(['--version']);
		expect(version.out.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
		const unknown = runPlain(['frobnicate']);
		expect(unknown.code).toBe(2);
		expect(unknown.err).toContain('unknown command "frobnicate"');
	});
});
