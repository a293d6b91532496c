/**
 * The API-evolution drawing: the client and the hops a screen's calls take
 * under the chosen architecture (its round trips, the services, the
 * federated waves), then what the sampled screens measured beside the
 * formulas: latency p50/p99 (with a histogram when there is room), the share
 * of slow screens against 1 − (1 − p)^n, the screens served against a^n, and
 * who owns the aggregation (the gateway team's queue). Each line has a rank;
 * a small box keeps the most telling ones, a larger one adds the rest, in
 * reading order. Meaning is always in words or marks, never colour alone.
 */
import type {Lang} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, tone, widthOf} from '../view-kit.js';
import type {ApiEvolutionState} from './engine.js';
import {type ApiEvolutionSummary, summarize} from './summary.js';
import {grouped, ms, pct} from './format.js';
import {TEXT} from './view-text.js';
import {histogram} from './view-histogram.js';

type Text = (typeof TEXT)['en'];
/** A line of the drawing: where it goes (order), how much it matters (rank: lower is kept first), and its group (all or none). */
type Item = {order: number; rank: number; group?: string; line: ViewLine};

const num = (x: number) => grouped(Number(x.toPrecision(6)));
const msExact = (x: number) => `${num(x)} ms`;

// States never change, so each one's summary (a sort of every latency) is worked out once for all the sizes it is drawn at.
const summaries = new WeakMap<ApiEvolutionState, ApiEvolutionSummary>();
function summaryOf(state: ApiEvolutionState): ApiEvolutionSummary {
	let sum = summaries.get(state);
	if (!sum) {
		sum = summarize(state);
		summaries.set(state, sum);
	}
	return sum;
}

export function apiEvolutionView(state: ApiEvolutionState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const sum = summaryOf(state);
	const items: Item[] = [
		{order: 0, rank: 0, line: {text: header(state, t, width), color: tone.accent}},
		...diagram(state, t, width),
		...measured(state, sum, t, width),
		...owners(state, sum, t, width),
	];
	return pick(items, rows).map((i) => ({...i.line, text: clip(i.line.text, width)}));
}

/** The lines that fit, most telling first (a group only whole), back in reading order. */
function pick(items: Item[], rows: number): Item[] {
	const chosen: Item[] = [];
	const groups = new Map<string, Item[]>();
	for (const i of items) if (i.group) groups.set(i.group, [...(groups.get(i.group) ?? []), i]);
	const seen = new Set<string>();
	for (const item of [...items].sort((a, b) => a.rank - b.rank || a.order - b.order)) {
		if (chosen.length >= rows) break;
		if (!item.group) chosen.push(item);
		else if (!seen.has(item.group)) {
			seen.add(item.group);
			const all = groups.get(item.group)!;
			if (chosen.length + all.length <= rows) chosen.push(...all);
		}
	}
	return chosen.sort((a, b) => a.order - b.order);
}

function header(s: ApiEvolutionState, t: Text, width: number): string {
	const p = s.params;
	const screens = `${grouped(s.sampled)}/${grouped(p.screens)}`;
	const slowed = s.alwaysSlow.length > 0 ? ` · ${t.slowed(s.alwaysSlow.map((d) => `#${d + 1}`).join(','))}` : '';
	return firstFit(
		t.header(screens, p.dependencies).map((h) => `${t.arch[p.architecture]} · ${h}${slowed}`),
		width,
	);
}

/** "s1 s2 s3 … s30" within `room` columns; a dependency slowed by hand is marked "!". The names are ASCII: a character is a column. */
function services(indices: readonly number[], slowed: readonly number[], room: number): string {
	const names = indices.map((i) => `s${i + 1}${slowed.includes(i) ? '!' : ''}`);
	const all = names.join(' ');
	if (all.length <= room || names.length < 2) return all;
	// The first k names, then "… sN": as many as fit.
	const tail = ` … ${names.at(-1)}`.length;
	let used = names[0]!.length;
	let k = 1;
	while (k < names.length - 1 && used + 1 + names[k]!.length + tail <= room) used += 1 + names[k++]!.length;
	return `${names.slice(0, k).join(' ')} … ${names.at(-1)}`;
}

/** The client, its round trips, the middle hop and the services; a note on how the calls are arranged. */
function diagram(s: ApiEvolutionState, t: Text, width: number): Item[] {
	const p = s.params;
	const n = p.dependencies;
	const all = Array.from({length: n}, (_, i) => i);
	const rtt = ms(p.clientRttMs);
	const trips = p.architecture === 'direct' ? n : 1;
	/** The first form of the head (longest first) that leaves room for "s1 … sN". */
	const line = (heads: string[], list: number[]): string => {
		const head = heads.find((h) => widthOf(h) + 10 <= width) ?? heads.at(-1)!;
		return `${head}${services(list, s.alwaysSlow, width - widthOf(head))}`;
	};
	const waves = (w: number) => all.filter((i) => i % p.federationWaves === w);
	switch (p.architecture) {
		case 'monolith':
			return [
				{
					order: 1,
					rank: 1,
					line: {
						text: firstFit(
							t.monolith(n).map((m) => `${t.client} ${t.trips(1, rtt)[0]} ${m}`),
							width,
						),
					},
				},
				{order: 2, rank: 6, line: {text: firstFit(t.monolithNote, width), color: tone.muted}},
			];
		case 'direct': {
			const heads = t.trips(trips, rtt).map((h) => `${t.client} ${h} `);
			const inARow = Math.ceil(n / p.clientConnections);
			return [
				{order: 1, rank: 1, line: {text: line(heads, all)}},
				{order: 2, rank: 6, line: {text: firstFit(t.directNote(Math.min(p.clientConnections, n), inARow, rtt), width), color: tone.muted}},
			];
		}
		case 'gateway': {
			const heads = t.trips(1, rtt).flatMap((h, i) => `${t.client} ${h} ${t.gateway} ${t.calls(n)[i]} `);
			return [
				{order: 1, rank: 1, line: {text: line(heads, all)}},
				{order: 2, rank: 6, line: {text: firstFit(t.gatewayNote(msExact(p.datacenterRttMs), n), width), color: tone.muted}},
			];
		}
		case 'federated': {
			const count = Math.min(p.federationWaves, n);
			const heads = t.trips(1, rtt).map((h) => `${t.client} ${h} ${t.router} ┬ ${t.wave(1)} ▶ `);
			const first = line(heads, waves(0));
			const indent = widthOf(first.slice(0, first.indexOf('┬')));
			return Array.from({length: count}, (_, w): Item => {
				if (w === 0) return {order: 1, rank: 1, line: {text: first}};
				const corner = w === count - 1 ? '└' : '├';
				const head = `${' '.repeat(indent)}${corner} ${t.wave(w + 1)} ▶ `;
				return {
					order: 1 + w / 10,
					rank: w === 1 ? 6 : 9,
					line: {text: `${head}${services(waves(w), s.alwaysSlow, width - widthOf(head))}`},
				};
			});
		}
	}
}

/** Latency, slow screens and screens served, each measured beside its formula. */
function measured(s: ApiEvolutionState, sum: ApiEvolutionSummary, t: Text, width: number): Item[] {
	const p = s.params;
	const n = p.dependencies;
	const any = s.sampled > 0;
	const dash = '–';
	const latency = firstFit(t.latency(sum.p50Ms === null ? dash : ms(sum.p50Ms), sum.p99Ms === null ? dash : ms(sum.p99Ms)), width);
	// Before the run the formulas show without their values: the screen asks for a prediction first.
	const slowFormula = `1 − ${num(1 - p.slowProbability)}^${n}${any ? ` = ${pct(sum.slowScreensFormula)}` : ''}`;
	// With a technique on, the formula is what the run would measure without it.
	const network = p.architecture !== 'monolith';
	const hedged = network && p.hedging;
	const cut = network && p.timeoutsAndFallbacks;
	const slowLabel =
		t.formula[s.alwaysSlow.length > 0 ? 'slowed' : hedged && cut ? 'both' : hedged ? 'hedging' : cut ? 'timeouts' : 'plain'];
	const slow = firstFit(t.slow(sum.slowScreens === null ? '?' : pct(sum.slowScreens), slowFormula, slowLabel), width);
	const upFormula = p.architecture === 'monolith' ? 'a' : `${num(p.availability)}^${n}`;
	const served = firstFit(
		t.served(
			sum.availability === null ? '?' : pct(sum.availability),
			`${upFormula}${any ? ` = ${pct(sum.availabilityFormula)}` : ''}`,
			t.formula[cut ? 'fallbacks' : 'plain'],
		),
		width,
	);
	const perBillion = firstFit(
		t.perBillion(
			sum.failuresPerBillion === null ? '?' : grouped(sum.failuresPerBillion),
			`10^9 × (1 − ${upFormula})${any ? ` = ${grouped(sum.failuresPerBillionFormula)}` : ''}`,
			t.formula[cut ? 'fallbacks' : 'plain'],
		),
		width,
	);
	const share = (x: number | null) => (x === null ? dash : pct(x));
	const technique =
		p.architecture === 'monolith'
			? firstFit(t.monolithTechniques, width)
			: firstFit(
					t.techniques(
						p.timeoutsAndFallbacks ? t.timeoutsOn(ms(p.timeoutMs), share(sum.degradedScreens)) : t.off,
						p.hedging ? t.hedgingOn(ms(p.hedgeAfterMs), share(sum.hedgeExtraRequests)) : t.off,
					),
					width,
				);
	const slowTone = sum.slowScreens === null ? tone.muted : sum.slowScreens >= 0.01 ? tone.warn : tone.ok;
	const upTone = sum.availability === null ? tone.muted : s.failed > 0 ? tone.bad : tone.ok;
	const bars = any ? histogram(s.latencies, sum, width) : [];
	return [
		{order: 4, rank: 2, line: {text: latency}},
		...bars.map((text, i): Item => ({order: 5 + i / 100, rank: 7.5, group: 'histogram', line: {text, color: tone.muted}})),
		{order: 6, rank: 3, line: {text: slow, color: slowTone}},
		{order: 7, rank: 8, line: {text: firstFit(t.slowWhy(n), width), color: tone.muted}},
		{order: 8, rank: 4, line: {text: served, color: upTone}},
		{order: 9, rank: 10, line: {text: perBillion, color: tone.muted}},
		{order: 10, rank: 7, line: {text: technique}},
	];
}

/** Who changes the aggregation, and for a federated graph which team owns which subgraphs. */
function owners(s: ApiEvolutionState, sum: ApiEvolutionSummary, t: Text, width: number): Item[] {
	const p = s.params;
	const counts = sum.subgraphOwners.map((o) => o.subgraphs);
	const [least, most] = [Math.min(...counts), Math.max(...counts)];
	const each = least === most ? String(most) : `${least}–${most}`;
	const text = firstFit(
		t.owners[p.architecture]({
			teams: p.teams,
			inflow: num(sum.changesPerWeek),
			capacity: num(p.gatewayCapacityPerWeek),
			wait: t.weeks(num(Number(sum.gatewayQueueWeeks.toFixed(1)))),
			weeks: p.weeks,
			each,
		}),
		width,
	);
	const queue = sum.gatewayQueueWeeks >= 1 ? tone.warn : undefined;
	const out: Item[] = [{order: 11, rank: 5, line: queue ? {text, color: queue} : {text}}];
	const teams = sum.subgraphOwners.length;
	sum.subgraphOwners.forEach((o, team) => {
		const owned = Array.from({length: p.dependencies}, (_, i) => i).filter((i) => i % teams === team);
		const head = t.owns(o.team, '');
		out.push({
			order: 12 + team / 1000,
			rank: 11,
			line: {text: `${head}${services(owned, s.alwaysSlow, width - widthOf(head))}`, color: tone.muted},
		});
	});
	return out;
}
