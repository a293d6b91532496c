import type {Lang} from '../../content/text.js';
import {width as widthOf} from '../../content/text.js';
import type {KafkaState} from './engine.js';
import type {PartitionState} from './cluster.js';
import type {ViewLine} from '../types.js';
import {clip, padEnd, padStart, tone} from '../view-kit.js';
import {groupView} from './view-group.js';
import {cellWidth, DOT, GOOD_BAR, lagOf, MAX_BAR, MIN_BAR, MIN_CELL, maxColumns, SEP, TEXT, type Text} from './view-text.js';

/**
 * The topic, its brokers and the consumer group. The top line is the status:
 * the tick out of the run's length, messages produced and consumed, produce
 * errors (sends to a partition with no leader), the failed brokers and, while
 * the group is paused for an eager rebalance, "rebalancing". Then one cell per
 * partition, e.g. `p2 lead b2 isr 2,0 ██████████▒▒▒ 31/36 lag 5 c02`: its
 * number, its leader broker (OFFLINE when every in-sync replica is down: the
 * line turns red, and a partition short of replicas turns the line yellow),
 * its in-sync replicas, a lag bar on a scale shared by every partition (the
 * longest log fills it: █ messages the group has committed, ▒ the lag, those
 * written but not yet consumed), committed / log end offsets, the lag, and
 * the consumer that owns it (- for none). Then each group member with the
 * partitions assigned to it (runs written a-b) and the lag it has to work
 * off; a member with no partition is marked idle (yellow). With fewer rows
 * the partitions fold into two to six columns with fewer details each
 * (`p2 b2 {20} ███ 5 c02`: short leader, ISR digits, bar, lag, owner), the
 * members share lines (in columns, or one after another with the idle ones
 * as a count and "+N more" for the rest), and when even that does not fit the
 * members go, then the partitions that do not fit are counted on a last line.
 */
export function kafkaView(state: KafkaState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const status = statusLine(state, width, t);
	if (rows === 1) return [status];
	const out: ViewLine[] = [status];
	const body = rows - 1;
	const p = state.partitions.length;
	const m = state.members.length;

	// The fewest partition columns that leave a line for the group, else that fit at all.
	const maxCols = maxColumns(width, MIN_CELL, 6);
	let cols = 0;
	let groupLines = 0;
	for (let c = 1; c <= maxCols && cols === 0; c++) {
		if (Math.ceil(p / c) + 1 <= body) {
			cols = c;
			groupLines = body - Math.ceil(p / c);
		}
	}
	for (let c = 1; c <= maxCols && cols === 0; c++) if (Math.ceil(p / c) <= body) cols = c;
	const overflow = cols === 0;
	if (overflow) cols = maxCols;
	const shown = overflow ? body - 1 : Math.ceil(p / cols);

	const owner = ownerOf(state);
	const cw = cellWidth(width, cols);
	const layout = partitionLayout(state, owner, cw, cols === 1, t);
	for (let r = 0; r < shown; r++) {
		const ids: number[] = [];
		for (let c = 0; c < cols; c++) {
			const id = c * shown + r;
			if (id < p) ids.push(id);
		}
		const cells = ids.map((id) => partitionCell(state, id, owner, layout, t));
		const text = cols === 1 ? clip(cells[0]!, width) : cells.map((c) => padEnd(clip(c, cw), cw)).join(SEP);
		out.push({text: text.trimEnd(), ...partitionColor(ids.map((id) => state.partitions[id]!))});
	}
	if (overflow) out.push({text: clip(t.more(p - shown * cols), width), color: tone.muted});
	else if (groupLines > 0) {
		if (m === 0) out.push({text: clip(t.noConsumers, width), color: tone.warn});
		else out.push(...groupView(state, width, groupLines, t));
	}
	return out.slice(0, rows);
}

/** The group's rebalance is under way: the tick just drawn, or the next one, consumes nothing. */
const rebalancing = (state: KafkaState) => state.rebalances > 0 && state.tick <= state.pausedThrough;

function statusLine(state: KafkaState, width: number, t: Text): ViewLine {
	const failed = state.failedBrokers.map((b) => `b${b}`).join(',');
	const full = [
		`${t.tick} ${state.tick}/${state.params.ticks}`,
		`${t.produced} ${state.produced} ${t.consumed} ${state.consumed}`,
		`${t.errors} ${state.produceErrors}`,
	];
	const short = [`${t.tick} ${state.tick}`, `${state.produced}→${state.consumed}`];
	if (state.produceErrors > 0) short.push(`${t.errors} ${state.produceErrors}`);
	if (failed) {
		full.push(`${t.down} ${failed}`);
		short.push(`✗${failed}`);
	}
	if (rebalancing(state)) {
		full.push(t.rebalancing);
		short.push(t.rebalShort);
	}
	// Full, then without a zero error count, then in short words, then without the separators.
	const tiers = [full, state.produceErrors > 0 ? full : full.filter((_, i) => i !== 2), short];
	let text = short.join(' ');
	for (const parts of tiers) {
		if (widthOf(parts.join(DOT)) <= width) {
			text = parts.join(DOT);
			break;
		}
	}
	const offline = state.partitions.some((p) => p.leader === -1);
	const color = offline ? tone.bad : failed || rebalancing(state) ? tone.warn : tone.accent;
	return {text: clip(text, width), color};
}

/** partition → the member it is assigned to. */
function ownerOf(state: KafkaState): (string | undefined)[] {
	const owner: (string | undefined)[] = state.partitions.map(() => undefined);
	for (const member of state.members) for (const p of state.assignment[member] ?? []) owner[p] = member;
	return owner;
}

type Layout = {
	id: number;
	/** Leader as "lead b1" / "OFFLINE" (long) or "b1" / "OFF". */
	longLeader: boolean;
	leader: number;
	/** ISR as "isr 1,2" (long), "{12}" (short) or left out. */
	isr: 'long' | 'short' | 'none';
	isrW: number;
	bar: number;
	/** Width of "committed/end", 0 when left out. */
	offsets: number;
	lagLabel: boolean;
	lag: number;
	/** Width of the owner, 0 when left out. */
	owner: number;
	/** The longest log: the bar's full scale. */
	scale: number;
};

function isrText(p: PartitionState, kind: Layout['isr']): string {
	if (kind === 'long') return `isr ${p.isr.join(',')}`;
	if (kind === 'short') return `{${p.isr.join('')}}`;
	return '';
}

/** Field widths shared by every partition, so the columns line up. */
function partitionLayout(state: KafkaState, owner: readonly (string | undefined)[], columns: number, wide: boolean, t: Text): Layout {
	const parts = state.partitions;
	let scale = 0;
	let maxLag = 0;
	let maxEnd = 0;
	let isrLong = 0;
	let isrShort = 0;
	for (const p of parts) {
		scale = Math.max(scale, p.logEndOffset);
		maxLag = Math.max(maxLag, lagOf(p));
		maxEnd = Math.max(maxEnd, p.logEndOffset);
		// Room for every replica, so the columns do not move when the ISR shrinks.
		const all = {...p, isr: p.replicas};
		isrLong = Math.max(isrLong, isrText(all, 'long').length);
		isrShort = Math.max(isrShort, isrText(all, 'short').length);
	}
	let ownerW = 1;
	for (const o of owner) if (o) ownerW = Math.max(ownerW, o.length);
	const longLeaderW = Math.max(widthOf(t.offline), widthOf(`${t.lead} b0`));
	const l: Layout = {
		id: `p${Math.max(0, parts.length - 1)}`.length,
		longLeader: wide,
		leader: wide ? longLeaderW : 3,
		isr: wide ? 'long' : 'short',
		isrW: wide ? isrLong : isrShort,
		bar: GOOD_BAR,
		// Only in one column: in several, the growing numbers would take the bar's room as the run goes on.
		offsets: wide ? String(maxEnd).length * 2 + 1 : 0,
		lagLabel: true,
		lag: widthOf(`${t.lag} ${maxLag}`),
		owner: ownerW,
		scale,
	};
	const need = () =>
		l.id +
		1 +
		l.leader +
		(l.isr === 'none' ? 0 : 1 + l.isrW) +
		(l.bar ? 1 + l.bar : 0) +
		(l.offsets ? 1 + l.offsets : 0) +
		1 +
		l.lag +
		(l.owner ? 1 + l.owner : 0);
	if (need() > columns && l.longLeader) {
		l.longLeader = false;
		l.leader = 3;
	}
	if (need() > columns && l.isr === 'long') {
		l.isr = 'short';
		l.isrW = isrShort;
	}
	if (need() > columns) l.offsets = 0;
	if (need() > columns) {
		l.lagLabel = false;
		l.lag = String(maxLag).length;
	}
	while (need() > columns && l.bar > MIN_BAR) l.bar--;
	if (need() > columns) l.isr = 'none';
	if (need() > columns) l.bar = 0;
	if (need() > columns) l.owner = 0;
	if (l.bar) l.bar = Math.min(MAX_BAR, l.bar + Math.max(0, columns - need()));
	return l;
}

/** Committed █, lag ▒, on a scale where the longest log fills the bar. */
function lagBar(p: PartitionState, length: number, scale: number): string {
	if (scale <= 0) return ' '.repeat(length);
	// Rounded, but a log with something in it shows, and so does any lag.
	let end = Math.round((p.logEndOffset * length) / scale);
	let done = Math.round((p.committed * length) / scale);
	if (p.logEndOffset > 0 && end === 0) end = 1;
	if (lagOf(p) > 0 && done >= end) done = end - 1;
	if (lagOf(p) === 0) done = end;
	return '█'.repeat(done) + '▒'.repeat(end - done) + ' '.repeat(length - end);
}

function partitionCell(state: KafkaState, id: number, owner: readonly (string | undefined)[], l: Layout, t: Text): string {
	const p = state.partitions[id]!;
	const offline = p.leader === -1;
	const leader = l.longLeader ? (offline ? t.offline : `${t.lead} b${p.leader}`) : offline ? 'OFF' : `b${p.leader}`;
	let text = `${padEnd(`p${id}`, l.id)} ${padEnd(leader, l.leader)}`;
	if (l.isr !== 'none') text += ` ${padEnd(isrText(p, l.isr), l.isrW)}`;
	if (l.bar) text += ` ${lagBar(p, l.bar, l.scale)}`;
	if (l.offsets) text += ` ${padStart(`${p.committed}/${p.logEndOffset}`, l.offsets)}`;
	text += ` ${l.lagLabel ? padEnd(`${t.lag} ${lagOf(p)}`, l.lag) : padStart(String(lagOf(p)), l.lag)}`;
	if (l.owner) text += ` ${owner[id] ?? '-'}`;
	return text;
}

function partitionColor(parts: readonly PartitionState[]): {color?: string} {
	if (parts.some((p) => p.leader === -1)) return {color: tone.bad};
	if (parts.some((p) => p.isr.length < p.replicas.length)) return {color: tone.warn};
	return {};
}
