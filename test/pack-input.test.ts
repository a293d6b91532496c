import {execFileSync, spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {formatProblem, MAX_ALIASES} from '../source/content/parse-pack.js';
import {CLI, childEnv} from './support/pty.js';
import {tempHome} from './support/temp-home.js';

const GOOD = 'test/fixtures/good/91-fixture.yaml';
const good = readFileSync(GOOD, 'utf8');

/** A folder holding the good pack and the given files. */
function folder(files: Record<string, string> = {}): string {
	const dir = tempHome();
	copyFileSync(GOOD, path.join(dir, '91-fixture.yaml'));
	for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
	return dir;
}

/** Loads a folder: the good pack must always load beside whatever else is there. */
function load(dir: string): string[] {
	const {packs, problems} = loadPackDir(dir);
	expect(packs.map((p) => p.id)).toEqual(['fixture-queues']);
	// (The quality rules' warnings about the tiny fixture pack are not what these tests are about.)
	return problems
		.filter((p) => !p.warning)
		.map(formatProblem)
		.map((line) => line.slice(dir.length + 1));
}

/** A pack with one extra card body. */
const withBody = (body: string) =>
	good
		.replace('body: {ko: "큐는', `body: {ko: ${JSON.stringify(body)}, en: "x"}\n    points: [{ko: "큐는`)
		.replace(/, en: "A queue absorbs.*"}/, ', en: "y"}]');

describe('lesson packs as untrusted input', () => {
	it('refuses a FIFO named *.yaml without blocking, and loads the pack beside it', () => {
		const dir = folder();
		execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
		expect(load(dir)).toEqual(['pipe.yaml:1:1 is a FIFO (named pipe), not a regular file: a lesson pack must be a plain YAML file']);
	});

	it('refuses a symlink to /dev/zero (nothing is read) and a folder named *.yaml; follows a link to a real pack', () => {
		const dir = folder();
		symlinkSync('/dev/zero', path.join(dir, 'zero.yaml'));
		mkdirSync(path.join(dir, 'folder.yaml'));
		const other = tempHome();
		writeFileSync(path.join(other, 'real.yaml'), good.replace('id: fixture-queues', 'id: linked').replace('chapter: 91', 'chapter: 95'));
		symlinkSync(path.join(other, 'real.yaml'), path.join(dir, 'linked.yaml'));
		const {packs, problems} = loadPackDir(dir);
		expect(packs.map((p) => p.id)).toEqual(['fixture-queues', 'linked']);
		expect(
			problems
				.filter((p) => !p.warning)
				.map(formatProblem)
				.map((l) => l.slice(dir.length + 1)),
		).toEqual([
			'folder.yaml:1:1 is a directory, not a regular file: a lesson pack must be a plain YAML file',
			'zero.yaml:1:1 is a character device, not a regular file: a lesson pack must be a plain YAML file',
		]);
	});

	it('caps a pack at 1 MB and a text field at 2000 characters, with clear messages', () => {
		const dir = folder({'huge.yaml': `# ${'x'.repeat(10 * 1024 * 1024)}\n`, 'long-field.yaml': withBody('x'.repeat(300_000))});
		expect(load(dir)).toEqual([
			'huge.yaml:1:1 is too big (10 MB); a lesson pack may be at most 1 MB',
			'long-field.yaml:9:16 cards.0.body.ko: is longer than 2000 characters',
		]);
	});

	it('reads UTF-8 only, and accepts a byte-order mark', () => {
		const dir = folder({'latin1.yaml': '', 'bom.yaml': ''});
		writeFileSync(path.join(dir, 'latin1.yaml'), Buffer.from('id: caf\xe9\n', 'latin1'));
		writeFileSync(
			path.join(dir, 'bom.yaml'),
			`\ufeff${good.replace('id: fixture-queues', 'id: bom').replace('chapter: 91', 'chapter: 96')}`,
		);
		const {packs, problems} = loadPackDir(dir);
		expect(packs.map((p) => p.id)).toEqual(['fixture-queues', 'bom']);
		expect(
			problems
				.filter((p) => !p.warning)
				.map(formatProblem)
				.map((l) => l.slice(dir.length + 1)),
		).toEqual(['latin1.yaml:1:1 is not UTF-8 text']);
	});

	it('limits YAML aliases (a billion-laughs bomb, or just many) at the alias that goes over, per file', () => {
		const bomb = [
			'a: &a ["x","x","x","x","x","x","x","x","x"]',
			...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefg'[i]}`).join(',')}]`),
		].join('\n');
		const many = `list:\n${Array.from({length: 150}, (_, i) => (i === 0 ? '  - &x 1' : '  - *x')).join('\n')}\n`;
		const dir = folder({'bomb.yaml': bomb, 'many.yaml': many});
		expect(load(dir)).toEqual([
			'bomb.yaml:2:8 YAML: aliases (*name) expand into too much data; a lesson pack needs few or none',
			`many.yaml:${MAX_ALIASES + 3}:5 YAML: more than ${MAX_ALIASES} aliases (*name); a lesson pack needs few or none`,
		]);
	});

	it('limits nesting, flow or block, before the parser can exhaust the stack or memory', () => {
		const flow = `a: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`;
		const block = Array.from({length: 40}, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
		const dir = folder({'flow.yaml': flow, 'block.yaml': `${block} 1\n`});
		expect(load(dir)).toEqual([
			'block.yaml:33:65 YAML: nested more than 32 levels deep',
			'flow.yaml:1:1004 YAML: nested more than 1000 levels deep',
		]);
	});
});

// Every C0 and C1 control, and whole OSC, CSI, DCS and 8-bit CSI sequences.
const CONTROLS = [
	...Array.from({length: 0x20}, (_, i) => String.fromCharCode(i)),
	...Array.from({length: 0x21}, (_, i) => String.fromCharCode(0x7f + i)),
	'\u001b]0;pwned\u0007',
	'\u001b]8;;http://x\u001b\\',
	'\u001b[2J\u001b[31m',
	'\u001bP1$r\u001b\\',
	'\u009b2J',
];
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const yamlEscape = (s: string) => [...s].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');

/** A folder where every error path carries the control: file names, YAML keys, param names, syntax errors. */
function hostileFolder(): string {
	const dir = tempHome();
	CONTROLS.forEach((c, i) => {
		const name = c.includes('\u0000') || c.includes('/') ? `n${i}` : `n${i}${c}`;
		const key = `"col${yamlEscape(c)}our"`;
		writeFileSync(path.join(dir, `${name}-field.yaml`), good.replace('chapter: 91', `chapter: 91\n${key}: 1`));
		writeFileSync(
			path.join(dir, `${name}-param.yaml`),
			`${good.replace('id: fixture-queues', `id: p${i}`).replace('chapter: 91', `chapter: ${100 + i}`)}simulations:\n  - id: s\n    engine: rate-limiter\n    title: {ko: "가", en: "a"}\n    params: {${key}: 1}\n`,
		);
		writeFileSync(path.join(dir, `${name}-syntax.yaml`), `id: [${c}\n`);
		writeFileSync(path.join(dir, `${name}-dup.yaml`), `${key}: 1\n${key}: 2\n`);
	});
	execFileSync('mkfifo', [path.join(dir, 'fifo\u001b]0;pwned\u0007.yaml')]);
	return dir;
}

describe('what reaches the terminal from a hostile pack', () => {
	it('never holds a control character or escape sequence, on any error path', () => {
		const dir = hostileFolder();
		const {problems} = loadPackDir(dir);
		const lines = problems.map(formatProblem);
		expect(lines.length).toBeGreaterThanOrEqual(CONTROLS.length * 4);
		for (const line of lines) expect(line, JSON.stringify(line)).not.toMatch(UNSAFE);
		// Each file is still named and located.
		expect(lines.some((l) => l.includes('n0-field.yaml:3:1 unknown field "colour"'))).toBe(true);
		expect(lines.some((l) => l.includes('fifo]0;pwned.yaml:1:1 is a FIFO'))).toBe(false);
		expect(lines.some((l) => l.includes('fifo.yaml:1:1 is a FIFO'))).toBe(true);
	});

	it('in validate, list --lessons and the start-up warning of the built CLI', () => {
		const dir = hostileFolder();
		const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], {env: childEnv({SD_TRAINER_HOME: tempHome()}), input: ''});
		const validate = run(['validate', dir]);
		expect(validate.status).toBe(1);
		const list = run(['list', '--lessons', dir]);
		expect(list.status).toBe(0);
		// Without a terminal the game stops after the warnings: they are printed first, as at a real start.
		const start = run(['--lang', 'en', '--lessons', dir]);
		for (const result of [validate, list, start]) {
			const err = result.stderr.toString('utf8');
			expect(err.split('\n').length).toBeGreaterThanOrEqual(CONTROLS.length * 4);
			for (const line of err.split('\n')) expect(line, JSON.stringify(line)).not.toMatch(UNSAFE);
			expect(result.stdout.toString('utf8')).not.toMatch(UNSAFE);
		}
		expect(start.stderr.toString('utf8')).toContain('warning: ');
	});
});
