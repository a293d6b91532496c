import {describe, expect, it} from 'vitest';
import {interleave, sameGroupNeighbours} from '../../source/quiz/interleave.js';
import {seeded} from '../support/random-log.js';

const group = (x: {chapter: string}) => x.chapter;

describe('interleaving a session', () => {
	it('never puts two of a chapter side by side when some order avoids it, over 1,000 random queues', () => {
		let avoidable = 0;
		for (let seed = 1; seed <= 1_000; seed++) {
			const random = seeded(seed);
			const chapters = 1 + Math.floor(random() * 6);
			const size = Math.floor(random() * 30);
			// Skewed: the first chapters get most items, as a real due pile does.
			const queue = Array.from({length: size}, (_, i) => ({
				id: i,
				chapter: String(Math.floor(random() ** 2 * chapters)),
			}));
			const out = interleave(queue, group);
			// The same items, each once.
			expect(out.map((x) => x.id).sort((a, b) => a - b)).toEqual(queue.map((x) => x.id));
			const counts = new Map<string, number>();
			for (const x of queue) counts.set(x.chapter, (counts.get(x.chapter) ?? 0) + 1);
			const most = Math.max(0, ...counts.values());
			// The fewest neighbours any order can have: a chapter of k among n needs k - ⌈n/2⌉ of them.
			const least = Math.max(0, most - (size - most) - 1);
			if (least === 0) avoidable++;
			expect(sameGroupNeighbours(out, group), `queue ${seed}`).toBe(least);
		}
		expect(avoidable).toBeGreaterThan(300);
	});

	it('keeps the given order where the rule allows', () => {
		const q = ['a1', 'b1', 'a2', 'c1', 'b2'].map((id) => ({id, chapter: id[0]!}));
		expect(interleave(q, group).map((x) => x.id)).toEqual(['a1', 'b1', 'a2', 'c1', 'b2']);
		const blocked = ['a1', 'a2', 'a3', 'b1', 'b2', 'c1'].map((id) => ({id, chapter: id[0]!}));
		expect(interleave(blocked, group).map((x) => x.id)).toEqual(['a1', 'b1', 'a2', 'b2', 'a3', 'c1']);
	});

	it('looks ahead: takes a later item when the earliest would leave an unavoidable pair', () => {
		// a b a a … : after a, b, the two a's left need the c between them.
		const q = ['a1', 'b1', 'a2', 'c1', 'a3'].map((id) => ({id, chapter: id[0]!}));
		expect(interleave(q, group).map((x) => x.id)).toEqual(['a1', 'b1', 'a2', 'c1', 'a3']);
		const tight = ['a1', 'a2', 'b1', 'a3', 'c1'].map((id) => ({id, chapter: id[0]!}));
		expect(sameGroupNeighbours(interleave(tight, group), group)).toBe(0);
	});

	it('places unavoidable neighbours as few as possible: three of a chapter and one other', () => {
		const q = ['a1', 'a2', 'a3', 'b1'].map((id) => ({id, chapter: id[0]!}));
		const out = interleave(q, group).map((x) => x.id);
		expect(out).toEqual(['a1', 'b1', 'a2', 'a3']);
	});
});
