import {useEffect, useLayoutEffect, useReducer, useRef} from 'react';
import type {SimRun} from '../../sims/sim-run.js';
import {startPlayback} from '../../sims/playback.js';
import type {AnySim} from '../../sims/types.js';
import {loadRun, type ShareContext} from '../simulation-share.js';
import {frameOf, initialSimulationState, type SimScreenState, simulationReducer} from '../simulation-state.js';
import {useRemembered} from './use-remembered.js';

/**
 * The simulation screen's state (see simulation-state.ts) and, while it is
 * running, a timer that advances it a frame at a time. The run (params, seed,
 * step, live actions, narration) is kept under `memoryKey` for the app's run,
 * so Esc, a resize to too small and coming back find it where it was (paused).
 * Opened with a run (`preset`: a share code's, a scenario's), it starts there,
 * once: coming back to the same screen finds the run as it was left.
 */
export function useSimulationState(
	sim: AnySim,
	params: unknown,
	predictMetric: string | undefined,
	memoryKey: string,
	share?: ShareContext,
	preset?: SimRun,
	watch?: {params: unknown; seed: number},
) {
	// A scenario's run to watch plays from its start and is not kept (the learner's own run stays as they left it).
	const [saved, save] = useRemembered<SimScreenState | undefined>(watch ? `${memoryKey}@watch` : memoryKey, undefined);
	const [state, dispatch] = useReducer(simulationReducer, undefined, (): SimScreenState => {
		if (watch) return {...watching(sim, params, predictMetric, watch), share};
		if (saved && saved.sim === sim && (!preset || saved.from === preset))
			return {...saved, mode: {kind: 'params'}, share, elsewhere: undefined};
		const fresh = {...initialSimulationState(sim, params, predictMetric), share, from: preset};
		return preset ? loadRun(fresh, preset) : fresh;
	});
	// Saved once, as the screen goes: saving on every frame would re-render it for nothing.
	const latest = useRef(state);
	latest.current = state;
	// biome-ignore lint/correctness/useExhaustiveDependencies: on leaving only
	useLayoutEffect(() => () => (watch ? undefined : save(latest.current)), []);
	const running = state.mode.kind === 'running';
	const {ms} = frameOf(state);
	useEffect(() => {
		if (!running) return;
		const timer = setInterval(() => dispatch({type: 'frame'}), ms);
		return () => clearInterval(timer);
	}, [running, ms]);
	return [state, dispatch] as const;
}

/** A scenario review's run: its settings and seed, playing from step 0 (reset still goes back to the pack's settings). */
function watching(sim: AnySim, params: unknown, predictMetric: string | undefined, watch: {params: unknown; seed: number}): SimScreenState {
	return {
		...initialSimulationState(sim, params, predictMetric),
		playback: startPlayback(sim.engine, watch.params, watch.seed),
		mode: {kind: 'running'},
	};
}
