import type {Lang} from '../../content/text.js';
import {width as widthOf} from '../../content/text.js';
import type {InFlight, RaftNode, RaftState} from './engine.js';
import type {ViewLine} from '../types.js';
import {clip, padEnd, tone} from '../view-kit.js';

/**
 * The cluster RaftScope-style, one line per server. A line reads
 * `n2 L  t3 ▓▓▓▓░░░░ 15/14 g1 │ 111122223333`: the server's number, its role
 * (F follower, C candidate followed by the votes it holds, L leader, ✗
 * crashed), its current term, its timer as a bar that empties as time runs
 * out (█ the election timeout of a follower or candidate: when it empties the
 * server starts an election; ▓ a leader's next heartbeat), log length /
 * commit index, its partition group when the network is split (servers in
 * different groups cannot talk), then the tail of its log, one character per
 * entry with the term that wrote it (1-9, then a-z, + beyond), lined up by
 * index across servers so diverging logs show as differing columns. The
 * leader's line is green, a candidate's yellow, a crashed server's gray (it
 * keeps its term and log, not its commit index). The top line is the clock,
 * the highest term, the leader a client would reach (the up leader of the
 * highest term) and how many entries the cluster has committed; ✗N in red
 * counts safety violations. The bottom line lists the messages on the wire
 * by kind (RV RequestVote, V its reply, AE AppendEntries with entries, HB
 * an empty one, AR their reply), each as sender→receiver and how far it has
 * travelled (▁ just sent … █ about to arrive). With fewer rows the top and
 * bottom lines merge, then servers fold into two or three columns (fewer
 * details each).
 */
export function raftView(state: RaftState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const n = state.nodes.length;

	// The fewest columns that leave a line for the status, else the fewest that fit at all.
	const fits = (cols: number) => cols === 1 || cellWidth(width, cols) >= MIN_CELL;
	let cols = 0;
	for (let c = 1; c <= 3 && cols === 0; c++) if (fits(c) && Math.ceil(n / c) < rows) cols = c;
	for (let c = 1; c <= 3 && cols === 0; c++) if (fits(c) && Math.ceil(n / c) <= rows) cols = c;
	const overflow = cols === 0;
	if (overflow) cols = fits(3) ? 3 : fits(2) ? 2 : 1;
	const lines = Math.ceil(n / cols);
	const shown = overflow ? Math.max(0, rows - 1) : lines;
	const extra = rows - shown - (overflow ? 1 : 0);

	const cw = cols === 1 ? width : cellWidth(width, cols);
	const layout = nodeLayout(state, cw);
	const out: ViewLine[] = [];
	const status = statusText(state, t);
	const bad = state.book.violations.length > 0;
	if (rows === 1) return [{text: clip(status.short, width), color: bad ? tone.bad : tone.accent}];
	if (extra >= 2) out.push({text: clip(status.full, width), color: bad ? tone.bad : tone.accent});
	else if (extra === 1) {
		const head = `${status.short} │ `;
		out.push({text: clip(head + messagesText(state, width - widthOf(head), t), width), color: bad ? tone.bad : tone.accent});
	}
	for (let r = 0; r < shown; r++) {
		const ids: number[] = [];
		for (let c = 0; c < cols; c++) {
			const id = c * lines + r;
			if (id < n) ids.push(id);
		}
		const cells = ids.map((id) => nodeCell(state, state.nodes[id]!, layout));
		if (cols === 1) out.push({text: clip(cells[0]!, width).trimEnd(), ...colorOf(state.nodes[ids[0]!]!)});
		else
			out.push({
				text: cells
					.map((c) => padEnd(clip(c, cw), cw))
					.join(SEP)
					.trimEnd(),
			});
	}
	if (overflow) {
		const hidden = n - shown * cols;
		if (hidden > 0) out.push({text: clip(t.more(hidden), width), color: tone.muted});
	}
	if (extra >= 2) out.push({text: messagesText(state, width, t)});
	return out.slice(0, rows);
}

const TEXT = {
	en: {
		term: 'term',
		leader: 'leader',
		noLeader: 'no leader',
		commit: 'commit',
		msgs: 'msgs',
		more: (k: number) => `+${k} more`,
	},
	ko: {
		term: '임기',
		leader: '리더',
		noLeader: '리더 없음',
		commit: '커밋',
		msgs: '메시지',
		more: (k: number) => `+${k}대 더`,
	},
};
type Text = (typeof TEXT)['en'];

const SEP = ' │ ';
const MIN_CELL = 12;
const MAX_BAR = 8;
const MIN_BAR = 3;
const MIN_STRIP = 4;
const LEVELS = '▁▂▃▄▅▆▇█';

const cellWidth = (width: number, cols: number) => Math.floor((width - SEP.length * (cols - 1)) / cols);

/** The up leader of the highest term: the one a client would reach. */
function leaderOf(state: RaftState): RaftNode | undefined {
	let best: RaftNode | undefined;
	for (const n of state.nodes) if (n.up && n.role === 'leader' && (!best || n.currentTerm > best.currentTerm)) best = n;
	return best;
}

function statusText(state: RaftState, t: Text): {full: string; short: string} {
	let term = 0;
	for (const n of state.nodes) term = Math.max(term, n.currentTerm);
	const leader = leaderOf(state);
	const who = leader ? `${t.leader} n${leader.id}` : t.noLeader;
	const violations = state.book.violations.length;
	const short = `${state.now}ms · ${t.term} ${term} · ${who}${violations ? ` · ✗${violations}` : ''}`;
	return {full: `${short} · ${t.commit} ${state.book.committed.length}`, short};
}

type Layout = {
	term: number;
	bar: number;
	/** Width of "length/commit", 0 when left out. */
	log: number;
	group: boolean;
	/** Log entries shown (the last ones of the longest log), 0 when left out. */
	strip: number;
	from: number;
};

/** Column widths shared by every server, so the fields and log entries line up. */
function nodeLayout(state: RaftState, columns: number): Layout {
	let maxTerm = 0;
	let maxLog = 0;
	for (const n of state.nodes) {
		maxTerm = Math.max(maxTerm, n.currentTerm);
		maxLog = Math.max(maxLog, n.log.length);
	}
	const term = String(maxTerm).length + 1;
	const logWidth = String(maxLog).length * 2 + 1;
	// Reserved for the whole run when it will split, so the columns do not jump when it does.
	const group = isSplit(state) || state.params.faults.some((f) => f.type === 'partition');
	const l: Layout = {term, bar: MAX_BAR, log: logWidth, group, strip: MIN_STRIP, from: 1};
	const need = () =>
		2 + 1 + 2 + 1 + l.term + (l.bar ? 1 + l.bar : 0) + (l.log ? 1 + l.log : 0) + (l.group ? 3 : 0) + (l.strip ? 2 + l.strip : 0);
	if (need() > columns) l.strip = 0;
	while (need() > columns && l.bar > MIN_BAR) l.bar--;
	if (need() > columns) l.log = 0;
	if (need() > columns) l.group = false;
	if (need() > columns) l.bar = 0;
	if (l.strip) {
		l.strip = columns - need() + l.strip;
		l.from = Math.max(1, maxLog - l.strip + 1);
	}
	return l;
}

const isSplit = (state: RaftState): boolean => state.groups.some((g) => g !== state.groups[0]);

function termChar(term: number): string {
	if (term >= 1 && term <= 9) return String(term);
	if (term >= 10 && term < 36) return String.fromCharCode(97 + term - 10);
	return '+';
}

function nodeCell(state: RaftState, n: RaftNode, l: Layout): string {
	const role = !n.up ? '✗ ' : n.role === 'leader' ? 'L ' : n.role === 'candidate' ? `C${Math.min(9, n.votesGranted.length)}` : 'F ';
	let text = `n${n.id} ${role} ${padEnd(`t${n.currentTerm}`, l.term)}`;
	if (l.bar) text += ` ${timerBar(state, n, l.bar)}`;
	if (l.log) text += ` ${padEnd(`${n.log.length}/${n.commitIndex}`, l.log)}`;
	if (l.group) text += isSplit(state) ? ` ${padEnd(`g${state.groups[n.id] ?? 0}`, 2)}` : '   ';
	if (l.strip) {
		let entries = '';
		for (let i = l.from; i <= n.log.length && i < l.from + l.strip; i++) entries += termChar(n.log[i - 1]!.term);
		text += ` │${entries}`;
	}
	return text;
}

/** Time left on the server's timer: full when just reset, empty when it fires. */
function timerBar(state: RaftState, n: RaftNode, length: number): string {
	if (!n.up) return ' '.repeat(length);
	const leader = n.role === 'leader';
	const total = leader ? state.params.heartbeatMs : n.electionTimeoutMs;
	const left = (leader ? n.heartbeatDue : n.electionDeadline) - state.now;
	const fraction = total > 0 ? Math.min(1, Math.max(0, left / total)) : 0;
	const filled = Math.ceil(fraction * length);
	return (leader ? '▓' : '█').repeat(filled) + '░'.repeat(length - filled);
}

function colorOf(n: RaftNode): {color?: string} {
	if (!n.up) return {color: tone.muted};
	if (n.role === 'leader') return {color: tone.ok};
	if (n.role === 'candidate') return {color: tone.warn};
	return {};
}

const KINDS = ['RV', 'V', 'AE', 'HB', 'AR'] as const;
type Kind = (typeof KINDS)[number];

function kindOf(m: InFlight): Kind {
	const msg = m.msg;
	if (msg.kind === 'request-vote') return 'RV';
	if (msg.kind === 'vote-reply') return 'V';
	if (msg.kind === 'append-reply') return 'AR';
	return msg.entries.length > 0 ? 'AE' : 'HB';
}

/** How far a message has travelled, ▁ just sent to █ arriving. */
function progress(m: InFlight, now: number): string {
	const span = m.deliverAt - m.sentAt;
	const fraction = span > 0 ? Math.min(1, Math.max(0, (now - m.sentAt) / span)) : 1;
	return LEVELS[Math.min(LEVELS.length - 1, Math.floor(fraction * LEVELS.length))]!;
}

/** "msgs 6: HB 0→1▅ 0→2▃ AR 1→0▂ +3", as many as fit in `columns`. */
function messagesText(state: RaftState, columns: number, t: Text): string {
	const all = state.inFlight;
	const head = `${t.msgs} ${all.length}`;
	if (all.length === 0 || columns <= 0) return clip(head, Math.max(0, columns));
	const byKind = new Map<Kind, InFlight[]>(KINDS.map((k) => [k, []]));
	for (const m of all) byKind.get(kindOf(m))!.push(m);
	let text = `${head}:`;
	let shown = 0;
	const suffix = ` +${all.length}`.length;
	outer: for (const kind of KINDS) {
		const list = byKind.get(kind)!;
		for (let i = 0; i < list.length; i++) {
			const m = list[i]!;
			const item = `${i === 0 ? ` ${kind}` : ''} ${m.from}→${m.to}${progress(m, state.now)}`;
			const last = shown + 1 === all.length;
			if (widthOf(text) + item.length + (last ? 0 : suffix) > columns) break outer;
			text += item;
			shown++;
		}
	}
	if (shown < all.length) text += ` +${all.length - shown}`;
	return clip(text, columns);
}
