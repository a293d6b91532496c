import type {Localized} from '../../content/schema.js';
import {type RateLimiterAction, type RateLimiterState, stepWith} from './engine.js';
import type {RunEvent} from './run.js';

const ids = (first: number, count: number): string => (count === 1 ? `#${first}` : `#${first}–#${first + count - 1}`);

/** An arrival (one request or a burst): which got in and which were dropped, and why. */
function arrival(e: Extract<RunEvent, {kind: 'arrive'}>, first: number, leaky: boolean, capacity: number): Localized {
	const at = {en: `${(e.t / 1000).toFixed(1)}s`, ko: `${(e.t / 1000).toFixed(1)}초`};
	const gauge = `${e.level}/${capacity}`;
	const dropped = e.n - e.accepted;
	const inWhy: Localized = leaky
		? {en: `queued (${gauge} waiting)`, ko: `대기열에 들어간다(대기 ${gauge})`}
		: {
				en: `spent a token each, straight to the backend (${gauge} tokens left)`,
				ko: `토큰을 하나씩 쓰고 바로 백엔드로 간다(토큰 ${gauge})`,
			};
	const outWhy: Localized = leaky ? {en: 'the queue is full', ko: '대기열이 꽉 찼다'} : {en: 'no token left', ko: '남은 토큰이 없다'};
	if (e.n === 1) {
		if (e.accepted === 1)
			return leaky
				? {en: `${at.en}: req #${first} accepted, ${inWhy.en}`, ko: `${at.ko}: 요청 #${first} 수락, ${inWhy.ko}`}
				: {
						en: `${at.en}: req #${first} accepted, spends a token and goes straight to the backend (${gauge} tokens left)`,
						ko: `${at.ko}: 요청 #${first} 수락, 토큰 하나를 쓰고 바로 백엔드로 간다(토큰 ${gauge})`,
					};
		return {en: `${at.en}: req #${first} dropped: ${outWhy.en}`, ko: `${at.ko}: 요청 #${first} 거절: ${outWhy.ko}`};
	}
	const head = {en: `${at.en}: ${e.n} requests at once`, ko: `${at.ko}: 요청 ${e.n}개가 한꺼번에 온다`};
	const kept = {en: `${ids(first, e.accepted)} accepted, ${inWhy.en}`, ko: `${ids(first, e.accepted)} 수락, ${inWhy.ko}`};
	const lost = {
		en: `${ids(first + e.accepted, dropped)} dropped: ${outWhy.en}`,
		ko: `${ids(first + e.accepted, dropped)} 거절: ${outWhy.ko}`,
	};
	if (dropped === 0) return {en: `${head.en}: ${kept.en}`, ko: `${head.ko}: ${kept.ko}`};
	if (e.accepted === 0) return {en: `${head.en}: ${lost.en}`, ko: `${head.ko}: ${lost.ko}`};
	return {en: `${head.en}: ${kept.en}; ${lost.en}`, ko: `${head.ko}: ${kept.ko}. ${lost.ko}`};
}

function bucket(e: Exclude<RunEvent, {kind: 'arrive'}>, capacity: number): Localized {
	const at = {en: `${(e.t / 1000).toFixed(1)}s`, ko: `${(e.t / 1000).toFixed(1)}초`};
	if (e.kind === 'leave')
		return {
			en: `${at.en}: the oldest queued request leaves for the backend (${e.level}/${capacity} still waiting)`,
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
