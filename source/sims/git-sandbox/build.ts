import {addCommit, applyChanges, pointHead, setBranch, treeOf} from './graph.js';
import {type Changes, EMPTY_REPO, type Repo} from './model.js';

/** A commit in a level's start or goal graph, named by a key the level uses. */
export interface CommitSpec {
	readonly key: string;
	/** In a goal, "*" accepts any message. */
	readonly message: string;
	readonly parents?: readonly string[];
	/** The commit's change on top of its first parent (start graphs). */
	readonly files?: Changes;
}

export interface GraphSpec {
	readonly commits: readonly CommitSpec[];
	/** Branch → commit key. */
	readonly branches: Readonly<Record<string, string>>;
	/** A branch name (attached) or a commit key (detached). */
	readonly head: string;
}

/** Builds a repository from a spec, in the order given (parents first). */
export function buildRepo(spec: GraphSpec, shared: readonly string[] = []): Repo {
	let repo: Repo = {...EMPTY_REPO, shared: [...shared]};
	const ids = new Map<string, string>();
	for (const c of spec.commits) {
		const parents = (c.parents ?? []).map((p) => {
			const id = ids.get(p);
			if (!id) throw new Error(`commit ${c.key}: parent ${p} comes later or is missing`);
			return id;
		});
		const [next, id] = addCommit(repo, parents, c.message, applyChanges(treeOf(repo, parents[0]), c.files ?? {}));
		repo = next;
		ids.set(c.key, id);
	}
	for (const [name, key] of Object.entries(spec.branches)) repo = setBranch(repo, name, ids.get(key)!, 'branch: Created');
	const head = spec.branches[spec.head] ? {kind: 'branch' as const, name: spec.head} : {kind: 'detached' as const, id: ids.get(spec.head)!};
	return pointHead(repo, head, `checkout: moving to ${spec.head}`);
}
