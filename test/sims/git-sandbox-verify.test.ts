import {afterEach, describe, expect, it} from 'vitest';
import {HAS_GIT} from '../../source/commands/git-real.js';
import {gitCommand} from '../../source/commands/git-verify.js';

const why = HAS_GIT ? '' : ' (skipped: git is not installed)';
const path = process.env.PATH;
afterEach(() => {
	process.env.PATH = path;
});

describe('sd-trainer git verify', () => {
	it.skipIf(!HAS_GIT)(`replays a level's solution in a real git and finds the same graph${why}`, () => {
		const result = gitCommand(['verify', 'squash']);
		expect(result.code).toBe(0);
		expect(result.out[0]).toMatch(/^Compared with git version /);
		expect(result.out.slice(1)).toEqual([
			'  ✓ squash: switch main; merge --squash feature; commit -m "Add search and filters (#1)" → the same graph in git (7 commits, main\'s history 4; branches feature, main)',
		]);
	});

	it('says what it takes when used wrong, and names the levels', () => {
		expect(gitCommand([])).toMatchObject({code: 2, err: [expect.stringMatching(/^Usage: sd-trainer git verify \[LEVEL\]/)]});
		expect(gitCommand(['verify', 'nope']).err[0]).toContain('no level "nope"');
		expect(gitCommand(['verify', 'nope']).err[0]).toContain('merge, rebase, squash, shared-branch');
	});

	it('says clearly when git is not installed', () => {
		process.env.PATH = '/nonexistent';
		expect(gitCommand(['verify', 'merge'])).toEqual({
			code: 1,
			out: [],
			err: ['sd-trainer: git is not installed (or not on PATH), so there is nothing to compare with. The sandbox itself needs no git.'],
		});
	});
});
