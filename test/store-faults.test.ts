import {chmodSync, chownSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {CURRENT_VERSION} from '../source/progress/progress-doc.js';
import {answersIn, docWithAnswers, progressText, runCli} from './support/progress-files.js';
import {tempHome} from './support/temp-home.js';

/** A home holding a valid progress file with `count` answers. */
function homeWith(count: number): {home: string; file: string; env: Record<string, string>; before: string} {
	const home = tempHome();
	const file = path.join(home, 'progress.json');
	const before = progressText(docWithAnswers(count, 'home'));
	writeFileSync(file, before);
	return {home, file, env: {SD_TRAINER_HOME: home}, before};
}

function exportFile(count: number): string {
	const file = path.join(tempHome(), 'export.json');
	writeFileSync(file, progressText(docWithAnswers(count, 'moved')));
	return file;
}

describe('a full disk (ulimit -f in the child)', () => {
	it('import onto a nearly full disk fails loudly and keeps the old file whole', () => {
		const {file, env, before} = homeWith(5);
		const result = runCli(['import', exportFile(1300)], env, {fileLimitKiB: 64});
		expect(result.err).toMatch(/could not save/i);
		expect(result.err).toContain('file too large');
		expect(result.code).toBe(1);
		expect(readFileSync(file, 'utf8')).toBe(before);
		expect(answersIn(file)).toBe(5);
		// No temp file is left beside it.
		expect(readdirSync(path.dirname(file)).filter((n) => n.includes('tmp'))).toEqual([]);
	});

	it('reset on a full disk says so and changes nothing', () => {
		const {file, env, before} = homeWith(400);
		const result = runCli(['reset', '--yes'], env, {fileLimitKiB: Math.floor(before.length / 1024)});
		expect(result.code).toBe(1);
		expect(result.err).toMatch(/could not save/i);
		expect(readFileSync(file, 'utf8')).toBe(before);
	});
});

describe('commands tell the truth about the progress file', () => {
	const newer = JSON.stringify({version: CURRENT_VERSION + 1, answers: {x: {}}});

	it('refuses every command against a newer version’s file, and leaves it alone', () => {
		const home = tempHome();
		const file = path.join(home, 'progress.json');
		writeFileSync(file, newer);
		const env = {SD_TRAINER_HOME: home};
		const out = path.join(tempHome(), 'out.json');
		for (const args of [['stats'], ['export', out], ['import', exportFile(3)], ['reset', '--yes']]) {
			const result = runCli(args, env);
			expect(result.code, args[0]).toBe(1);
			expect(result.err, args[0]).toContain(`written by a newer sd-trainer (format ${CURRENT_VERSION + 1})`);
		}
		expect(existsSync(out)).toBe(false);
		expect(readFileSync(file, 'utf8')).toBe(newer);
		expect(readdirSync(home)).toEqual(['progress.json']);
	});

	it('refuses every command against a corrupt file: stderr, exit 1, nothing replaced', () => {
		const home = tempHome();
		const file = path.join(home, 'progress.json');
		writeFileSync(file, '{"version": 3, "answers": {');
		const env = {SD_TRAINER_HOME: home};
		for (const args of [['stats'], ['export', path.join(tempHome(), 'o.json')], ['import', exportFile(3)], ['reset', '--yes']]) {
			const result = runCli(args, env);
			expect(result.code, args[0]).toBe(1);
			expect(result.err, args[0]).toContain('cannot be read');
			expect(result.err, args[0]).toContain('sd-trainer restore');
		}
		expect(readFileSync(file, 'utf8')).toBe('{"version": 3, "answers": {');
		expect(readdirSync(home)).toEqual(['progress.json']);
	});

	it('stats and export only read: they work in a read-only home', () => {
		const {home, env} = homeWith(7);
		const out = tempHome();
		// Root ignores file modes, so the commands then run as nobody.
		const uid = process.getuid?.() === 0 ? 65_534 : undefined;
		if (uid !== undefined) chownSync(out, uid, uid);
		chmodSync(path.join(home, 'progress.json'), 0o444);
		chmodSync(home, 0o555);
		try {
			const stats = runCli(['stats', '--json'], env, uid === undefined ? {} : {uid});
			expect(stats.err).toBe('');
			expect(stats.code).toBe(0);
			expect(JSON.parse(stats.out).answers).toBe(7);
			const exported = runCli(['export', path.join(out, 'x.json')], env, uid === undefined ? {} : {uid});
			expect(exported.err).toBe('');
			expect(exported.code).toBe(0);
			expect(answersIn(path.join(out, 'x.json'))).toBe(7);
		} finally {
			chmodSync(home, 0o755);
		}
		expect(readdirSync(home)).toEqual(['progress.json']);
	});

	it('says so when the file cannot be read or the home cannot be written, and exits 1', () => {
		const {home, file, env, before} = homeWith(3);
		// Root ignores file modes, so the commands then run as nobody.
		const as = process.getuid?.() === 0 ? {uid: 65_534} : {};
		chmodSync(home, 0o555);
		try {
			chmodSync(file, 0o444);
			const source = exportFile(2);
			chmodSync(path.dirname(source), 0o755);
			const imported = runCli(['import', source], env, as);
			expect(imported.code).toBe(1);
			expect(imported.err).toMatch(/^sd-trainer: could not save .*not writable/);
			chmodSync(file, 0o000);
			const stats = runCli(['stats'], env, as);
			expect(stats.code).toBe(1);
			expect(stats.err).toContain(`sd-trainer: ${file} cannot be read (EACCES`);
		} finally {
			chmodSync(home, 0o755);
			chmodSync(file, 0o644);
		}
		expect(readFileSync(file, 'utf8')).toBe(before);
	});

	it('accepts a file that starts with a UTF-8 byte order mark', () => {
		const {file, home, env} = homeWith(4);
		writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8')}`);
		const stats = runCli(['stats', '--json'], env);
		expect(stats.code).toBe(0);
		expect(JSON.parse(stats.out).answers).toBe(4);
		expect(readdirSync(home)).toEqual(['progress.json']);
	});

	it('never writes through a link to another program’s file', () => {
		const home = tempHome();
		const other = path.join(tempHome(), 'other-program.json');
		const theirs = '{"theme": "dark", "windows": 3}';
		writeFileSync(other, theirs);
		symlinkSync(other, path.join(home, 'progress.json'));
		const result = runCli(['import', exportFile(2)], {SD_TRAINER_HOME: home});
		expect(result.code).toBe(1);
		expect(result.err).toContain('not a progress file');
		expect(readFileSync(other, 'utf8')).toBe(theirs);
	});

	it('writes through a link whose target is a progress file', () => {
		const home = tempHome();
		const real = path.join(tempHome(), 'synced-progress.json');
		writeFileSync(real, progressText(docWithAnswers(2, 'real')));
		symlinkSync(real, path.join(home, 'progress.json'));
		const result = runCli(['import', exportFile(3)], {SD_TRAINER_HOME: home});
		expect(result.err).toBe('');
		expect(result.code).toBe(0);
		expect(answersIn(real)).toBe(5);
	});

	it('export to a symbolic link does not silently replace the link', () => {
		const {env} = homeWith(2);
		const dir = tempHome();
		const target = path.join(dir, 'target.json');
		writeFileSync(target, 'keep me');
		const link = path.join(dir, 'link.json');
		symlinkSync(target, link);
		const result = runCli(['export', link], env);
		expect(result.code).toBe(1);
		expect(result.err).toContain('symbolic link');
		expect(readFileSync(target, 'utf8')).toBe('keep me');
	});
});

describe('messages built from outside text', () => {
	it('never pass escape sequences from file names or file content to the terminal', () => {
		const home = tempHome();
		writeFileSync(path.join(home, 'progress.json'), '\u001b]0;pwned\u0007\u001b[2J{"version": 3');
		const env = {SD_TRAINER_HOME: home};
		const hostile = path.join(tempHome(), 'x\u001b]0;pwned\u0007\u009b2J.json');
		writeFileSync(hostile, '\u001b[2J not json');
		for (const args of [['stats'], ['export', hostile], ['import', hostile], ['restore', hostile]]) {
			const result = runCli(args, env);
			expect(result.code, args[0]).not.toBe(0);
			// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
			expect(result.err, args[0]).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
		}
	});
});

describe('sd-trainer restore', () => {
	it('lists backups with dates and answer counts, and restores one after backing up the current file', () => {
		const {home, file, env} = homeWith(30);
		expect(runCli(['import', exportFile(5)], env).code).toBe(0);
		writeFileSync(file, '{"version": 3, "answ');
		const list = runCli(['restore'], env);
		expect(list.err).toBe('');
		expect(list.code).toBe(0);
		expect(list.out).toMatch(/1\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+30 answers\s+import/);
		const restored = runCli(['restore', '1'], env);
		expect(restored.err).toBe('');
		expect(restored.code).toBe(0);
		expect(answersIn(file)).toBe(30);
		// The unreadable file was kept aside first.
		expect(readdirSync(home).filter((n) => n.includes('corrupt'))).toHaveLength(1);
	});
});
