import type {GraphSpec} from './build.js';
import type {CommandName} from './parse.js';
import {ALL_FILES, BASE, MERGED, REBASED, SHARED_MERGED, SQUASHED, START} from './scenario.js';

export interface Level {
	readonly id: string;
	readonly start: GraphSpec;
	/** Branches a teammate already has: read-only, and moving history they hold is flagged. */
	readonly shared?: readonly string[];
	/** Commands run on the start graph before the learner begins (e.g. the bad reset). */
	readonly setup?: readonly string[];
	/** The goal's shape; none for the free sandbox. */
	readonly target?: GraphSpec;
	/** Lines the goal needs in a branch's tree (null: the file must be absent). */
	readonly files?: Readonly<Record<string, Readonly<Record<string, string | null>>>>;
	/** The goal fails once a command rewrote history a teammate has. */
	readonly keepShared?: boolean;
	/** Commands the level accepts (log, reflog, status and undo always work). */
	readonly allowed: readonly CommandName[];
	/** "Git golf": the fewest commands that change the repository. */
	readonly par: number;
	/** A command list that reaches the goal (for the sandbox: a short demo). */
	readonly solution: readonly string[];
}

const INTEGRATE: CommandName[] = ['commit', 'branch', 'switch', 'checkout', 'merge', 'rebase', 'reset', 'cherry-pick', 'revert'];
const RESOLVE: CommandName[] = [...INTEGRATE, 'resolve', 'edit'];

const bisectStart: GraphSpec = {
	commits: [
		BASE,
		{key: 'A', message: 'A: add search', parents: ['base'], files: {'search.txt': 'search'}},
		{key: 'B', message: 'B: cache pages forever', parents: ['A'], files: {'cache.txt': 'cache forever'}},
		{key: 'C', message: 'C: add filters', parents: ['B'], files: {'filters.txt': 'filters'}},
		{key: 'D', message: 'D: update footer', parents: ['base'], files: {'footer.txt': 'footer'}},
		{
			key: 'S',
			message: 'Search, cache and filters (#7)',
			parents: ['D'],
			files: {'search.txt': 'search', 'cache.txt': 'cache forever', 'filters.txt': 'filters'},
		},
	],
	branches: {main: 'S', feature: 'C'},
	head: 'main',
};

const lostStart: GraphSpec = {
	commits: [
		BASE,
		{key: 'A', message: 'add login', parents: ['base'], files: {'login.txt': 'login'}},
		{key: 'B', message: 'add logout', parents: ['A'], files: {'logout.txt': 'logout'}},
		{key: 'C', message: 'add session timeout', parents: ['B'], files: {'session.txt': 'timeout 15m'}},
	],
	branches: {main: 'C'},
	head: 'main',
};

const conflictStart = (head: string): GraphSpec => ({
	commits: [
		{key: 'base', message: 'base', files: {'config.txt': 'timeout=30'}},
		{key: 'A', message: 'A: add retry', parents: ['base'], files: {'retry.txt': 'retry=3'}},
		{key: 'B', message: 'B: shorten timeout', parents: ['A'], files: {'config.txt': 'timeout=10'}},
		{key: 'D', message: 'D: raise timeout', parents: ['base'], files: {'config.txt': 'timeout=60'}},
	],
	branches: {main: 'D', feature: 'B'},
	head,
});
const keys = (graph: GraphSpec) => graph.commits.map((c) => ({key: c.key, message: c.message, ...(c.parents ? {parents: c.parents} : {})}));

const LEVEL_LIST: readonly Level[] = [
	{
		id: 'merge',
		start: START,
		target: MERGED,
		files: {main: ALL_FILES},
		allowed: INTEGRATE,
		par: 2,
		solution: ['switch main', 'merge feature'],
	},
	{
		id: 'rebase',
		start: START,
		target: REBASED,
		files: {main: ALL_FILES},
		allowed: INTEGRATE,
		par: 3,
		solution: ['rebase main', 'switch main', 'merge feature'],
	},
	{
		id: 'squash',
		start: START,
		target: SQUASHED,
		files: {main: ALL_FILES},
		allowed: INTEGRATE,
		par: 3,
		solution: ['switch main', 'merge --squash feature', 'commit -m "Add search and filters (#1)"'],
	},
	{
		id: 'shared-branch',
		start: {...START, branches: {...START.branches, 'teammate/feature': 'C'}},
		shared: ['teammate/feature'],
		target: SHARED_MERGED,
		keepShared: true,
		files: {feature: ALL_FILES},
		allowed: INTEGRATE,
		par: 1,
		solution: ['merge main'],
	},
	{
		id: 'squash-bisect',
		start: bisectStart,
		target: {
			commits: [...keys(bisectStart), {key: 'R', message: 'Revert "B: cache pages forever"', parents: ['S']}],
			branches: {main: 'R', feature: 'C'},
			head: 'main',
		},
		files: {main: {'cache.txt': null, 'search.txt': 'search', 'filters.txt': 'filters'}},
		allowed: INTEGRATE,
		par: 1,
		solution: ['revert feature~1'],
	},
	{
		id: 'reflog-rescue',
		start: lostStart,
		setup: ['reset --hard HEAD~2'],
		target: {commits: keys(lostStart), branches: {main: 'C'}, head: 'main'},
		allowed: INTEGRATE,
		par: 1,
		solution: ['reset --hard main@{1}'],
	},
	{
		id: 'merge-conflict',
		start: conflictStart('main'),
		target: {
			commits: [...keys(conflictStart('main')), {key: 'M', message: '*', parents: ['D', 'B']}],
			branches: {main: 'M', feature: 'B'},
			head: 'main',
		},
		files: {main: {'config.txt': 'timeout=10', 'retry.txt': 'retry=3'}},
		allowed: RESOLVE,
		par: 3,
		solution: ['merge feature', 'resolve config.txt theirs', 'commit'],
	},
	{
		id: 'rebase-conflict',
		start: conflictStart('feature'),
		target: {
			commits: [
				...keys(conflictStart('feature')).filter((c) => c.key === 'base' || c.key === 'D'),
				{key: 'A2', message: 'A: add retry', parents: ['D']},
				{key: 'B2', message: 'B: shorten timeout', parents: ['A2']},
			],
			branches: {main: 'D', feature: 'B2'},
			head: 'feature',
		},
		files: {feature: {'config.txt': 'timeout=10', 'retry.txt': 'retry=3'}},
		allowed: RESOLVE,
		par: 3,
		solution: ['rebase main', 'resolve config.txt theirs', 'rebase --continue'],
	},
	{
		id: 'sandbox',
		start: {commits: [BASE], branches: {main: 'base'}, head: 'main'},
		allowed: RESOLVE,
		par: 0,
		solution: [
			'commit -m one',
			'switch -c topic',
			'edit app.txt "app v2"',
			'commit -m two',
			'switch main',
			'commit -m three',
			'merge topic',
		],
	},
];

export const LEVEL_IDS = LEVEL_LIST.map((l) => l.id) as [string, ...string[]];

export function levelById(id: string): Level {
	const level = LEVEL_LIST.find((l) => l.id === id);
	if (!level) throw new Error(`no level ${id}`);
	return level;
}

/** Every level, in the order the chapter's pack offers them (its entries hold each level's title, goal and hints). */
export const LEVELS = LEVEL_LIST;
