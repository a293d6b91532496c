import {describe, expect, it} from 'vitest';
import {type GitSandboxState, gitSandbox, goalMet} from '../../source/sims/git-sandbox/engine.js';
import {loadPackDir} from '../../source/content/load-packs.js';
import {LEVEL_IDS, LEVELS} from '../../source/sims/git-sandbox/levels.js';
import {narrate} from '../../source/sims/git-sandbox/narrate.js';
import {meets} from '../../source/sims/run.js';
import {deepFreeze} from '../support/sims.js';

const init = (level: string) => gitSandbox.init(gitSandbox.params.parse({level}), 1);
function play(level: string, commands: readonly string[], from = init(level)): GitSandboxState {
	let s = from;
	for (const text of commands) s = gitSandbox.step(s, {type: 'command', text});
	return s;
}
const last = (s: GitSandboxState) => s.history[s.history.length - 1]!;
const solution = (id: string) => LEVELS.find((l) => l.id === id)!.solution;

describe('git sandbox levels', () => {
	it.each(LEVELS.filter((l) => l.target).map((l) => [l.id] as const))(
		'%s: the start misses the goal, the solution meets it at par',
		(id) => {
			const start = init(id);
			expect(goalMet(start)).toBe(false);
			const end = play(id, solution(id));
			expect(end.history.filter((h) => h.error)).toEqual([]);
			expect(goalMet(end)).toBe(true);
			expect(gitSandbox.summary(end)).toMatchObject({goalMet: true, commands: LEVELS.find((l) => l.id === id)!.par, inProgress: null});
		},
	);

	it('a headless run (ticks) plays the solution and stops at the goal', () => {
		for (const id of LEVEL_IDS) {
			let s = init(id);
			let ticks = 0;
			while (!gitSandbox.done(s)) {
				s = gitSandbox.step(s, {type: 'tick'});
				ticks++;
			}
			expect(ticks, id).toBe(solution(id).length);
			expect(gitSandbox.summary(s).goalMet, id).toBe(id !== 'sandbox');
		}
	});

	it("the chapter's three integrations: main holds 7 commits by merge, 6 by rebase, 4 by squash", () => {
		const merge = gitSandbox.summary(play('merge', solution('merge')));
		const rebase = gitSandbox.summary(play('rebase', solution('rebase')));
		const squash = gitSandbox.summary(play('squash', solution('squash')));
		expect([merge.reachableFrom.main, rebase.reachableFrom.main, squash.reachableFrom.main]).toEqual([7, 6, 4]);
		expect([merge.mergeCommits, rebase.mergeCommits, squash.mergeCommits]).toEqual([1, 0, 0]);
		expect([merge.linear, rebase.linear]).toEqual([false, true]);
		// feature keeps A, B, C after a squash: main's history is linear, the graph as a whole is not one line.
		expect(squash.reachableFrom.feature).toBe(4);
		// Rebase made new commits: A, B, C are no longer reachable, their copies are.
		expect(rebase.reachable).toBe(6);
	});

	it('the wrong integration misses the goal: merge in the rebase level, rebase in the merge level', () => {
		expect(goalMet(play('rebase', solution('merge')))).toBe(false);
		expect(goalMet(play('merge', solution('rebase')))).toBe(false);
		// A squash "faked" by an unrelated commit has the shape but not the files.
		expect(goalMet(play('squash', ['switch main', 'commit -m "Add search and filters (#1)"']))).toBe(false);
	});

	it('shared branch: rebase is flagged as rewriting what the teammate pulled and fails the goal; merge does not', () => {
		const rebased = play('shared-branch', ['rebase main']);
		expect(last(rebased).rewroteShared).toEqual(['feature']);
		expect(gitSandbox.summary(rebased)).toMatchObject({rewroteShared: 1, goalMet: false});
		expect(narrate(last(rebased), 'en')).toContain('Warning: feature lost commits your teammate pulled; pushing needs --force');
		expect(narrate(last(rebased), 'ko')).toContain('경고: 팀원이 받아 간 커밋이 feature에서 빠졌다. push는 --force로');
		// The teammate's copy still has A, B, C: the graph now holds both versions.
		expect(gitSandbox.summary(rebased).reachable).toBe(9);
		// Undo restores the earlier state entirely, the flag with it: nothing rewritten was kept.
		const undone = play('shared-branch', ['undo'], rebased);
		expect(gitSandbox.summary(undone)).toMatchObject({rewroteShared: 0, goalMet: false});
		expect(gitSandbox.summary(play('shared-branch', ['merge main'], undone))).toMatchObject({rewroteShared: 0, goalMet: true});
		// Undoing a later command keeps the flag: the rewrite is still there.
		const thenMerged = play('shared-branch', ['merge teammate/feature'], rebased);
		expect(gitSandbox.summary(play('shared-branch', ['undo'], thenMerged)).rewroteShared).toBe(1);
		expect(gitSandbox.summary(play('shared-branch', ['merge main'])).rewroteShared).toBe(0);
		// Resetting feature back past the teammate's commit is a rewrite too.
		expect(last(play('shared-branch', ['reset --hard HEAD~1'])).rewroteShared).toEqual(['feature']);
	});

	it('squash-bisect: reverting the squash undoes all three changes, not only the bad one', () => {
		const all = play('squash-bisect', ['revert HEAD']);
		expect(goalMet(all)).toBe(false);
		const tree = all.repo.commits[all.repo.branches.main!]!.tree;
		expect(tree['search.txt']).toBeUndefined();
		expect(tree['cache.txt']).toBeUndefined();
	});

	it('reflog-rescue: the bad reset left main two commits back, and the reflog remembers', () => {
		const s = init('reflog-rescue');
		expect(gitSandbox.summary(s).reachableFrom.main).toBe(2);
		const log = play('reflog-rescue', ['reflog main'], s);
		expect(last(log).event?.lines).toEqual([
			`${s.repo.branches.main} main@{0}: reset: moving to HEAD~2`,
			`${s.repo.reflog.main![1]!.id} main@{1}: branch: Created`,
		]);
		// Looking does not count against par.
		expect(log.commands).toBe(0);
	});

	it("every level has an entry in chapter 56's pack: its title, goal and hints in ko and en, and par no larger than its solution", () => {
		const pack = loadPackDir('lessons').packs.find((p) => p.chapter === 56)!;
		for (const level of LEVELS) {
			const entries = pack.simulations.filter((s) => (s.params as {level?: string}).level === level.id);
			expect(
				entries.map((e) => e.id),
				level.id,
			).toEqual([`git-${level.id}`]);
			const entry = entries[0]!;
			const texts = [entry.title, entry.intro!, ...entry.challenges.flatMap((c) => [c.title, c.hint!])];
			for (const t of texts) expect(t.ko.length * t.en.length, level.id).toBeGreaterThan(0);
			// Every challenge is about its own level: met in no other.
			for (const c of entry.challenges) expect([c.goal].flat()[0], c.id).toEqual({metric: 'level', op: '==', value: level.id});
			if (level.target) expect(level.par).toBeLessThanOrEqual(level.solution.length);
		}
	});
});

describe('git sandbox script (what a run plays)', () => {
	const run = (params: Record<string, unknown>) => {
		let s = gitSandbox.init(gitSandbox.params.parse(params), 1);
		let ticks = 0;
		while (!gitSandbox.done(s)) {
			s = gitSandbox.step(s, {type: 'tick'});
			ticks++;
		}
		return {s, ticks};
	};

	it('plays nothing when empty: one idle tick, the goal not met (what a level entry starts with)', () => {
		const {s, ticks} = run({level: 'merge', script: ''});
		expect(ticks).toBe(1);
		expect(gitSandbox.summary(s)).toMatchObject({goalMet: false, commands: 0, reachableFrom: {main: 3}});
		expect(gitSandbox.done(gitSandbox.init(gitSandbox.params.parse({level: 'merge', script: ''}), 1))).toBe(false);
	});

	it('plays its commands, split on ";", and stops at the goal', () => {
		const {s, ticks} = run({level: 'merge', script: ' switch main ;; merge feature; log '});
		expect(ticks).toBe(2);
		expect(gitSandbox.summary(s)).toMatchObject({goalMet: true, commands: 2, ran: {switch: 1, merge: 1}});
		// A wrong script plays to its end and misses.
		expect(gitSandbox.summary(run({level: 'merge', script: 'rebase main; switch main; merge feature'}).s).goalMet).toBe(false);
	});

	it('counts each command that changed the repository by name, and undo takes its count back', () => {
		const s = play('merge', ['switch main', 'log', 'merge feature', 'bogus']);
		expect(gitSandbox.summary(s).ran).toEqual({switch: 1, merge: 1});
		expect(gitSandbox.summary(play('merge', ['undo'], s)).ran).toEqual({switch: 1});
	});
});

describe('git sandbox engine', () => {
	it('never mutates a state (frozen before every step)', () => {
		for (const level of LEVELS) {
			let s = deepFreeze(init(level.id));
			for (const text of [...level.solution, 'undo', 'log', 'reflog', 'bogus', 'merge --abort']) {
				s = deepFreeze(gitSandbox.step(s, {type: 'command', text}));
				gitSandbox.summary(s);
			}
		}
		let s = deepFreeze(init('rebase-conflict'));
		for (const text of [
			'rebase main',
			'status',
			'resolve config.txt ours',
			'rebase --abort',
			'rebase main',
			'edit config.txt "x"',
			'rebase --continue',
		]) {
			s = deepFreeze(gitSandbox.step(s, {type: 'command', text}));
		}
		expect(gitSandbox.summary(s).inProgress).toBeNull();
	});

	it('is deterministic: the same commands give the same ids and the same state', () => {
		for (const id of LEVEL_IDS) expect(play(id, solution(id))).toEqual(play(id, solution(id)));
		// The seed plays no part: commit ids come from parents, message and order.
		expect(init('merge')).toEqual(gitSandbox.init(gitSandbox.params.parse({level: 'merge'}), 99));
		expect(Object.keys(init('merge').repo.commits).sort()).toEqual(['0acd86d', '179f0f0', '2672b9b', '80e2d33', 'c57d02d', 'fe236be']);
	});

	it('undo takes back the last change and its count; looking is not counted', () => {
		const afterSwitch = play('merge', ['switch main']);
		const merged = play('merge', ['merge feature'], afterSwitch);
		const undone = play('merge', ['undo'], merged);
		expect(undone.repo).toEqual(afterSwitch.repo);
		expect(undone.commands).toBe(1);
		expect(play('merge', ['log', 'reflog', 'status', 'branch', 'switch feature'], init('merge')).commands).toBe(0);
		expect(last(play('merge', ['undo'])).error?.code).toBe('nothing-to-undo');
	});

	it('resolves refs: ~n, ^n, @{n}, id prefixes, and says which one goes too far', () => {
		const s = play('merge', solution('merge'));
		const show = (ref: string) => last(play('merge', [`log ${ref}`], s)).event?.lines?.[0];
		const {commits, branches} = s.repo;
		const merge = commits[branches.main!]!;
		expect(show('HEAD^2')).toBe(`${merge.parents[1]} C: fix search typo`);
		expect(show('HEAD^')).toBe(`${merge.parents[0]} E: bump version`);
		expect(show('HEAD~3')).toMatch(/ base$/);
		expect(show('HEAD^2~2')).toMatch(/ A: add search$/);
		expect(show('main@{1}')).toMatch(/ E: bump version$/);
		expect(show('@')).toBe(`${merge.id} Merge branch 'feature'`);
		expect(show(merge.id.slice(0, 4))).toBe(`${merge.id} Merge branch 'feature'`);
		expect(show('HEAD^0')).toBe(`${merge.id} Merge branch 'feature'`);
		expect(last(play('merge', ['log HEAD~9'], s)).error).toEqual({code: 'no-parent', a: 'HEAD~9'});
		expect(last(play('merge', ['log main@{7}'], s)).error).toEqual({code: 'reflog-short', a: 'main', b: '2'});
		expect(last(play('merge', ['log HEAD^3'], s)).error?.code).toBe('no-parent');
	});

	it('takes Korean commit messages and quotes', () => {
		const s = play('sandbox', ['commit -m "검색 기능 추가"', "commit -m '작은 따옴표'"]);
		expect(Object.values(s.repo.commits).map((c) => c.message)).toContain('검색 기능 추가');
		expect(narrate(last(s), 'ko')).toBe(`"작은 따옴표" 커밋을 만들었다(${s.repo.branches.main}).`);
	});
});

describe("git sandbox challenges in chapter 56's pack", () => {
	const pack = loadPackDir('lessons').packs.find((p) => p.chapter === 56)!;
	const run = (params: Record<string, unknown>, seed: number) => {
		let s = gitSandbox.init(gitSandbox.params.parse(params), seed);
		while (!gitSandbox.done(s)) s = gitSandbox.step(s, {type: 'tick'});
		return gitSandbox.summary(s);
	};
	const challenges = pack.simulations.flatMap((sim) => sim.challenges.map((c) => [`${sim.id}/${c.id}`, sim, c] as const));
	// What a learner might try instead of the idea: nothing, only looking, an undo, or another level's answer.
	const others = (level: string) => LEVELS.filter((l) => l.id !== level).map((l) => l.solution.join('; '));

	it.each(challenges)(
		'%s: the pack fails it and the solution meets it on seeds 1–20; nothing, looking or another level’s answer fails',
		(_, sim, c) => {
			const params = sim.params as {level: string};
			for (let seed = 1; seed <= 20; seed++) {
				expect(meets(run(params, seed), c.goal), `seed ${seed}`).toBe(false);
				expect(meets(run({...params, ...c.solution}, seed), c.goal), `seed ${seed}`).toBe(true);
			}
			// Seeing a rewrite is the point of shared-see-rewrite: the rebase level's answer is one.
			const answers = c.id === 'shared-see-rewrite' ? [] : others(params.level);
			for (const script of ['', 'log; reflog; status; branch', 'undo', ...answers])
				expect(meets(run({...params, script}, 1), c.goal), script).toBe(false);
		},
	);
});
