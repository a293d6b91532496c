import {createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState} from 'react';
import {compact} from '../progress/archive.js';
import {emptyDoc, merge, type ProgressDoc} from '../progress/progress-doc.js';
import type {ProgressStore, StoreNotice, Synced} from '../store/progress-store.js';

export type StoreError = {kind: 'open' | 'save'; reason: string};

export type Progress = {
	doc: ProgressDoc;
	/** False until the store has been read (the first frame never waits for it). */
	loaded: boolean;
	notices: StoreNotice[];
	/** Why progress could not be read or written, if it could not. */
	storeError: StoreError | undefined;
	/** Applies an edit and saves it at once (merged with what is on disk). */
	update: (edit: (doc: ProgressDoc) => ProgressDoc) => void;
	dismissNotices: () => void;
	/** Copies the progress file aside now; where it went, if anywhere. */
	backup: (reason: string) => string | undefined;
};

const ProgressContext = createContext<Progress | undefined>(undefined);

export function useProgress(): Progress {
	const value = useContext(ProgressContext);
	if (!value) throw new Error('useProgress outside ProgressProvider');
	return value;
}

type Props = {store: () => Promise<ProgressStore>; children: ReactNode; now?: () => number};

export function ProgressProvider({store: openStore, children, now = Date.now}: Props) {
	const docRef = useRef<ProgressDoc>(emptyDoc());
	const storeRef = useRef<ProgressStore | undefined>(undefined);
	const dirty = useRef(false);
	const [doc, setDoc] = useState(docRef.current);
	const [loaded, setLoaded] = useState(false);
	const [notices, setNotices] = useState<StoreNotice[]>([]);
	const [storeError, setStoreError] = useState<StoreError | undefined>();

	const sync = useCallback((run: () => Synced) => {
		try {
			const synced = run();
			docRef.current = synced.doc;
			setDoc(synced.doc);
			if (synced.notices.length > 0) setNotices((old) => [...old, ...synced.notices]);
			setStoreError(undefined);
		} catch (error) {
			setStoreError({kind: 'save', reason: (error as Error).message});
		}
	}, []);

	useEffect(() => {
		let cancelled = false;
		// Deferred a tick so that the first frame is drawn before the store loads.
		const timer = setTimeout(() => {
			openStore().then(
				(store) => {
					if (cancelled) return;
					storeRef.current = store;
					// A copy as it was before this session (kept: the newest few).
					try {
						store.backup('start');
					} catch {}
					// Edits made before loading are merged in, not lost. Answers older
					// than a day are packed into the archive (and saved so) once a run.
					sync(() => {
						const opened = store.open();
						const mine = dirty.current ? merge(opened.doc, docRef.current) : opened.doc;
						const packed = compact(mine, now());
						if (packed === opened.doc) return opened;
						const saved = store.save(packed);
						return {doc: saved.doc, notices: [...opened.notices, ...saved.notices]};
					});
					setLoaded(true);
				},
				(error: Error) => {
					// Studying goes on without saving; the learner is told why.
					if (cancelled) return;
					setStoreError({kind: 'open', reason: error.message});
					setLoaded(true);
				},
			);
		}, 0);
		return () => {
			cancelled = true;
			clearTimeout(timer);
		};
	}, [openStore, sync, now]);

	const update = useCallback(
		(edit: (doc: ProgressDoc) => ProgressDoc) => {
			const next = edit(docRef.current);
			docRef.current = next;
			dirty.current = true;
			setDoc(next);
			const store = storeRef.current;
			if (store) sync(() => store.save(next));
		},
		[sync],
	);

	const dismissNotices = useCallback(() => setNotices([]), []);
	const backup = useCallback((reason: string) => {
		try {
			return storeRef.current?.backup(reason);
		} catch (error) {
			setStoreError({kind: 'save', reason: (error as Error).message});
			return undefined;
		}
	}, []);

	return (
		<ProgressContext.Provider value={{doc, loaded, notices, storeError, update, dismissNotices, backup}}>
			{children}
		</ProgressContext.Provider>
	);
}
