import {randomBytes} from 'node:crypto';
import {linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs';
import {hostname} from 'node:os';
import {alive} from './process-alive.js';
import {StoreError} from './store-error.js';

/** How long a waiter waits by default: longer than a save of a very big file takes. */
export const LOCK_WAIT_MS = 60_000;
/** A lock from another host (a shared home) whose owner cannot be asked is stale after this long. */
const FOREIGN_STALE_MS = 10 * 60_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

type Owner = {pid: number; host: string; token: string};

function sleep(ms: number): void {
	Atomics.wait(sleeper, 0, 0, ms);
}

function readOwner(lockPath: string): Owner | 'gone' | 'unknown' {
	try {
		const text = readFileSync(lockPath, 'utf8');
		const owner = JSON.parse(text) as Partial<Owner>;
		if (typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.token === 'string') return owner as Owner;
		return 'unknown';
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unknown';
	}
}

/**
 * A lock is stale only when its owner is certainly gone: a dead PID on this
 * host, or a lock from another host untouched for a long time. A live owner
 * keeps its lock however long it takes (stopped, or saving a big file).
 * A lock in the old format (a bare PID) counts by its PID.
 */
function stale(lockPath: string, owner: Owner | 'unknown'): boolean {
	if (owner === 'unknown') {
		const text = safeRead(lockPath);
		// An older sd-trainer created its lock empty, then wrote its PID: empty for a second means it died.
		if (text === '') return ageOf(lockPath) > 1000;
		const pid = Number(text);
		return Number.isInteger(pid) && pid > 0 && !alive(pid);
	}
	if (owner.host === hostname()) return !alive(owner.pid);
	return ageOf(lockPath) > FOREIGN_STALE_MS;
}

function ageOf(file: string): number {
	try {
		return Date.now() - statSync(file).mtimeMs;
	} catch {
		return 0;
	}
}

function safeRead(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}

/**
 * Removes a stale lock without ever removing a fresh one that replaced it:
 * the lock is first renamed aside, then checked; if what was moved is not the
 * stale lock, it is put back.
 */
function breakStale(lockPath: string, seen: string): void {
	const aside = `${lockPath}.stale-${randomBytes(4).toString('hex')}`;
	try {
		renameSync(lockPath, aside);
	} catch {
		return;
	}
	if (safeRead(aside) !== seen) {
		try {
			linkSync(aside, lockPath);
		} catch {}
	}
	try {
		unlinkSync(aside);
	} catch {}
}

export type LockOptions = {
	/** Longest wait for another holder (then a 'busy' StoreError). */
	waitMs?: number;
};

/**
 * Runs `fn` while holding an exclusive lock file, so that two processes'
 * read-merge-write cycles never interleave. The lock file appears complete
 * (written aside, then hard-linked into place, which fails if it exists) and
 * holds a random token; only the owner of that token removes it. Waiters back
 * off from 1 ms to 20 ms between tries.
 */
export function withFileLock<T>(lockPath: string, fn: () => T, options: LockOptions = {}): T {
	const token = randomBytes(8).toString('hex');
	const mine = JSON.stringify({pid: process.pid, host: hostname(), token});
	const draft = `${lockPath}.${process.pid}-${token}`;
	try {
		writeFileSync(draft, mine);
	} catch (error) {
		throw StoreError.from(error, lockPath);
	}
	const deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS);
	let pause = 1;
	try {
		for (;;) {
			try {
				linkSync(draft, lockPath);
				break;
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			}
			const seen = safeRead(lockPath);
			const owner = readOwner(lockPath);
			if (owner === 'gone') continue;
			if (stale(lockPath, owner)) {
				breakStale(lockPath, seen);
				continue;
			}
			if (Date.now() >= deadline) {
				const pid = owner === 'unknown' ? '?' : owner.pid;
				throw new StoreError('busy', `pid ${pid} holds ${lockPath}`);
			}
			sleep(Math.min(pause, Math.max(1, deadline - Date.now())));
			pause = Math.min(pause * 2, 20);
		}
	} finally {
		try {
			unlinkSync(draft);
		} catch {}
	}
	try {
		return fn();
	} finally {
		// Only the owner removes the lock, and only its own.
		if (safeRead(lockPath) === mine) {
			try {
				unlinkSync(lockPath);
			} catch {}
		}
	}
}
