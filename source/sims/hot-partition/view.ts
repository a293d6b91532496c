/**
 * The cluster at this millisecond. Compact (60×16): the header, one glyph per
 * node (how many of its cores are busy; G in a GC pause) with * under the
 * nodes that hold the hot partition, and the latency line. With more rows:
 * the hot partition's reads and queries, each of its replicas with its cores
 * and queue, the data-service instances waiting on it, and what Discord
 * reported. Meaning is carried by glyphs and words; colour only repeats it.
 */
import type {Lang} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, padEnd, tone} from '../view-kit.js';
import {HOT_KEY, inBurst, replicasNow} from './cluster.js';
import {queued} from './node.js';
import {percentile} from './latency.js';
import {latencyCounts, REPORTED} from './summary.js';
import type {DbNode, HotPartitionState} from './types.js';
import {TEXT, type Text} from './view-text.js';

const BARS = '·▁▂▃▄▅▆▇█';

const busyShare = (n: DbNode, cores: number) => Math.min(1, n.running.length / cores);
const glyph = (n: DbNode, s: HotPartitionState) =>
	n.pausedUntil > s.tick ? 'G' : BARS[Math.ceil(busyShare(n, s.params.coresPerNode) * (BARS.length - 1))]!;

type Line = ViewLine & {prio: number};

/** A queue at half its limit or more: reads there are about to be refused. */
const jammed = (n: DbNode, s: HotPartitionState) => queued(n) * 2 >= s.params.queueLimit;

export function hotPartitionView(state: HotPartitionState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const reps = replicasNow(state, HOT_KEY);
	const lines: Line[] = [header(state, t, width), ...nodeRows(state, reps, t, width), hotLine(state, reps, t, width)];
	lines.push(...replicaLines(state, reps, t, width), serviceLine(state, t, width), latencyLine(state, t, width), reportedLine(t, width));
	const kept = lines
		.map((l, i) => ({l, i}))
		.sort((a, b) => a.l.prio - b.l.prio || a.i - b.i)
		.slice(0, rows)
		.sort((a, b) => a.i - b.i);
	return kept.map(({l}) => (l.color ? {text: clip(l.text, width), color: l.color} : {text: clip(l.text, width)}));
}

function header(s: HotPartitionState, t: Text, width: number): Line {
	const p = s.params;
	const db = p.db === 'cassandra' ? 'Cassandra' : 'ScyllaDB';
	const time = s.tick < p.durationMs ? `${s.tick}/${p.durationMs} ms` : `${s.tick} ms ${t.draining}`;
	const burst = inBurst(s) ? ` · ${t.burst}` : '';
	const coalesce = p.coalescing ? t.coalesceOn : t.coalesceOff;
	const text = firstFit(
		[`${time} · ${db} · ${coalesce} · ${t.routing[p.routing]}${burst}`, `${time} · ${db} · ${coalesce}${burst}`],
		width,
	);
	return {text, color: tone.accent, prio: 0};
}

/** One glyph per node, and under it * for the hot partition's replicas; as many nodes as fit. */
function nodeRows(s: HotPartitionState, reps: readonly number[], t: Text, width: number): Line[] {
	const label = padEnd(t.nodes, 7);
	const room = Math.max(1, width - label.length - 6);
	const shown = s.nodes.slice(0, room);
	const more = s.nodes.length > shown.length ? ` +${s.nodes.length - shown.length}` : '';
	const glyphs = shown.map((n) => glyph(n, s)).join('');
	const marks = shown.map((_, i) => (reps.includes(i) ? '*' : ' ')).join('');
	const hot = reps.map((r) => s.nodes[r]!);
	const color = hot.some((n) => n.pausedUntil > s.tick || jammed(n, s))
		? tone.bad
		: hot.some((n) => busyShare(n, s.params.coresPerNode) >= 1)
			? tone.warn
			: undefined;
	const farHot = reps.filter((r) => r >= shown.length);
	const farText = farHot.length > 0 ? ` *${farHot.map((r) => `n${r}`).join(',')}` : '';
	return [
		{text: `${label}${glyphs}${more}`, prio: 1, ...(color ? {color} : {})},
		{text: `${padEnd('', 7)}${marks}${farText}`, prio: 4, color: tone.muted},
	];
}

function hotLine(s: HotPartitionState, reps: readonly number[], t: Text, width: number): Line {
	const c = s.counters;
	const where = reps.map((r) => `n${r}`).join(' ');
	return {text: firstFit([t.hot(where, c.hotReads, c.hotQueries), t.hotShort(where, c.hotQueries)], width), prio: 3};
}

/** Each replica of the hot partition: its cores (█ busy, ░ idle), its queue, a GC pause. */
function replicaLines(s: HotPartitionState, reps: readonly number[], t: Text, width: number): Line[] {
	const cores = s.params.coresPerNode;
	return reps.map((r, i) => {
		const n = s.nodes[r]!;
		const busy = n.running.length;
		const bar = cores <= 16 ? `${'█'.repeat(busy)}${'░'.repeat(cores - busy)} ` : '';
		const paused = n.pausedUntil > s.tick;
		const hotShard = s.params.db === 'scylla' ? t.shardBusy(n.running.some((x) => x.query.key === HOT_KEY)) : '';
		const text = `n${r}* ${bar}${busy}/${cores} ${t.busy} · ${t.queue} ${queued(n)}${hotShard}${paused ? ` · G ${t.gc}` : ''}`;
		const color = paused || jammed(n, s) ? tone.bad : busy >= cores ? tone.warn : undefined;
		return {text: clip(text, width), prio: 5 + i, ...(color ? {color} : {})};
	});
}

function serviceLine(s: HotPartitionState, t: Text, width: number): Line {
	let instances = 0;
	let waiting = 0;
	for (const list of s.inflight) {
		const f = list.find((x) => x.key === HOT_KEY);
		if (!f) continue;
		instances++;
		waiting += f.readers.length;
	}
	const text = s.params.coalescing ? t.service(instances, s.params.instances, waiting) : t.noCoalescing(s.params.instances);
	return {text: clip(text, width), prio: 8};
}

function latencyLine(s: HotPartitionState, t: Text, width: number): Line {
	const {counts} = latencyCounts(s);
	const c = s.counters;
	const p50 = percentile(counts, 0.5);
	const p99 = percentile(counts, 0.99);
	const ratio = c.reads > 0 ? Math.round((100 * c.coalesced) / c.reads) : 0;
	const reported = REPORTED[s.params.db].p99Ms;
	// A failed read counts as the whole timeout in p50/p99: with failures the line says so (the Discord
	// figures have a line of their own), and where that does not fit, keeps it before the coalesced share.
	const fail = c.failed > 0 ? ` · ${t.failed} ${c.failed}` : '';
	const withReported = `p50 ${p50} ms · p99 ${p99} ms (${t.reported} ${reported}) · ${t.coalesced} ${ratio}%${fail}`;
	const text = firstFit(
		[
			...(c.failed > 0 ? [`p50 ${p50} ms · p99 ${p99} ms · ${t.coalesced} ${ratio}% · ${t.failedAs(c.failed, s.params.timeoutMs)}`] : []),
			withReported,
			...(c.failed > 0 ? [`p50 ${p50} · p99 ${p99} ms · ${t.failedAs(c.failed, s.params.timeoutMs)}`] : []),
			`p50 ${p50} · p99 ${p99} ms · ${t.coalesced} ${ratio}%${fail}`,
		],
		width,
	);
	return {text, prio: 2, ...(c.failed > 0 ? {color: tone.bad} : {})};
}

function reportedLine(t: Text, width: number): Line {
	return {
		text: firstFit([t.discord(REPORTED.cassandra, REPORTED.scylla), t.discordShort(REPORTED.cassandra, REPORTED.scylla)], width),
		color: tone.muted,
		prio: 9,
	};
}
