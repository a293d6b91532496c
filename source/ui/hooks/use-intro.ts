import {useEffect, useRef, useState} from 'react';
import type {ProgressDoc} from '../../progress/progress-doc.js';
import {isFresh} from '../../progress/fresh.js';

/**
 * The "how this works" page: shown once at a start where nothing has been studied
 * yet (once the progress has loaded, so a returning learner never sees it flash),
 * and whenever the learner asks for it (i on the map).
 */
export function useIntro(loaded: boolean, doc: ProgressDoc) {
	const [open, setOpen] = useState(false);
	const decided = useRef(false);
	useEffect(() => {
		if (!loaded || decided.current) return;
		decided.current = true;
		if (isFresh(doc)) setOpen(true);
	}, [loaded, doc]);
	return {open, show: () => setOpen(true), close: () => setOpen(false)};
}
