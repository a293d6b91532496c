import {z} from 'zod';
import {decodeArchive} from './archive.js';
import {CURRENT_VERSION, type ProgressDoc} from './progress-doc.js';

const stamp = z.number().int().nonnegative();

/**
 * A record keyed by ids from the file. Unlike z.record, every key stays a
 * plain own entry: `__proto__` is kept as an id (z.record assigns it, which
 * sets the prototype instead), as are `constructor` and `toString`.
 */
function record<T extends z.ZodType>(value: T) {
	return z.unknown().transform((raw, ctx): Record<string, z.output<T>> => {
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
			const kind = raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw;
			ctx.addIssue({code: 'custom', message: `Invalid input: expected record, received ${kind}`});
			return z.NEVER;
		}
		const out: Record<string, z.output<T>> = {};
		for (const [key, entry] of Object.entries(raw)) {
			const parsed = value.safeParse(entry);
			if (!parsed.success) {
				for (const issue of parsed.error.issues) ctx.addIssue({code: 'custom', message: issue.message, path: [key, ...issue.path]});
				return z.NEVER;
			}
			Object.defineProperty(out, key, {value: parsed.data, enumerable: true, writable: true, configurable: true});
		}
		return out;
	});
}
const register = <T extends z.ZodType>(value: T) => z.strictObject({value, at: stamp});

const chapterProgress = z.strictObject({
	known: record(register(z.boolean())).default({}),
	seen: record(stamp).default({}),
	position: register(z.string()).optional(),
});

const confidence = z.union([z.literal(1), z.literal(2), z.literal(3)]);

const answer = z.strictObject({
	pack: z.string(),
	item: z.string(),
	at: stamp,
	ms: stamp,
	correct: z.boolean(),
	score: z.number().min(0).max(1),
	rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
	mode: z.enum(['quiz', 'review']),
	run: z.string().optional(),
	misconception: z.string().optional(),
	confidence: confidence.optional(),
	seed: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
});

const cap = register(z.number().int().min(0).max(1000));

/** What a stored document must look like; kept in step with the ProgressDoc type. */
export const progressDoc: z.ZodType<ProgressDoc, unknown> = z.strictObject({
	version: z.literal(CURRENT_VERSION),
	settings: z
		.strictObject({
			lang: register(z.enum(['ko', 'en'])).optional(),
			reviewCap: cap.optional(),
			newCap: cap.optional(),
			retention: register(z.number().min(0.85).max(0.95)).optional(),
			maxInterval: register(z.number().int().min(1).max(36_500)).optional(),
			askConfidence: register(z.boolean()).optional(),
		})
		.default({}),
	chapters: record(chapterProgress).default({}),
	answers: record(answer).default({}),
	archive: record(record(z.string())).default({}),
	runs: record(z.strictObject({pack: z.string(), at: stamp, correct: stamp, total: stamp, ms: stamp})).default({}),
	undone: record(stamp).default({}),
	resets: record(z.strictObject({scope: z.string(), at: stamp})).default({}),
	sessions: record(z.strictObject({start: stamp, ms: stamp})).default({}),
	challenges: record(stamp).default({}),
	predictions: record(
		z.strictObject({
			pack: z.string(),
			sim: z.string(),
			metric: z.string(),
			predicted: z.number(),
			actual: z.number(),
			score: z.number().min(0).max(1),
			at: stamp,
		}),
	).default({}),
	exams: record(
		z.strictObject({
			at: stamp,
			ms: stamp,
			limitMs: stamp,
			chapters: z.array(z.string()),
			items: z.array(
				z.strictObject({
					pack: z.string(),
					item: z.string(),
					correct: z.boolean(),
					score: z.number().min(0).max(1),
					ms: stamp,
					confidence: confidence.optional(),
				}),
			),
		}),
	).default({}),
});

/** Upgrades older documents step by step; index i upgrades version i to i + 1. */
const migrations: ((doc: Record<string, unknown>) => Record<string, unknown>)[] = [
	// 0 → 1: a file with no version is the empty object conf creates.
	(doc) => ({...doc, version: 1}),
	// 1 → 2: seen cards become card → time (unknown for old ones: 0); the logs start empty.
	(doc) => {
		const chapters = (doc.chapters ?? {}) as Record<string, {seen?: unknown}>;
		const upgraded = Object.fromEntries(
			Object.entries(chapters).map(([id, c]) => [
				id,
				{...c, seen: Array.isArray(c.seen) ? Object.fromEntries(c.seen.map((card) => [String(card), 0])) : c.seen},
			]),
		);
		return {...doc, version: 2, chapters: upgraded};
	},
	// 2 → 3: simulation challenges and predictions start empty.
	(doc) => ({...doc, version: 3}),
	// 3 → 4: old answers may be packed into the archive (empty at first).
	(doc) => ({...doc, version: 4}),
	// 4 → 5: answers may carry a confidence and a scenario seed; exams start empty.
	(doc) => ({...doc, version: 5}),
];

export type ReadOutcome = {kind: 'ok'; doc: ProgressDoc} | {kind: 'newer'; version: number} | {kind: 'invalid'; reason: string};

/** Reads whatever JSON was on disk into a current document, or says why not. */
export function readDoc(raw: unknown): ReadOutcome {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return {kind: 'invalid', reason: 'not a JSON object'};
	}
	let doc = raw as Record<string, unknown>;
	const version = doc.version ?? 0;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
		return {kind: 'invalid', reason: `bad version ${JSON.stringify(version)}`};
	}
	if (version > CURRENT_VERSION) return {kind: 'newer', version};
	for (let v = version; v < CURRENT_VERSION; v++) doc = migrations[v]!(doc);
	const parsed = progressDoc.safeParse(doc);
	if (!parsed.success) {
		const first = parsed.error.issues[0];
		return {kind: 'invalid', reason: `${first?.path.join('.') || 'document'}: ${first?.message ?? 'invalid'}`};
	}
	for (const [pack, items] of Object.entries(parsed.data.archive)) {
		for (const [item, text] of Object.entries(items)) {
			if (!decodeArchive(text, pack, item))
				return {kind: 'invalid', reason: `archive: a row of ${JSON.stringify(`${pack}/${item}`)} is malformed`};
		}
	}
	return {kind: 'ok', doc: parsed.data};
}
