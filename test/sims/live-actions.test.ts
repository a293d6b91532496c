import {describe, expect, it} from 'vitest';
import {kafka} from '../../source/sims/kafka/engine.js';
import {loadBalancer} from '../../source/sims/load-balancer/engine.js';
import {act, advance, startPlayback, stepBack} from '../../source/sims/playback.js';
import {simById} from '../../source/sims/registry.js';

const make = (engine: string, i: number, state: unknown) => simById(engine)!.liveActions[i]!.make(state);

describe('live actions', () => {
	it('add a Kafka consumer, fail and recover a broker', () => {
		const p = advance(kafka, startPlayback(kafka, kafka.params.parse({failBrokers: 0}), 1), 5);
		expect(make('kafka', 0, p.state)).toEqual({type: 'add-consumer'});
		const more = act(kafka, p, make('kafka', 0, p.state)!);
		const end = advance(kafka, more, 1000).state as Parameters<typeof kafka.summary>[0];
		expect(Object.keys(kafka.summary(end).assignment)).toHaveLength(4);
		const failed = act(kafka, p, make('kafka', 2, p.state)!);
		expect(make('kafka', 3, failed.state)).toEqual({type: 'recover-broker', broker: 0});
	});

	it('take a server down and back, never the last one', () => {
		const p = startPlayback(loadBalancer, loadBalancer.params.parse({}), 1);
		expect(make('load-balancer', 0, p.state)).toEqual({type: 'setDown', server: 'c', down: true});
		expect(make('load-balancer', 1, p.state)).toBeUndefined();
		let q = act(loadBalancer, p, make('load-balancer', 0, p.state)!);
		q = act(loadBalancer, q, make('load-balancer', 0, q.state)!);
		expect(make('load-balancer', 0, q.state)).toBeUndefined();
		expect(make('load-balancer', 1, q.state)).toEqual({type: 'setDown', server: 'b', down: false});
	});

	it('are replayed at their step when stepping back', () => {
		let p = advance(kafka, startPlayback(kafka, kafka.params.parse({failBrokers: 0}), 1), 3);
		p = act(kafka, p, {type: 'add-consumer'});
		p = advance(kafka, p, 2);
		const back = stepBack(kafka, p);
		expect(back.steps).toBe(4);
		expect(back.actions).toEqual([{at: 3, action: {type: 'add-consumer'}}]);
		expect(back.state).toEqual(
			advance(kafka, act(kafka, advance(kafka, startPlayback(kafka, p.params, 1), 3), {type: 'add-consumer'}), 1).state,
		);
	});
});
