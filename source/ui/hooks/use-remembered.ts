import {createContext, createElement, type ReactNode, useContext, useRef, useState} from 'react';

/*
 * Cursor positions and scroll offsets that outlive the screen showing them, for
 * the run: a menu opened again (after a quiz, a simulation, the `?` overlay or a
 * resize to too small and back) comes back where the learner left it.
 */
const Memory = createContext<Map<string, unknown> | undefined>(undefined);

export function MemoryProvider({children}: {children: ReactNode}) {
	const memory = useRef(new Map<string, unknown>());
	return createElement(Memory.Provider, {value: memory.current}, children);
}

/** The run's kept values, to set one for a screen not showing yet (where its cursor should wait). */
export function useMemory(): Map<string, unknown> | undefined {
	return useContext(Memory);
}

/** Like useState, but kept under `key` for the run (not kept when `key` is undefined). */
export function useRemembered<T>(key: string | undefined, initial: T): [T, (value: T) => void] {
	const memory = useContext(Memory);
	const [value, setValue] = useState<T>(() => (key !== undefined && memory?.has(key) ? (memory.get(key) as T) : initial));
	const set = (next: T) => {
		if (key !== undefined) memory?.set(key, next);
		setValue(next);
	};
	return [value, set];
}
