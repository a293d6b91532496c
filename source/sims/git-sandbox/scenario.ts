import type {CommitSpec, GraphSpec} from './build.js';

/*
 * The chapter's scenario: feature branched from main at `base` and got A, B,
 * C; meanwhile main got D and E (a teammate's work). Each commit changes one
 * one-line file, so the three ways to integrate never conflict here.
 */
export const BASE: CommitSpec = {key: 'base', message: 'base', files: {'app.txt': 'app v1'}};
const A: CommitSpec = {key: 'A', message: 'A: add search', parents: ['base'], files: {'search.txt': 'search'}};
const B: CommitSpec = {key: 'B', message: 'B: add filters', parents: ['A'], files: {'filters.txt': 'filters'}};
const C: CommitSpec = {key: 'C', message: 'C: fix search typo', parents: ['B'], files: {'search.txt': 'search fixed'}};
const D: CommitSpec = {key: 'D', message: 'D: update footer', parents: ['base'], files: {'footer.txt': 'footer'}};
const E: CommitSpec = {key: 'E', message: 'E: bump version', parents: ['D'], files: {'app.txt': 'app v2'}};
export const SCENARIO: readonly CommitSpec[] = [BASE, A, B, C, D, E];

/** The scenario with HEAD on feature. */
export const START: GraphSpec = {commits: SCENARIO, branches: {main: 'E', feature: 'C'}, head: 'feature'};

/** main's tree once all five changes are in. */
export const ALL_FILES = {'app.txt': 'app v2', 'footer.txt': 'footer', 'search.txt': 'search fixed', 'filters.txt': 'filters'};

/** A goal-graph commit: same message as `c`, new parents. */
export const copy = (c: CommitSpec, key: string, parents: string[]): CommitSpec => ({key, message: c.message, parents});
const plain = SCENARIO.map((c) => ({key: c.key, message: c.message, ...(c.parents ? {parents: c.parents} : {})}));

export const MERGED: GraphSpec = {
	commits: [...plain, {key: 'M', message: '*', parents: ['E', 'C']}],
	branches: {main: 'M', feature: 'C'},
	head: 'main',
};

export const REBASED: GraphSpec = {
	commits: [...plain.filter((c) => !['A', 'B', 'C'].includes(c.key)), copy(A, 'A2', ['E']), copy(B, 'B2', ['A2']), copy(C, 'C2', ['B2'])],
	branches: {main: 'C2', feature: 'C2'},
	head: 'main',
};

export const SQUASHED: GraphSpec = {
	commits: [...plain, {key: 'S', message: '*', parents: ['E']}],
	branches: {main: 'S', feature: 'C'},
	head: 'main',
};

/** A teammate pulled feature: main's work comes in by a merge commit on feature. */
export const SHARED_MERGED: GraphSpec = {
	commits: [...plain, {key: 'M', message: '*', parents: ['C', 'E']}],
	branches: {main: 'E', feature: 'M', 'teammate/feature': 'C'},
	head: 'feature',
};
