import {createContext, type ReactNode, useCallback, useContext, useEffect, useLayoutEffect, useRef, useState} from 'react';
import {compact} from '../progress/archive.js';
import {emptyDoc, merge, type ProgressDoc} from '../progress/progress-doc.js';
import type {ProgressStore, StoreNotice, Synced} from '../store/progress-store.js';
import {StoreError as StoreFailure, type StoreErrorKind} from '../store/store-error.js';
import {afterFrame} from './frames.js';

/**
 * Why progress could not be read or written: `cause` is the store's kind
 * ('busy' while another sd-trainer holds the file: then it is retried);
 * `safeAt` is when progress last reached the disk.
 */
export type StoreError = {kind: 'open' | 'save'; reason: string; cause?: StoreErrorKind; safeAt?: number};

/** Retries while another sd-trainer holds the file: from half a second up to five. */
const RETRY_MS = [500, 1000, 2000, 5000];

export type Progress = {
	doc: ProgressDoc;
	/** False until the store has been read (the first frame never waits for it). */
	loaded: boolean;
	notices: StoreNotice[];
	/** Why progress could not be read or written, if it could not. */
	storeError: StoreError | undefined;
	/**
	 * Applies an edit at once and saves it (merged with what is on disk) once the frame
	 * it changes is drawn and the keys pause; edits made in one go are saved together, and the game
	 * never closes with one unsaved.
	 */
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
	const savedAt = useRef<number | undefined>(undefined);
	const retry = useRef<{timer?: ReturnType<typeof setTimeout>; tries: number}>({tries: 0});
	const loadRef = useRef<() => void>(() => {});

	const sync = useCallback((run: () => Synced, kind: StoreError['kind'] = 'save') => {
		try {
			const synced = run();
			docRef.current = synced.doc;
			setDoc(synced.doc);
			if (synced.notices.length > 0) setNotices((old) => [...old, ...synced.notices]);
			setStoreError(undefined);
			savedAt.current = Date.now();
			retry.current.tries = 0;
		} catch (error) {
			// The changes stay in docRef: the next save (or the retry) writes them all.
			const cause = error instanceof StoreFailure ? error.kind : undefined;
			setStoreError({
				kind,
				// Opening, the system's words say enough ("EACCES: …"); saving, the kind comes first.
				reason: kind === 'open' && error instanceof StoreFailure ? error.detail : (error as Error).message,
				...(cause ? {cause} : {}),
				...(savedAt.current ? {safeAt: savedAt.current} : {}),
			});
			if (cause === 'busy' && !retry.current.timer) {
				const wait = RETRY_MS[Math.min(retry.current.tries++, RETRY_MS.length - 1)];
				retry.current.timer = setTimeout(() => {
					retry.current.timer = undefined;
					loadRef.current();
				}, wait);
			}
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
					let backedUp = false;
					let opened = false;
					loadRef.current = () => {
						if (cancelled) return;
						// A copy as it was before this session (kept: the newest few).
						try {
							if (!backedUp) store.backup('start');
							backedUp = true;
						} catch {}
						// Edits made before loading are merged in, not lost. Answers older
						// than a day are packed into the archive (and saved so) once a run.
						sync(
							() => {
								const read = store.open();
								opened = true;
								const mine = dirty.current ? merge(read.doc, docRef.current) : read.doc;
								const packed = compact(mine, now());
								if (packed === read.doc) return read;
								const saved = store.save(packed);
								return {doc: saved.doc, notices: [...read.notices, ...saved.notices]};
							},
							opened ? 'save' : 'open',
						);
					};
					loadRef.current();
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
			clearTimeout(retry.current.timer);
		};
	}, [openStore, sync, now]);

	// Saving is off the key path: a key's edit is drawn first and saved once its frame is on
	// screen and the keys pause (frames.ts: 50 ms, at most a second while they keep coming);
	// the edits in between are saved together; quitting writes what waits (below).
	const queued = useRef(false);
	const flush = useCallback(() => {
		if (!queued.current) return;
		queued.current = false;
		const store = storeRef.current;
		if (store) sync(() => store.save(docRef.current));
	}, [sync]);
	// Closing (q, Ctrl+C, a signal) unmounts the app: what waits is written before it ends.
	useLayoutEffect(() => flush, [flush]);

	const update = useCallback(
		(edit: (doc: ProgressDoc) => ProgressDoc) => {
			const next = edit(docRef.current);
			docRef.current = next;
			dirty.current = true;
			setDoc(next);
			if (storeRef.current && !queued.current) {
				queued.current = true;
				afterFrame(flush);
			}
		},
		[flush],
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
