import {useEffect, useReducer} from 'react';
import type {AnySim} from '../../sims/types.js';
import {initialSimulationState, simulationReducer} from '../simulation-state.js';

const FRAME_MS = 50;

/**
 * The simulation screen's state (see simulation-state.ts) and, while it is
 * running, a timer that advances it a frame at a time.
 */
export function useSimulationState(sim: AnySim, params: unknown, predictMetric: string | undefined) {
	const [state, dispatch] = useReducer(simulationReducer, undefined, () => initialSimulationState(sim, params, predictMetric));
	const running = state.mode.kind === 'running';
	useEffect(() => {
		if (!running) return;
		const timer = setInterval(() => dispatch({type: 'frame'}), FRAME_MS);
		return () => clearInterval(timer);
	}, [running]);
	return [state, dispatch] as const;
}
