import {useEffect, useRef, useState} from 'react';
import {act, advance, type Playback, startPlayback, stepBack, toEnd} from '../../sims/playback.js';
import type {AnyEngine} from '../../sims/types.js';

const FRAME_MS = 50;
/** Steps per frame while playing; 0 speeds up as the run goes on, so long runs end in seconds. */
export const SPEEDS = [1, 5, 25, 0];

/**
 * A simulation run on screen: its state, and play/pause, step, step back, to
 * the end, restart and live actions. Keys can arrive faster than renders, so
 * every control works on the latest run (a ref), not the last render's.
 */
export function usePlayback(engine: AnyEngine, params: unknown) {
	const [playback, setPlayback] = useState<Playback>(() => startPlayback(engine, params, 1));
	const [playing, setPlaying] = useState(false);
	const [speed, setSpeed] = useState(SPEEDS.length - 1);
	const latest = useRef(playback);
	latest.current = playback;
	const set = (p: Playback) => {
		latest.current = p;
		setPlayback(p);
	};
	const pausedThen = (next: (p: Playback) => Playback) => () => {
		setPlaying(false);
		set(next(latest.current));
	};

	// biome-ignore lint/correctness/useExhaustiveDependencies: `set` only writes state and a ref
	useEffect(() => {
		if (!playing) return;
		const timer = setInterval(() => {
			const p = latest.current;
			const next = advance(engine, p, SPEEDS[speed] || Math.ceil(p.steps / 10) + 1);
			set(next);
			if (next.done) setPlaying(false);
		}, FRAME_MS);
		return () => clearInterval(timer);
	}, [playing, engine, speed]);

	return {
		playback,
		playing,
		/** Steps per frame, 0 for "fast". */
		pace: SPEEDS[speed] ?? 0,
		current: () => latest.current,
		toggle: () => !latest.current.done && setPlaying((x) => !x),
		slower: () => setSpeed((x) => Math.max(0, x - 1)),
		faster: () => setSpeed((x) => Math.min(SPEEDS.length - 1, x + 1)),
		step: pausedThen((p) => advance(engine, p, 1)),
		back: pausedThen((p) => stepBack(engine, p)),
		toEnd: pausedThen((p) => toEnd(engine, p)),
		restart: (nextParams: unknown, seed: number) => pausedThen(() => startPlayback(engine, nextParams, seed))(),
		act: (action: {type: string}) => {
			if (!latest.current.done) set(act(engine, latest.current, action));
		},
	};
}
