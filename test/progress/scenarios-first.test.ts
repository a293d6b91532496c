import {describe, expect, it} from 'vitest';
import {SCENARIOS_FIRST, scenariosFirst} from '../../source/progress/schedule.js';
import {planSession} from '../../source/progress/session-plan.js';

const ref = (pack: string, item: string) => ({pack, item});

describe('due scenario items in a session', () => {
	it('go ahead of the other due reviews, at most three, in their own order', () => {
		const due = [
			ref('a', 'q1'),
			ref('b', 'sim:lb:one'),
			ref('a', 'q2'),
			ref('c', 'sim:ch:predict'),
			ref('b', 'q3'),
			ref('d', 'sim:raft:two'),
			ref('d', 'sim:raft:three'),
		];
		expect(SCENARIOS_FIRST).toBe(3);
		expect(scenariosFirst(due).map((r) => r.item)).toEqual([
			'sim:lb:one',
			'sim:ch:predict',
			'sim:raft:two',
			'q1',
			'q2',
			'q3',
			'sim:raft:three',
		]);
		expect(scenariosFirst([ref('a', 'q1')])).toEqual([ref('a', 'q1')]);
		// Confident misses stay in front of them.
		const sure = due[2]!;
		expect(
			scenariosFirst(due, (r) => r === sure)
				.map((r) => r.item)
				.slice(0, 3),
		).toEqual(['q2', 'sim:lb:one', 'sim:ch:predict']);
	});

	it('makes a scenario item at the back of a long backlog part of the session', () => {
		// 60 due quiz reviews over four chapters, then one scenario: a 40 s pace gives a session of 19.
		const backlog = Array.from({length: 60}, (_, i) => ref(`p${i % 4}`, `q${i}`));
		const due = [...backlog, ref('p1', 'sim:lb:beat-round-robin')];
		const input = {fresh: [], heldBack: 0, perItemMs: 40_000};
		const without = planSession({...input, reviews: due});
		expect(without.items.some((r) => r.item.startsWith('sim:'))).toBe(false);
		const plan = planSession({...input, reviews: scenariosFirst(due)});
		expect(plan.items).toHaveLength(without.items.length);
		expect(plan.items.filter((r) => r.item.startsWith('sim:'))).toEqual([ref('p1', 'sim:lb:beat-round-robin')]);
		expect(plan.later).toBe(due.length - plan.items.length);
	});
});
