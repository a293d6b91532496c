import {useEffect, useRef} from 'react';
import {type ProgressDoc, recordSession} from '../../progress/progress-doc.js';

/** Counts time as studied only while keys are pressed (gaps over two minutes are idle). */
const IDLE_MS = 120_000;
const SAVE_EVERY_MS = 60_000;

/**
 * Time studied in this run: `press()` on every key, `save()` to write it
 * (also once a minute, and only when it has grown).
 */
export function useStudyClock(update: (edit: (doc: ProgressDoc) => ProgressDoc) => void, now: () => number) {
	const clock = useRef({id: `${now().toString(36)}-${process.pid}`, start: now(), last: now(), ms: 0, saved: 0});
	const api = useRef({
		press() {
			const at = now();
			clock.current.ms += Math.min(IDLE_MS, at - clock.current.last);
			clock.current.last = at;
		},
		save() {
			const {id, start, ms, saved} = clock.current;
			if (ms === saved) return;
			clock.current.saved = ms;
			update((d) => recordSession(d, id, start, ms));
		},
	});
	useEffect(() => {
		const timer = setInterval(() => api.current.save(), SAVE_EVERY_MS);
		return () => clearInterval(timer);
	}, []);
	return api.current;
}
