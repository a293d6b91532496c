import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {type AnswerRecord, addAnswer, emptyDoc, type ProgressDoc} from '../../source/progress/progress-doc.js';
import {CLI, childEnv} from './pty.js';

/** A valid progress document holding `count` answers named `prefix-i`. */
export function docWithAnswers(count: number, prefix = 'a', base = 1_700_000_000_000): ProgressDoc {
	let doc = emptyDoc();
	for (let i = 0; i < count; i++) {
		const answer: AnswerRecord = {
			pack: 'kafka',
			item: `q-${i % 20}`,
			at: base + i,
			ms: 1000,
			correct: i % 3 !== 0,
			score: i % 3 !== 0 ? 1 : 0,
			rating: i % 3 !== 0 ? 3 : 1,
			mode: 'review',
		};
		doc = addAnswer(doc, `${prefix}-${i}`, answer);
	}
	return doc;
}

export const progressText = (doc: ProgressDoc): string => JSON.stringify(doc, null, '\t');

export type Plain = {code: number | null; out: string; err: string; signal: NodeJS.Signals | null};

/**
 * Runs the built CLI without a terminal. `fileLimitKiB` runs it under
 * `ulimit -f` (a full disk as far as the process can tell: writes past the
 * limit fail with EFBIG, since Node ignores SIGXFSZ). `uid` drops to that user.
 */
export function runCli(args: string[], env: Record<string, string>, options: {fileLimitKiB?: number; uid?: number} = {}): Plain {
	const node = [process.execPath, CLI, ...args];
	const [command, argv] =
		options.fileLimitKiB === undefined
			? [node[0]!, node.slice(1)]
			: ['bash', ['-c', `ulimit -f ${options.fileLimitKiB}; exec "$@"`, 'bash', ...node]];
	const result = spawnSync(command, argv, {
		encoding: 'utf8',
		env: childEnv(env),
		input: '',
		...(options.uid === undefined ? {} : {uid: options.uid, gid: options.uid}),
	});
	return {code: result.status, out: result.stdout, err: result.stderr, signal: result.signal};
}

/** The number of answers in a progress file (in the log and the archive), or undefined if it does not parse. */
export function answersIn(file: string): number | undefined {
	try {
		const doc = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as ProgressDoc;
		const archived = Object.values(doc.archive ?? {}).flatMap((items) =>
			Object.values(items).flatMap((text) => (text ? text.split(',') : [])),
		);
		return Object.keys(doc.answers ?? {}).length + archived.length;
	} catch {
		return undefined;
	}
}

/** Backups in `home/backups` and the answers each holds (undefined: unreadable). */
export function backupCounts(home: string): (number | undefined)[] {
	const dir = path.join(home, 'backups');
	let names: string[] = [];
	try {
		names = readdirSync(dir);
	} catch {}
	return names.sort().map((name) => answersIn(path.join(dir, name)));
}
