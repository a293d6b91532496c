import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {checkPacks} from '../source/content/check-pack.js';
import {loadPackDir, loadPacks} from '../source/content/load-packs.js';
import {formatProblem, type Problem, parsePack} from '../source/content/parse-pack.js';
import {ENGINES} from '../source/sims/registry.js';

const shipped = loadPackDir('lessons').packs;
const dir = 'test/fixtures/bad-sims';
// Errors only: the quality rules' warnings about these one-card fixtures are not what is tested here.
const errorsOf = (problems: Problem[]) => problems.filter((p) => !p.warning).map(formatProblem);
const problemsOf = (name: string) => errorsOf(loadPacks([`${dir}/${name}.yaml`], {known: shipped}).problems);

describe('the pack checker, beyond the schema', () => {
	it('names an engine that does not exist, at its line', () => {
		expect(problemsOf('unknown-engine')).toEqual([
			`${dir}/unknown-engine.yaml:13:13 simulations.0.engine: no simulation engine "rate-limitr" (did you mean "rate-limiter"? \`sd-trainer sim --list\` lists all ${ENGINES.length})`,
		]);
	});

	it('applies the engine’s own params schema and refuses a param it does not know', () => {
		expect(problemsOf('bad-params')).toEqual([
			`${dir}/bad-params.yaml:16:17 simulations.0.params.capacity: Too small: expected number to be >=1`,
			`${dir}/bad-params.yaml:17:15 simulations.0.params.colour: unknown param "colour" (rate-limiter has: algorithm, capacity, rate, burst, steadyRate, duration, tickMs, refill)`,
		]);
	});

	it('finds a metric no summary has', () => {
		const [problem] = problemsOf('unknown-metric');
		expect(problem).toMatch(/^test\/fixtures\/bad-sims\/unknown-metric\.yaml:18:24 simulations\.0\.challenges\.0\.goal\.metric: /);
		expect(problem).toContain('"droped" is not in the rate-limiter summary (it has: algorithm, timeMs, arrived, accepted, dropped,');
	});

	it('runs each challenge: its solution must meet the goal, the defaults must not, and a solution must exist', () => {
		expect(problemsOf('unmet-solution')).toEqual([
			`${dir}/unmet-solution.yaml:19:19 simulations.0.challenges.0.solution: challenge "no-drops": its solution does not meet the goal (dropped = 9)`,
		]);
		expect(problemsOf('met-by-defaults')).toEqual([
			`${dir}/met-by-defaults.yaml:18:15 simulations.0.challenges.0.goal: challenge "anything" is met by the default params: a challenge must ask the learner to change something`,
			`${dir}/met-by-defaults.yaml:20:9 simulations.0.challenges.1: challenge "unsolved" has no solution: give the params that meet its goal`,
		]);
	});

	it('checks what a challenge keeps: params of the simulation, left alone by its solution', () => {
		expect(problemsOf('bad-keep')).toEqual([
			`${dir}/bad-keep.yaml:17:23 simulations.0.challenges.0.keep.1: challenge "keeps-nothing-real" keeps "colour", which is not a param of the simulation`,
			`${dir}/bad-keep.yaml:25:19 simulations.0.challenges.1.solution: challenge "changes-what-it-keeps": its solution changes "capacity", which the challenge keeps`,
		]);
	});

	it('refuses a solution the simulation screen cannot set', () => {
		const yaml = readFileSync(`${dir}/unmet-solution.yaml`, 'utf8')
			.replace('engine: rate-limiter', 'engine: raft')
			.replace(
				/goal: .*\n.*solution: .*/,
				'goal: {metric: safetyViolations, op: "==", value: 1}\n        solution: {faults: [{atMs: 100, type: crash, node: leader}]}',
			);
		const {pack} = parsePack(yaml, 'x.yaml');
		const issues = checkPacks([pack!], {engines: ENGINES})[0]!.map((i) => i.message);
		expect(issues).toContain(
			'simulations.0.challenges.0.solution.faults: challenge "no-drops": its solution sets "faults", which the simulation screen cannot change',
		);
	});

	it('keeps an extra pack from shadowing a shipped chapter, and ids unique across packs', () => {
		expect(problemsOf('shadows-shipped')).toEqual([
			`${dir}/shadows-shipped.yaml:2:5 duplicate pack: id "load-balancing" is already used by another pack`,
			`${dir}/shadows-shipped.yaml:3:10 duplicate pack: chapter 57 is already used by pack "load-balancing"`,
		]);
		const twice = loadPacks(['test/fixtures/good/91-fixture.yaml', 'test/fixtures/good/91-fixture.yaml']);
		expect(twice.packs).toHaveLength(1);
		expect(errorsOf(twice.problems)).toEqual([
			'test/fixtures/good/91-fixture.yaml:1:5 duplicate pack: id "fixture-queues" is already used by another pack',
			'test/fixtures/good/91-fixture.yaml:2:10 duplicate pack: chapter 91 is already used by pack "fixture-queues"',
		]);
	});

	it('skips every bad pack of a folder and reports each, keeping none of them', () => {
		const {packs, problems} = loadPackDir(dir, {known: shipped});
		expect(packs).toEqual([]);
		expect(new Set(problems.map((p) => p.file)).size).toBe(7);
	});
});
