import type {QuizItem} from '../content/schema.js';
import {nextUint32, type RandomState, seedRandom} from '../sims/random.js';

/**
 * How an item is shown: choices, steps and right-hand sides in a shuffled
 * order. `order[k]` is the original index shown at position k. Seeded, so a
 * retry or an undo shows the same layout.
 */
export type Presentation = {choices: number[]; steps: number[]; rights: number[]};

function shuffled(count: number, random: RandomState): [number[], RandomState] {
	const out = Array.from({length: count}, (_, i) => i);
	let state = random;
	// Fisher–Yates.
	for (let i = count - 1; i > 0; i--) {
		const [n, next] = nextUint32(state);
		state = next;
		const j = n % (i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return [out, state];
}

/** 0 … count-1 in an order of their own for `seed` (for a quiz's question order). */
export function shuffledIndexes(count: number, seed: number): number[] {
	return shuffled(count, seedRandom(seed))[0];
}

/** Steps must not start in the right order (that would give the answer away). */
function shuffledNotIdentity(count: number, random: RandomState): number[] {
	let state = random;
	for (let attempt = 0; attempt < 20; attempt++) {
		const [order, next] = shuffled(count, state);
		state = next;
		if (order.some((v, i) => v !== i)) return order;
	}
	return Array.from({length: count}, (_, i) => count - 1 - i);
}

export function present(item: QuizItem, seed: number): Presentation {
	const random = seedRandom(seed);
	switch (item.type) {
		case 'single':
		case 'multi':
			return {choices: shuffled(item.choices.length, random)[0], steps: [], rights: []};
		case 'order':
			return {choices: [], steps: shuffledNotIdentity(item.steps.length, random), rights: []};
		case 'match':
			return {choices: [], steps: [], rights: shuffledNotIdentity(item.pairs.length, random)};
		default:
			return {choices: [], steps: [], rights: []};
	}
}

/** A stable number from a string (FNV-1a, 32-bit), to seed an item's layout. */
export function seedOf(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}
