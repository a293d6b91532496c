import type {Repo} from './model.js';
import {fail, type Result} from './outcome.js';
import {branch, commit, edit, log, reflog, resetHard, resolve, status, switchTo} from './ops-basic.js';
import {merge, mergeAbort} from './ops-merge.js';
import {pick, pickAbort, pickContinue, rebase, rebaseAbort, rebaseContinue} from './ops-replay.js';
import type {Command} from './parse.js';

/** Runs one parsed command on a repo (undo is the engine's: it needs the history). */
export function apply(repo: Repo, c: Command): Result {
	switch (c.name) {
		case 'commit':
			return commit(repo, c.message);
		case 'branch':
			return branch(repo, c.branch, c.start);
		case 'switch':
		case 'checkout':
			return switchTo(repo, c.target, c.create, c.start, c.name === 'checkout');
		case 'merge':
			return c.mode === 'abort' ? mergeAbort(repo) : merge(repo, c.ref!, c.mode);
		case 'rebase':
			return c.mode === 'continue' ? rebaseContinue(repo) : c.mode === 'abort' ? rebaseAbort(repo) : rebase(repo, c.ref!);
		case 'cherry-pick':
		case 'revert':
			return c.mode === 'continue' ? pickContinue(repo, c.name) : c.mode === 'abort' ? pickAbort(repo, c.name) : pick(repo, c.ref!, c.name);
		case 'reset':
			return resetHard(repo, c.ref);
		case 'reflog':
			return reflog(repo, c.ref);
		case 'log':
			return log(repo, c.ref);
		case 'resolve':
			return resolve(repo, c.file, c.side);
		case 'edit':
			return edit(repo, c.file, c.text);
		case 'status':
			return status(repo);
		case 'undo':
			return fail('nothing-to-undo');
	}
}
