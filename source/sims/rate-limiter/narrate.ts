import type {Localized} from '../../content/schema.js';
import {type RateLimiterAction, type RateLimiterState, stepWith} from './engine.js';
import type {RunEvent} from './run.js';

const range = (first: number, count: number): string => (count === 1 ? `#${first}` : `#${first}–#${first + count - 1}`);

const clock = (t: number): Localized => ({en: `${(t / 1000).toFixed(1)}s`, ko: `${(t / 1000).toFixed(1)}초`});

/**
 * An arrival (one request or several at once): which got in and which were
 * dropped, and why. Short enough for one line of an 80-column screen; no
 * particle right after a number in Korean (its form depends on how it is read).
 */
function arrival(e: Extract<RunEvent, {kind: 'arrive'}>, first: number, leaky: boolean, capacity: number): Localized {
	const at = clock(e.t);
	const gauge = `${e.level}/${capacity}`;
	const dropped = e.n - e.accepted;
	const level: Localized = leaky ? {en: `${gauge} waiting`, ko: `대기 ${gauge}`} : {en: `${gauge} left`, ko: `남은 토큰 ${gauge}`};
	if (e.n === 1) {
		if (e.accepted === 0)
			return leaky
				? {en: `${at.en}: req #${first} dropped (queue full)`, ko: `${at.ko}: 요청 #${first} 거절(대기열이 꽉 찼다)`}
				: {en: `${at.en}: req #${first} dropped (no token)`, ko: `${at.ko}: 요청 #${first} 거절(토큰이 없다)`};
		return leaky
			? {en: `${at.en}: req #${first} accepted (queued, ${level.en})`, ko: `${at.ko}: 요청 #${first} 수락(대기열에 넣는다, ${level.ko})`}
			: {
					en: `${at.en}: req #${first} accepted (spends a token, ${level.en})`,
					ko: `${at.ko}: 요청 #${first} 수락(토큰 하나를 쓴다, ${level.ko})`,
				};
	}
	const inWhy: Localized = leaky ? {en: 'queued', ko: '대기열로'} : {en: '1 token each', ko: '토큰 1개씩'};
	const outWhy: Localized = leaky ? {en: 'queue full', ko: '꽉 참'} : {en: 'no token', ko: '토큰 없음'};
	const parts: Localized[] = [];
	if (e.accepted > 0) {
		const ids = range(first, e.accepted);
		parts.push(
			dropped === 0
				? {en: `accepted ${ids} (${inWhy.en}, ${level.en})`, ko: `수락 ${ids}(${inWhy.ko}, ${level.ko})`}
				: {en: `accepted ${ids} (${inWhy.en})`, ko: `수락 ${ids}(${inWhy.ko})`},
		);
	}
	if (dropped > 0) {
		const ids = range(first + e.accepted, dropped);
		parts.push({en: `dropped ${ids} (${outWhy.en})`, ko: `거절 ${ids}(${outWhy.ko})`});
	}
	return {
		en: `${at.en}: ${e.n} at once: ${parts.map((x) => x.en).join(', ')}`,
		ko: `${at.ko}: ${e.n}개가 동시에 온다. ${parts.map((x) => x.ko).join(', ')}`,
	};
}

function bucket(e: Exclude<RunEvent, {kind: 'arrive'}>, capacity: number): Localized {
	const at = clock(e.t);
	if (e.kind === 'leave')
		return {
			en: `${at.en}: the oldest in the queue goes on to the backend (${e.level}/${capacity} waiting)`,
			ko: `${at.ko}: 가장 오래 기다린 요청이 백엔드로 나간다(대기 ${e.level}/${capacity})`,
		};
	return {en: `${at.en}: a token drips in (${e.level}/${capacity})`, ko: `${at.ko}: 토큰 하나가 채워진다(${e.level}/${capacity})`};
}

/**
 * One sentence per event of the step, oldest first: each arrival (requests
 * numbered in arrival order from #1, a burst as one sentence naming which got
 * in and which were dropped), each departure from the queue, each token added.
 * The step is replayed with a listener, so the story is the engine's own.
 */
export function narrateRateLimiter(
	prev: RateLimiterState,
	_next: RateLimiterState,
	action: RateLimiterAction | {type: 'tick'},
): Localized[] {
	const {algorithm, capacity} = prev.params;
	const leaky = algorithm === 'leaky-bucket';
	let first = prev.timeline.reduce((n, r) => n + r.arrived, 0) + 1;
	const said: Localized[] = [];
	stepWith(prev, action, (e) => {
		if (e.kind !== 'arrive') {
			said.push(bucket(e, capacity));
			return;
		}
		said.push(arrival(e, first, leaky, capacity));
		first += e.n;
	});
	return said;
}
