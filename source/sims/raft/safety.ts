import {type Ctx, node, violation} from './context.js';

/**
 * Independent records of the Raft safety properties (paper, Figure 3),
 * kept outside the nodes so a bug in a node cannot hide itself:
 * Election Safety, one vote per server per term, Leader Completeness and
 * State Machine Safety (no two servers commit different entries at an index).
 */

export function recordVote(ctx: Ctx, term: number, voter: number, candidate: number): void {
	const last = ctx.book.lastVotes[voter] ?? null;
	if (last !== null && last.term === term && last.candidate !== candidate) {
		violation(ctx, `node ${voter} voted twice in term ${term} (for ${last.candidate} and ${candidate})`);
	} else if (last !== null && last.term > term) {
		// Figure 2 keeps currentTerm persistent and growing, so a vote in an older term means it went back.
		violation(ctx, `node ${voter} voted in term ${term} after voting in term ${last.term}`);
	} else if (last === null || last.term < term) {
		const lastVotes = ctx.book.lastVotes.slice();
		lastVotes[voter] = {term, candidate};
		ctx.book.lastVotes = lastVotes;
	}
}

export function recordLeader(ctx: Ctx, term: number, id: number): void {
	const earlier = ctx.book.leadersByTerm[String(term)];
	if (earlier !== undefined && earlier !== id) {
		violation(ctx, `two leaders in term ${term}: ${earlier} and ${id}`);
	}
	if (earlier === undefined) ctx.book.leadersByTerm = {...ctx.book.leadersByTerm, [String(term)]: id};
	const log = node(ctx, id).log;
	ctx.book.committed.forEach((c, i) => {
		const mine = log[i];
		if (c.inTerm < term && (mine?.term !== c.term || mine.command !== c.command)) {
			violation(ctx, `leader ${id} of term ${term} lacks committed entry ${i + 1}`);
		}
	});
}

/** Called whenever a node's commitIndex moves from `from` to `to`. */
export function observeCommit(ctx: Ctx, id: number, from: number, to: number): void {
	const n = node(ctx, id);
	let committed = ctx.book.committed;
	for (let index = from + 1; index <= to; index++) {
		const entry = n.log[index - 1];
		if (entry === undefined) {
			violation(ctx, `node ${id} committed index ${index} beyond its log`);
			continue;
		}
		const known = committed[index - 1];
		if (known === undefined && committed.length !== index - 1) {
			violation(ctx, `node ${id} committed index ${index} past a gap`);
		} else if (known === undefined) {
			committed = [...committed, {term: entry.term, command: entry.command, inTerm: n.currentTerm}];
		} else if (known.term !== entry.term || known.command !== entry.command) {
			violation(ctx, `node ${id} committed a different entry at index ${index}`);
		}
	}
	ctx.book.committed = committed;
}
