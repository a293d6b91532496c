/**
 * One minute of requests: each comes from a user, goes to the old or the new
 * version, and succeeds or fails. Counts are exact (the new version gets
 * round(rpm × share) requests); who sends them and which fail is drawn from
 * the seeded generator.
 */
import {Random, type RandomState} from '../random.js';
import {failChance} from './stats.js';

export type MinuteIn = {
	rng: RandomState;
	rpm: number;
	users: number;
	/** User ids ordered by their hash: a cohort of share s is the first round(s × users). */
	order: readonly number[];
	share: number;
	byCohort: boolean;
	down: boolean;
	/** Old-version requests fail: a one-step schema change left the old code without its column. */
	oldBroken: boolean;
	base: number;
	bug: number;
	watchCohort: boolean;
	affected: readonly number[];
	exposed: readonly number[];
};

export type MinuteOut = {
	rng: RandomState;
	requests: number;
	newRequests: number;
	background: number;
	bugErrors: number;
	downErrors: number;
	schemaErrors: number;
	/** The requests the monitor watches this minute, and how many of them failed. */
	watched: number;
	watchedFailed: number;
	/** Users who hit an error the release caused this minute. */
	errorUsers: number;
	affected: number[];
	exposed: number[];
	newlyAffected: number;
	newlyExposed: number;
};

function mark(bits: number[], user: number): boolean {
	const w = user >>> 5;
	const b = 1 << (user & 31);
	if ((bits[w]! & b) !== 0) return false;
	bits[w] = bits[w]! | b;
	return true;
}

export const emptyBits = (users: number): number[] => Array.from({length: Math.ceil(users / 32)}, () => 0);

export function runMinute(m: MinuteIn): MinuteOut {
	const rnd = new Random(m.rng);
	const affected = [...m.affected];
	const exposed = [...m.exposed];
	const newRequests = Math.round(m.rpm * m.share);
	const cut = m.byCohort ? Math.min(m.users, Math.max(m.share > 0 ? 1 : 0, Math.round(m.share * m.users))) : 0;
	const pNew = failChance(m.base, m.bug);
	const errorUsers = new Set<number>();
	let background = 0;
	let bugErrors = 0;
	let downErrors = 0;
	let schemaErrors = 0;
	let watchedFailed = 0;
	let newlyAffected = 0;
	let newlyExposed = 0;
	for (let i = 0; i < m.rpm; i++) {
		const isNew = i < newRequests;
		let user: number;
		if (m.byCohort && isNew && cut > 0) user = m.order[rnd.int(0, cut - 1)]!;
		else if (m.byCohort && !isNew && cut < m.users) user = m.order[rnd.int(cut, m.users - 1)]!;
		else user = rnd.int(0, m.users - 1);
		if (isNew && mark(exposed, user)) newlyExposed++;
		let release = false;
		let failed = true;
		if (m.down) {
			downErrors++;
			release = true;
		} else if (!isNew && m.oldBroken) {
			schemaErrors++;
			release = true;
		} else {
			const u = rnd.float();
			if (u < m.base) background++;
			else if (isNew && u < pNew) {
				bugErrors++;
				release = true;
			} else failed = false;
		}
		if (failed && (!m.watchCohort || isNew)) watchedFailed++;
		if (release) {
			errorUsers.add(user);
			if (mark(affected, user)) newlyAffected++;
		}
	}
	return {
		rng: rnd.state,
		requests: m.rpm,
		newRequests,
		background,
		bugErrors,
		downErrors,
		schemaErrors,
		watched: m.watchCohort ? newRequests : m.rpm,
		watchedFailed,
		errorUsers: errorUsers.size,
		affected,
		exposed,
		newlyAffected,
		newlyExposed,
	};
}
