import {type Lang, truncate} from '../../content/text.js';
import {commitOf, headId, reachable} from './graph.js';
import type {Repo} from './model.js';

/** `(HEAD -> main, feature) ` as `git log --decorate` writes it. */
function decoration(repo: Repo, id: string): string {
	const names = Object.keys(repo.branches)
		.filter((b) => repo.branches[b] === id)
		.sort((x, y) => (x === 'main' ? -1 : y === 'main' ? 1 : x.localeCompare(y)));
	const labels: string[] = [];
	if (repo.head.kind === 'branch' && names.includes(repo.head.name)) {
		labels.push(`HEAD -> ${repo.head.name}`);
		names.splice(names.indexOf(repo.head.name), 1);
	} else if (repo.head.kind === 'detached' && repo.head.id === id) labels.push('HEAD');
	// A teammate's copy is read-only here: its label is in brackets.
	labels.push(...names.map((n) => (repo.shared.includes(n) ? `[${n}]` : n)));
	return labels.length > 0 ? `(${labels.join(', ')}) ` : '';
}

const put = (chars: string[], at: number, ch: string) => {
	while (chars.length <= at) chars.push(' ');
	chars[at] = ch;
};
const text = (chars: string[]) => chars.join('').trimEnd();

/**
 * The graph as `git log --graph --oneline --all` draws it: newest first, one
 * column per line of history (two characters each), `*` for a commit, `|`
 * to carry a line down, `\\` and `/` where a line moves one column right or
 * left (a merge's second parent branching off, two lines meeting at a
 * common parent, lines closing up after one ends).
 */
export function graphLines(repo: Repo): {graph: string; id?: string}[] {
	const order = [...reachable(repo)].sort((x, y) => commitOf(repo, y).seq - commitOf(repo, x).seq);
	// Each lane waits for one commit; no commit has two lanes.
	let lanes: string[] = [];
	const rows: {graph: string; id?: string}[] = [];
	for (const id of order) {
		let col = lanes.indexOf(id);
		if (col === -1) {
			col = lanes.length;
			lanes = [...lanes, id];
		}
		const row: string[] = [];
		lanes.forEach((_, i) => {
			put(row, 2 * i, i === col ? '*' : '|');
		});
		rows.push({graph: text(row), id});
		const parents = commitOf(repo, id).parents;
		const fresh = parents.filter((p, i) => !lanes.includes(p) && parents.indexOf(p) === i);
		const next = [...lanes.slice(0, col), ...fresh, ...lanes.slice(col + 1)];
		// Where each line of history is now, and the column it moves to.
		const moves = [
			...lanes.flatMap((lane, i) => (i === col ? [] : [{at: i, to: next.indexOf(lane)}])),
			...parents.map((p) => ({at: col, to: next.indexOf(p)})),
		];
		while (moves.some((m) => m.at !== m.to)) {
			const chars: string[] = [];
			for (const m of moves) {
				if (m.at < m.to) put(chars, 2 * m.at + 1, '\\');
				else if (m.at > m.to) put(chars, 2 * m.at - 1, '/');
				else put(chars, 2 * m.at, '|');
			}
			for (const m of moves) m.at += Math.sign(m.to - m.at);
			rows.push({graph: text(chars)});
		}
		lanes = next;
	}
	return rows;
}

/**
 * The drawing as plain lines no wider than `width` (Korean messages are cut
 * between characters, never inside one); past `rows`, the oldest lines give
 * way to a "… N more" line.
 */
export function drawGraph(repo: Repo, width: number, rows = Number.POSITIVE_INFINITY, lang: Lang = 'en'): string[] {
	const lines = graphLines(repo).map(({graph, id}) => {
		if (!id) return graph;
		const c = commitOf(repo, id);
		return `${graph} ${id} ${decoration(repo, id)}${c.message}`;
	});
	if (lines.length === 0) return [lang === 'ko' ? '(커밋 없음)' : '(no commits)'];
	const fitted = lines.map((l) => truncate(l, width));
	if (fitted.length <= rows) return fitted;
	const keep = Math.max(0, rows - 1);
	const more = fitted.length - keep;
	return [...fitted.slice(0, keep), truncate(lang === 'ko' ? `… ${more}줄 더` : `… ${more} more`, width)];
}

/** One line under the drawing: where HEAD is and what is unfinished. */
export function statusLine(repo: Repo, lang: Lang, withHead = true): string {
	const ko = lang === 'ko';
	const parts: string[] = [];
	if (withHead)
		parts.push(repo.head.kind === 'branch' ? `HEAD → ${repo.head.name}` : `HEAD → ${headId(repo)} (${ko ? '분리됨' : 'detached'})`);
	const what = repo.op ? (repo.op.kind === 'pick' ? repo.op.mode : repo.op.kind) : '';
	const files = repo.conflicts.map((c) => c.file).join(', ');
	// A conflict says the operation is stopped; "in progress" is only for one with nothing left to resolve.
	if (files) parts.push(ko ? `${what} 충돌: ${files}` : `${what} conflict: ${files}`.trim());
	else if (what) parts.push(ko ? `${what} 진행 중` : `${what} in progress`);
	const staged = Object.keys(repo.staged).length;
	if (staged > 0) parts.push(ko ? `스테이징 파일 ${staged}개` : `staged: ${staged} ${staged === 1 ? 'file' : 'files'}`);
	return parts.join(' · ');
}

/** What the drawing's marks mean, one mark a line. */
export function legend(lang: Lang): string[] {
	return lang === 'ko'
		? [
				'* 커밋 (최신이 위)',
				'| 히스토리 줄',
				'\\ 병합 커밋의 둘째 부모로 갈라지는 줄',
				'/ 두 줄이 공통 부모에서 만나는 곳',
				'(HEAD -> main) HEAD가 main 브랜치에 붙어 있다',
				'(HEAD) HEAD가 분리됐다: 어느 브랜치에도 없다',
				'(…, feature) feature 브랜치가 이 커밋을 가리킨다',
				'[teammate/feature] 팀원의 사본: 옮길 수 없다',
				'1a2b3c4 커밋 id: 부모, 메시지, 순번에서 계산한다',
			]
		: [
				'* a commit (newest on top)',
				'| a line of history',
				"\\ a line branching off to a merge's second parent",
				'/ two lines meeting at a common parent',
				'(HEAD -> main) HEAD is on branch main',
				'(HEAD) HEAD is detached: on no branch',
				'(…, feature) branch feature points at this commit',
				"[teammate/feature] a teammate's copy: read-only",
				'1a2b3c4 a commit id, made from parents, message, order',
			];
}
