import {type ChildProcess, spawn} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {build} from 'esbuild';
import {beforeAll, describe, expect, it} from 'vitest';
import {ConfStore} from '../source/store/conf-store.js';
import {docWithAnswers, progressText} from './support/progress-files.js';
import {tempHome} from './support/temp-home.js';

const SCRIPT = path.resolve('node_modules/.cache/sd-trainer-test/record-answers.mjs');

beforeAll(async () => {
	mkdirSync(path.dirname(SCRIPT), {recursive: true});
	await build({
		entryPoints: ['test/support/record-answers.ts'],
		outfile: SCRIPT,
		bundle: true,
		platform: 'node',
		format: 'esm',
		packages: 'external',
		logLevel: 'error',
	});
});

const run = (args: string[]) => spawn(process.execPath, [SCRIPT, ...args], {stdio: ['ignore', 'pipe', 'pipe']});

function finished(child: ChildProcess): Promise<number | null> {
	let err = '';
	child.stderr?.on('data', (d) => {
		err += d;
	});
	return new Promise((resolve, reject) =>
		child.on('exit', (code) => (code === 0 ? resolve(code) : reject(new Error(`writer exited ${code}: ${err}`)))),
	);
}

describe('two terminals saving at once', () => {
	it('keeps all 1,000 answers when two processes record 500 each concurrently', async () => {
		const home = tempHome();
		const a = run([home, 'a', '500']);
		const b = run([home, 'b', '500']);
		await Promise.all([finished(a), finished(b)]);
		const {doc, notices} = new ConfStore({home}).open();
		expect(notices).toEqual([]);
		const ids = Object.keys(doc.answers);
		expect(ids.filter((id) => id.startsWith('a-'))).toHaveLength(500);
		expect(ids.filter((id) => id.startsWith('b-'))).toHaveLength(500);
		expect(existsSync(path.join(home, 'progress.json.lock'))).toBe(false);
	}, 60_000);
});

describe('killed mid-save', () => {
	it('leaves a valid progress file every time (20 SIGKILLs at random moments)', async () => {
		const home = tempHome();
		let seed = 42;
		const random = () => {
			seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
			return seed / 2 ** 31;
		};
		let before = 0;
		for (let round = 0; round < 20; round++) {
			const child = run([home, `k${round}`, '0']);
			// Wait until it is saving, then kill it somewhere in the middle of its work.
			await new Promise<void>((resolve) => child.stdout?.once('data', () => resolve()));
			await new Promise((resolve) => setTimeout(resolve, 5 + random() * 60));
			child.kill('SIGKILL');
			await new Promise((resolve) => child.on('exit', resolve));
			const {doc, notices} = new ConfStore({home}).open();
			expect(notices, `round ${round}`).toEqual([]);
			const count = Object.keys(doc.answers).length;
			// Each round saved at least one answer, and nothing saved before was lost.
			expect(count).toBeGreaterThan(before);
			before = count;
		}
		expect(readdirSync(home).filter((f) => f.includes('corrupt'))).toEqual([]);
	}, 120_000);
});

describe('a lock held by a live process', () => {
	it('is never taken from a stopped holder, however old the lock file looks', async () => {
		const home = tempHome();
		const holder = run([home, 'held', '1', '--hold']);
		const lock = path.join(home, 'progress.json.lock');
		try {
			// The holder prints once it holds the lock and is about to write.
			await new Promise<void>((resolve) => holder.stdout?.once('data', () => resolve()));
			holder.kill('SIGSTOP');
			const old = new Date(Date.now() - 60_000);
			utimesSync(lock, old, old);
			const waiter = new ConfStore({home, lockWaitMs: 300});
			expect(() => waiter.save(docWithAnswers(1, 'waiter'))).toThrow(/another sd-trainer/);
			expect(existsSync(lock)).toBe(true);
			holder.kill('SIGCONT');
			await finished(holder);
			const saved = waiter.save(docWithAnswers(1, 'waiter')).doc;
			expect(Object.keys(saved.answers).sort()).toEqual(['held-0', 'waiter-0']);
		} finally {
			holder.kill('SIGCONT');
			holder.kill('SIGKILL');
		}
	}, 30_000);
});

describe('a writer that fills the disk', () => {
	it('stops with a message; the file stays whole with every confirmed answer', async () => {
		for (const round of [0, 1]) {
			const home = tempHome();
			const file = path.join(home, 'progress.json');
			writeFileSync(file, progressText(docWithAnswers(150 + round * 40, 'base')));
			const limit = Math.ceil(statSync(file).size / 1024) + 1;
			const child = spawn('bash', ['-c', `ulimit -f ${limit}; exec "$@"`, 'bash', process.execPath, SCRIPT, home, 'w', '0'], {
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			let out = '';
			let err = '';
			child.stdout.on('data', (d) => {
				out += d;
			});
			child.stderr.on('data', (d) => {
				err += d;
			});
			const code = await new Promise((resolve) => child.on('exit', resolve));
			expect(code, `round ${round}`).not.toBe(0);
			expect(err).toContain('disk full');
			const confirmed = Number(out.trim().split('\n').pop() ?? -1);
			const ids = Object.keys(new ConfStore({home}).open().doc.answers);
			expect(ids.filter((id) => id.startsWith('base-'))).toHaveLength(150 + round * 40);
			for (let i = 0; i <= confirmed; i++) expect(ids).toContain(`w-${i}`);
		}
	}, 30_000);
});
