import {createContext, type ReactNode, useContext, useEffect, useState} from 'react';
import type {LessonPack} from '../content/schema.js';

/** Full packs by id once loaded (just after the first frame); undefined before. */
const PacksContext = createContext<Map<string, LessonPack> | undefined>(undefined);

export function usePack(id: string): LessonPack | undefined {
	return useContext(PacksContext)?.get(id);
}

/** All full packs by id, once loaded. */
export function usePacks(): Map<string, LessonPack> | undefined {
	return useContext(PacksContext);
}

export function PacksProvider({load, children}: {load: () => Promise<LessonPack[]>; children: ReactNode}) {
	const [packs, setPacks] = useState<Map<string, LessonPack> | undefined>();
	useEffect(() => {
		let cancelled = false;
		const timer = setTimeout(() => {
			load().then((list) => {
				if (!cancelled) setPacks(new Map(list.map((p) => [p.id, p])));
			});
		}, 0);
		return () => {
			cancelled = true;
			clearTimeout(timer);
		};
	}, [load]);
	return <PacksContext.Provider value={packs}>{children}</PacksContext.Provider>;
}
