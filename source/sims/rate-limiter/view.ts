import type {Lang} from '../../content/text.js';
import {width as widthOf} from '../../content/text.js';
import type {RateLimiterState} from './engine.js';
import type {ViewLine} from '../types.js';
import {clip, tone} from '../view-kit.js';

/**
 * The rate limiter as a per-second timeline. The first line is the clock and
 * the bucket: the queue (leaky bucket) or the tokens left (token bucket) as a
 * gauge, red when the next arrival would be dropped (queue full, no token),
 * yellow when partly used, green when all room is left; then the totals so
 * far: ✓ let in, ✗ dropped, out = sent on to the backend. Below it, one
 * column group per second of the run (several seconds per column when the
 * run is long): the left bar is what arrived, its solid part █ let in and its
 * light top ░ dropped; the right bar ▒ is what left for the backend that
 * second (left out when columns are short). A leaky bucket keeps ▒ flat at
 * its rate (it smooths the burst, requests wait in the queue); a token bucket
 * shows a tall ▒ in second 1 (it lets the burst through). `·` marks seconds
 * not simulated yet; the number on the left is the height of a full bar,
 * fixed for the run so bars grow in place.
 */
export function rateLimiterView(state: RateLimiterState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const out: ViewLine[] = [header(state, width, t)];
	const legend = rows >= 4;
	const axis = rows >= 7;
	const height = rows - 1 - (legend ? 1 : 0) - (axis ? 1 : 0);
	if (height <= 0) return out;
	const chart = layout(state, width);
	out.push(...bars(chart, height));
	if (axis) out.push(axisLine(chart));
	if (legend) out.push({text: clip(legendText(chart, t), width), color: tone.muted});
	return out;
}

const TEXT = {
	en: {queue: 'queue', tokens: 'tokens', out: 'out', accepted: 'accepted', dropped: 'dropped', perCol: 's/col'},
	ko: {queue: '대기열', tokens: '토큰', out: '처리', accepted: '수락', dropped: '거절', perCol: '초/칸'},
};
type Text = (typeof TEXT)['en'];

function header(s: RateLimiterState, columns: number, t: Text): ViewLine {
	const {algorithm, capacity, duration} = s.params;
	const leaky = algorithm === 'leaky-bucket';
	const elapsed = Math.min(s.now, duration * 1000);
	const cells = Math.min(capacity, 10);
	let filled = Math.round((s.level / capacity) * cells);
	if (s.level > 0) filled = Math.max(1, filled);
	if (s.level < capacity) filled = Math.min(cells - 1, filled);
	const gauge = `[${'█'.repeat(filled)}${'·'.repeat(cells - filled)}] ${s.level}/${capacity}`;
	let accepted = 0;
	let dropped = 0;
	let served = 0;
	for (const r of s.timeline) {
		accepted += r.accepted;
		dropped += r.dropped;
		served += r.served;
	}
	const parts = [
		`${(elapsed / 1000).toFixed(1)}s/${duration}s`,
		`${leaky ? t.queue : t.tokens} ${gauge}`,
		`✓${accepted}`,
		`✗${dropped}`,
		`${t.out} ${served}`,
	];
	let text = '';
	for (const p of parts) {
		const next = text === '' ? p : `${text}  ${p}`;
		if (widthOf(next) > columns) break;
		text = next;
	}
	if (text === '') text = clip(parts[0]!, columns);
	// Red: the next arrival would be dropped; yellow: part of the bucket used; green: all room left.
	const used = leaky ? s.level : capacity - s.level;
	const color = used >= capacity ? tone.bad : used > 0 ? tone.warn : tone.ok;
	return {text, color};
}

type Group = {arrived: number; accepted: number; dropped: number; served: number; future: boolean; second: number};
type Chart = {
	groups: Group[];
	/** Seconds per group. */
	per: number;
	/** Bar width; 0 means one stacked bar per group and no served bar. */
	pair: number;
	/** Columns a group takes, gap included. */
	step: number;
	scale: number;
	/** Width of the scale number on the left. */
	label: number;
	seconds: number;
};

function layout(s: RateLimiterState, columns: number): Chart {
	const {burst, steadyRate} = s.params;
	const timeline = s.timeline;
	const d = Math.max(1, timeline.length);
	// The scale does not depend on time: bars grow in place instead of rescaling.
	let guess = burst + steadyRate;
	for (const r of timeline) guess = Math.max(guess, r.arrived, r.served);
	// Wide enough for any scale below: a group sums at most ceil(d / avail) seconds, and avail >= columns - 6.
	const label = String(Math.max(1, guess) * Math.ceil(d / Math.max(1, columns - 6))).length;
	const avail = Math.max(1, columns - label - 1);
	let per = 1;
	let pair = 0;
	let step = 1;
	if (avail >= 3 * d) {
		pair = Math.min(4, Math.floor((Math.floor(avail / d) - 1) / 2));
		step = pair * 2 + 1;
	} else if (avail >= 2 * d) {
		pair = 1;
		step = 2;
	} else {
		per = Math.ceil(d / avail);
		step = 2 * Math.ceil(d / per) <= avail ? 2 : 1;
	}
	const groups: Group[] = [];
	for (let i = 0; i * per < d; i++) {
		const g: Group = {arrived: 0, accepted: 0, dropped: 0, served: 0, future: i * per * 1000 >= s.now, second: i * per + 1};
		for (const r of timeline.slice(i * per, (i + 1) * per)) {
			g.arrived += r.arrived;
			g.accepted += r.accepted;
			g.dropped += r.dropped;
			g.served += r.served;
		}
		groups.push(g);
	}
	let scale = Math.max(1, burst + steadyRate * per);
	for (const g of groups) scale = Math.max(scale, g.arrived, g.served);
	return {groups, per, pair, step, scale, label, seconds: timeline.length};
}

function cells(v: number, scale: number, height: number): number {
	if (v <= 0) return 0;
	return Math.min(height, Math.max(1, Math.round((v / scale) * height)));
}

/** Cells of let-in and dropped, stacked; both show when both happened and there is room. */
function stack(g: Group, scale: number, height: number): [number, number] {
	const total = cells(g.accepted + g.dropped, scale, height);
	if (g.dropped === 0) return [total, 0];
	if (g.accepted === 0) return [0, total];
	if (total === 1) return g.accepted >= g.dropped ? [1, 0] : [0, 1];
	const a = Math.min(total - 1, Math.max(1, Math.round((g.accepted / scale) * height)));
	return [a, total - a];
}

function bars(c: Chart, height: number): ViewLine[] {
	const top = String(c.scale).padStart(c.label);
	const blank = ' '.repeat(c.label);
	const stacks = c.groups.map((g) => stack(g, c.scale, height));
	const served = c.groups.map((g) => cells(g.served, c.scale, height));
	const lines: ViewLine[] = [];
	for (let row = height - 1; row >= 0; row--) {
		let text = `${row === height - 1 ? top : blank}│`;
		c.groups.forEach((g, i) => {
			const [a, d] = stacks[i]!;
			const empty = g.future && row === 0 ? '·' : ' ';
			const left = row < a ? '█' : row < a + d ? '░' : empty;
			const gap = ' '.repeat(c.step - Math.max(1, c.pair * 2));
			if (c.pair === 0) {
				text += left + gap;
				return;
			}
			const right = row < served[i]! ? '▒' : ' ';
			const leftBar = left === '·' ? `·${' '.repeat(c.pair - 1)}` : left.repeat(c.pair);
			text += leftBar + right.repeat(c.pair) + gap;
		});
		lines.push({text: text.trimEnd()});
	}
	return lines;
}

/** The seconds under the bars: every second when groups are wide, else round numbers that fit. */
function axisLine(c: Chart): ViewLine {
	const chars = Array.from('─'.repeat(c.groups.length * c.step));
	const last = c.seconds;
	const room = String(last).length + 1;
	const every = c.step >= 3 ? 1 : (NICE.find((n) => (n / c.per) * c.step >= room) ?? last);
	let free = 0;
	for (let second = 1; second <= last; second += second === 1 && every > 1 ? every - 1 : every) {
		const at = Math.floor((second - 1) / c.per) * c.step;
		const mark = String(second);
		if (at < free || at + mark.length > chars.length) continue;
		for (let k = 0; k < mark.length; k++) chars[at + k] = mark[k]!;
		free = at + mark.length + 1;
	}
	return {text: `${' '.repeat(c.label)}└${chars.join('')}`, color: tone.muted};
}

const NICE = [1, 2, 5, 10, 15, 20, 30, 60, 120];

function legendText(c: Chart, t: Text): string {
	const parts = [`█ ${t.accepted}`, `░ ${t.dropped}`];
	if (c.pair > 0) parts.push(`▒ ${t.out}`);
	if (c.per > 1) parts.push(`(${c.per}${t.perCol})`);
	return parts.join('  ');
}
