import {closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync} from 'node:fs';

const WAIT_MS = 5;
const GIVE_UP_MS = 5000;
const STALE_MS = 10_000;
/** A lock file with no pid yet is being written; after this long its writer died. */
const UNWRITTEN_MS = 1000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function sleep(ms: number): void {
	Atomics.wait(sleeper, 0, 0, ms);
}

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/** A lock left behind by a process that died (or hung) while holding it. */
function stale(lockPath: string): boolean {
	try {
		const text = readFileSync(lockPath, 'utf8');
		const age = Date.now() - statSync(lockPath).mtimeMs;
		// Killed between creating the file and writing its pid.
		if (text === '') return age > UNWRITTEN_MS;
		const pid = Number(text);
		if (Number.isInteger(pid) && pid > 0 && !alive(pid)) return true;
		return age > STALE_MS;
	} catch {
		return false; // gone already, or half-written by its owner: try again
	}
}

/**
 * Runs `fn` while holding an exclusive lock file, so that two processes'
 * read-merge-write cycles never interleave. Held for milliseconds.
 */
export function withFileLock<T>(lockPath: string, fn: () => T): T {
	const deadline = Date.now() + GIVE_UP_MS;
	for (;;) {
		try {
			const fd = openSync(lockPath, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			break;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			if (stale(lockPath)) {
				try {
					unlinkSync(lockPath);
				} catch {}
				continue;
			}
			if (Date.now() > deadline) throw new Error(`another sd-trainer holds ${lockPath}`);
			sleep(WAIT_MS);
		}
	}
	try {
		return fn();
	} finally {
		try {
			unlinkSync(lockPath);
		} catch {}
	}
}
