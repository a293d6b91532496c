import type {Lang} from '../../content/text.js';
import {width as widthOf} from '../../content/text.js';
import type {LoadBalancerState} from './engine.js';
import type {Algorithm, ServerSpec} from './params.js';
import type {RunState} from './run.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, fitLines, padEnd, padStart, tone} from '../view-kit.js';

/**
 * The servers behind the balancer, live. The top line is the algorithm, the
 * clock, how many requests have arrived, and the totals so far: ✓ answered,
 * ✗ dropped (at a full server, or with no server to take it) and the mean
 * response time. Then one line per server: its name, a bar of the
 * connections open right now against its capacity (█ open, ░ free; a full
 * bar means the next request sent there is dropped), open/capacity, its
 * smoothed response time (RFC 6298 SRTT, "-" before the first answer, or
 * "down" when out of rotation) and ✗ with the requests it has dropped. In
 * one run a line is green with room left, yellow at 3/4 of capacity, red
 * when full, gray when down. With `compareWith` the two algorithms run on
 * the same requests side by side, the main one on the left. When there is
 * room, a strip of the latest picks follows, oldest first (first letter of
 * the server's name, ✗ when no server could take it): round robin shows a
 * steady abcabc, least response time a herd of one letter. Too many servers
 * for the rows fold into two columns, then into a "+N more" line.
 */
export function loadBalancerView(state: LoadBalancerState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const specs = state.params.servers;
	const runs = state.other ? [state.main, state.other] : [state.main];
	const n = specs.length;
	const compare = runs.length === 2;
	// Two cells a line when comparing, or when a long server list would not fit one a line.
	const twoCols = compare || (n > rows - 1 && Math.floor((width - SEP.length) / 2) >= 24);
	const cellWidth = twoCols ? Math.floor((width - SEP.length) / 2) : width;
	const cells: {run: RunState; index: number}[][] = [];
	if (compare)
		for (let i = 0; i < n; i++)
			cells.push([
				{run: state.main, index: i},
				{run: state.other!, index: i},
			]);
	else if (twoCols) {
		const half = Math.ceil(n / 2);
		for (let i = 0; i < half; i++) {
			const row = [{run: state.main, index: i}];
			if (i + half < n) row.push({run: state.main, index: i + half});
			cells.push(row);
		}
	} else for (let i = 0; i < n; i++) cells.push([{run: state.main, index: i}]);

	// Rows go first to the servers (the header of each side too when comparing), then to the rest.
	let budget = rows;
	const sideHeader = compare ? 1 : 0;
	budget -= sideHeader;
	const shownRows = cells.length <= budget ? cells.length : Math.max(0, budget - 1);
	const overflow = cells.length > shownRows && budget > 0;
	budget -= shownRows + (overflow ? 1 : 0);
	const showTop = budget-- > 0;
	const picksLine = budget > 0 && pickKeys(specs) !== null && runs.some((r) => r.picks !== null);
	if (picksLine) budget--;
	const legendLine = budget > 0;

	const layout = cellLayout(state.stream.requests.length, specs, cellWidth, t);
	const out: ViewLine[] = [];
	if (showTop)
		out.push(compare ? {text: clip(progress(state, t), width), color: tone.accent} : {text: topLine(state, width, t), color: tone.accent});
	if (compare) out.push({text: joinCells(runHeaders(runs, cellWidth, t), cellWidth), color: tone.accent});
	for (const row of cells.slice(0, shownRows)) {
		const text = joinCells(
			row.map((c) => serverCell(c.run, specs, c.index, layout, t)),
			cellWidth,
		);
		out.push(twoCols ? {text} : {text, color: serverColor(row[0]!.run, specs, row[0]!.index)});
	}
	if (overflow) {
		const hidden = cells.slice(shownRows).reduce((a, row) => a + row.length, 0) / (compare ? 2 : 1);
		out.push({text: clip(t.more(hidden), width), color: tone.muted});
	}
	if (picksLine) {
		const keys = pickKeys(specs)!;
		const strips = runs.map((r) => picksStrip(r, keys, cellWidth, t));
		out.push({text: joinCells(strips, cellWidth)});
	}
	if (legendLine) out.push({text: clip(t.legend, width), color: tone.muted});
	// Two cells can only overflow on a screen narrower than the separator and two names.
	return fitLines(out, width);
}

const TEXT = {
	en: {
		req: (a: number, total: number) => `${a}/${total} req`,
		avg: 'avg',
		down: 'down',
		picks: 'picks',
		more: (k: number) => `+${k} more`,
		legend: '█ open/capacity · ms: response (smoothed) · ✗ dropped',
	},
	ko: {
		req: (a: number, total: number) => `요청 ${a}/${total}`,
		avg: '평균',
		down: '중단',
		picks: '배정',
		more: (k: number) => `+${k}대 더`,
		legend: '█ 열린 연결/용량 · ms: 응답 시간(평활) · ✗ 버림',
	},
};
type Text = (typeof TEXT)['en'];

const SEP = ' │ ';
const RT_WIDTH = 5;
const MIN_BAR = 4;

const SHORT: Readonly<Record<Algorithm, string>> = {
	'round-robin': 'RR',
	'sticky-round-robin': 'sticky RR',
	'weighted-round-robin': 'WRR',
	'ip-hash': 'ip-hash',
	'least-connections': 'least-conn',
	'least-response-time': 'least-time',
};

/** At most 5 columns: 45ms, 1.2s, 12s. */
function formatMs(ms: number | null): string {
	if (ms === null) return '-';
	const r = Math.round(ms);
	if (r < 1000) return `${r}ms`;
	if (r < 9950) return `${(r / 1000).toFixed(1)}s`;
	return `${Math.round(r / 1000)}s`;
}

function runTotals(run: RunState) {
	let served = 0;
	let dropped = run.unrouted;
	let total = 0;
	for (const s of run.servers) {
		served += s.served;
		dropped += s.dropped;
		total += s.totalResponseMs;
	}
	return {served, dropped, mean: served ? total / served : null};
}

function progress(state: LoadBalancerState, t: Text): string {
	return `${formatMs(state.time)} · ${t.req(state.main.next, state.stream.requests.length)}`;
}

/** One run's top line; the clock goes first when it is too long. */
function topLine(state: LoadBalancerState, columns: number, t: Text): string {
	const {served, dropped, mean} = runTotals(state.main);
	const req = t.req(state.main.next, state.stream.requests.length);
	const rest = `${req} · ✓${served} ✗${dropped} · ${t.avg} ${formatMs(mean)}`;
	const full = `${state.main.algorithm} · ${formatMs(state.time)} · ${rest}`;
	return firstFit([full, `${state.main.algorithm} · ${rest}`], columns);
}

/** Each side's header, in the longest form that fits both sides, so they read alike. */
function runHeaders(runs: readonly RunState[], columns: number, t: Text): string[] {
	const forms = runs.map((run) => {
		const {served, dropped, mean} = runTotals(run);
		const counts = `✓${served} ✗${dropped}`;
		return [
			`${run.algorithm} ${counts} ${t.avg} ${formatMs(mean)}`,
			`${SHORT[run.algorithm]} ${counts} ${t.avg} ${formatMs(mean)}`,
			`${SHORT[run.algorithm]} ${counts} ${formatMs(mean)}`,
		];
	});
	let form = 0;
	while (form < 2 && forms.some((f) => widthOf(f[form]!) > columns)) form++;
	return forms.map((f) => clip(f[form]!, columns));
}

type Layout = {name: number; count: number; rt: number; drops: number; bar: number};

const MAX_BAR = 32;

/** Column widths shared by every cell, so bars line up across servers and both runs. */
function cellLayout(requests: number, specs: readonly ServerSpec[], columns: number, t: Text): Layout {
	const name = Math.min(6, Math.max(...specs.map((s) => widthOf(s.name))));
	const count = Math.max(...specs.map((s) => String(s.capacity).length * 2 + 1));
	// Room for ✗ and the most a server could drop (every request), so bars keep their length all run.
	let drops = String(requests).length + 1;
	let rt = Math.max(RT_WIDTH, widthOf(t.down));
	const bar = () => columns - name - 1 - 1 - count - (rt ? 1 + rt : 0) - (drops ? 1 + drops : 0);
	// Narrow cells give up the response time first, then the drop count.
	if (bar() < MIN_BAR) rt = 0;
	if (bar() < MIN_BAR) drops = 0;
	let length = Math.max(1, Math.min(MAX_BAR, bar()));
	// Servers of one capacity get a whole number of cells per connection slot.
	const capacity = specs[0]!.capacity;
	if (specs.every((s) => s.capacity === capacity) && capacity <= length) length = capacity * Math.floor(length / capacity);
	return {name, count, rt, drops, bar: length};
}

function serverCell(run: RunState, specs: readonly ServerSpec[], i: number, l: Layout, t: Text): string {
	const s = run.servers[i]!;
	const spec = specs[i]!;
	const open = s.open.length;
	let filled = Math.round((Math.min(open, spec.capacity) / spec.capacity) * l.bar);
	if (open > 0) filled = Math.max(1, filled);
	if (open < spec.capacity) filled = Math.min(l.bar - 1, filled);
	const bar = `${'█'.repeat(filled)}${'░'.repeat(l.bar - filled)}`;
	let text = `${padEnd(clip(spec.name, l.name), l.name)} ${bar} ${padStart(`${open}/${spec.capacity}`, l.count)}`;
	if (l.rt) text += ` ${padStart(s.down ? t.down : formatMs(s.srtt), l.rt)}`;
	if (l.drops) text += ` ${padEnd(s.dropped ? `✗${s.dropped}` : '', l.drops)}`;
	return text;
}

function serverColor(run: RunState, specs: readonly ServerSpec[], i: number): string {
	const s = run.servers[i]!;
	const cap = specs[i]!.capacity;
	if (s.down) return tone.muted;
	if (s.open.length >= cap) return tone.bad;
	return s.open.length * 4 >= cap * 3 ? tone.warn : tone.ok;
}

function joinCells(cells: readonly string[], columns: number): string {
	if (cells.length === 1) return clip(cells[0]!, columns).trimEnd();
	return cells
		.map((c) => padEnd(clip(c, columns), columns))
		.join(SEP)
		.trimEnd();
}

/** One letter per server (its name's first), or null when two servers would share one. */
function pickKeys(specs: readonly ServerSpec[]): string[] | null {
	const keys = specs.map((s) => [...s.name][0] ?? '?');
	if (new Set(keys).size !== keys.length || keys.some((k) => widthOf(k) !== 1)) return null;
	return keys;
}

function picksStrip(run: RunState, keys: readonly string[], columns: number, t: Text): string {
	const room = columns - widthOf(t.picks) - 1;
	const recent: string[] = [];
	for (let node = run.picks; node && recent.length < room; node = node.before) recent.push(keys[node.last] ?? '✗');
	return `${t.picks} ${recent.reverse().join('')}`;
}
