import {dayIndex} from './days.js';
import type {ItemFacts} from './derive.js';

/*
 * What the streak needs of the answers, kept up to date item by item: on
 * which days something was answered, and on which days a review was due
 * (judged by the schedule as it stood then). Only items whose answers changed
 * since the last call are looked at again, so a change costs the same at any
 * log size. The index is a cache: it never changes a result.
 */

type Contribution = {days: number[]; ranges: [number, number][]};

/**
 * One item's days: the days it was answered, and the day ranges it was due.
 * The schedule set by answer i is in force on the days that start after it
 * and no later than the next answer, and makes the item due from its due day.
 */
function contributionOf(facts: ItemFacts, tz: number): Contribution {
	const days = new Set<number>();
	const ranges: [number, number][] = [];
	const {answers, dues} = facts;
	answers.forEach((a, i) => {
		days.add(dayIndex(a.at, tz));
		const next = answers[i + 1];
		const from = Math.max(dayIndex(a.at, tz) + 1, dayIndex(dues[i]!, tz));
		const to = next ? dayIndex(next.at, tz) : Number.POSITIVE_INFINITY;
		if (from <= to) ranges.push([from, to]);
	});
	return {days: [...days], ranges};
}

const bump = (map: Map<number, number>, day: number, by: number) => {
	const value = (map.get(day) ?? 0) + by;
	if (value === 0) map.delete(day);
	else map.set(day, value);
};

type Index = {
	tz: number;
	items: Map<string, {facts: ItemFacts; part: Contribution}>;
	active: Map<number, number>;
	delta: Map<number, number>;
};
let index: Index | undefined;

function apply(target: Index, part: Contribution, sign: 1 | -1) {
	for (const day of part.days) bump(target.active, day, sign);
	for (const [from, to] of part.ranges) {
		bump(target.delta, from, sign);
		if (to !== Number.POSITIVE_INFINITY) bump(target.delta, to + 1, -sign);
	}
}

/** Days with answers, and whether a review was due on a day. */
export function answerDays(items: Map<string, ItemFacts>, tz: number): {active: Set<number>; wasDue: (day: number) => boolean} {
	if (!index || index.tz !== tz) index = {tz, items: new Map(), active: new Map(), delta: new Map()};
	const current = index;
	for (const [key, old] of current.items) {
		if (items.get(key) === old.facts) continue;
		apply(current, old.part, -1);
		current.items.delete(key);
	}
	for (const [key, facts] of items) {
		if (current.items.has(key)) continue;
		const part = contributionOf(facts, tz);
		apply(current, part, 1);
		current.items.set(key, {facts, part});
	}
	// Running sums over the (few hundred) days where the count of due items changes.
	const starts = [...current.delta.entries()].sort((a, b) => a[0] - b[0]);
	const edges: number[] = [];
	const due: boolean[] = [];
	let sum = 0;
	for (const [day, change] of starts) {
		sum += change;
		edges.push(day);
		due.push(sum > 0);
	}
	return {
		active: new Set(current.active.keys()),
		wasDue: (day) => {
			let lo = 0;
			let hi = edges.length - 1;
			let at = -1;
			while (lo <= hi) {
				const mid = (lo + hi) >> 1;
				if (edges[mid]! <= day) {
					at = mid;
					lo = mid + 1;
				} else hi = mid - 1;
			}
			return at >= 0 && due[at]!;
		},
	};
}
