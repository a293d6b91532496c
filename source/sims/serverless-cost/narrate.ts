/**
 * What a day of the Prime Video bill did, one plain sentence per event: the
 * bills so far, streams the Step Functions or Express limits turned away
 * (when that changes), the retries a storm billed, and at the month's end
 * what the design run saved. Live actions say what they changed.
 */
import type {Localized} from '../../content/schema.js';
import {billOf} from './billing.js';
import type {ServerlessCostAction, ServerlessCostState} from './engine.js';
import {retryRateOf, STORM_DAYS, STORM_RETRY_RATE} from './engine.js';
import {EXPRESS_STARTS_PER_SECOND, PRICES} from './prices.js';
import {summarize} from './summary.js';
import {count, DESIGN_NAME, pct, usd} from './text.js';

function tickEvents(prev: ServerlessCostState, next: ServerlessCostState): Localized[] {
	const day = next.lastDay;
	if (!day || next.day === prev.day) return [];
	const {days, transitionsPerSecond: t} = next.params;
	const out: Localized[] = [];
	const std = usd(billOf('standard', next.usage.standard));
	const exp = usd(billOf('express', next.usage.express));
	const inp = usd(billOf('in-process', next.usage['in-process']));
	out.push({
		en: `to day ${next.day}: Step Functions ${std} · Express ${exp} · in-process ${inp}`,
		ko: `${next.day}/${days}일 누적: Step Functions ${std} · Express ${exp} · in-process ${inp}`,
	});
	const thrown = day.standard.throttled;
	const before = prev.lastDay?.standard.throttled ?? 0;
	if (thrown !== before || (prev.lastDay === null && thrown > 0)) {
		const need = count(next.streams * t * (1 + retryRateOf(prev)));
		out.push(
			thrown > 0
				? {
						en: `Step Functions takes ${count(day.standard.served)} of ${count(next.streams)} streams (${need} transitions/s > limit ${count(prev.sfnTransitionLimit)}): ${count(thrown)} throttled`,
						ko: `스트림 ${count(next.streams)}개 중 ${count(day.standard.served)}개만 받는다(전환 ${need}/초 > 한도 ${count(prev.sfnTransitionLimit)}/초): ${count(thrown)}개 스로틀`,
					}
				: {en: 'Step Functions now takes every stream: nothing throttled', ko: '이제 Step Functions가 모든 스트림을 받는다. 스로틀이 없다'},
		);
	}
	if (day.express.throttled > 0 && day.express.throttled !== (prev.lastDay?.express.throttled ?? 0)) {
		out.push({
			en: `Express starts at most ${count(EXPRESS_STARTS_PER_SECOND)} executions a second: ${count(day.express.throttled)} streams throttled`,
			ko: `Express는 초당 실행을 ${count(EXPRESS_STARTS_PER_SECOND)}개까지만 시작한다. 스트림 ${count(day.express.throttled)}개가 스로틀된다`,
		});
	}
	if (prev.stormDays > 0) {
		const cost = usd(day.standard.retries * PRICES.sfnTransition.usd);
		out.push({
			en: `retry storm: ${count(day.standard.retries)} transitions retried today, each billed again (${cost})`,
			ko: `재시도 폭주: 오늘 전환 ${count(day.standard.retries)}회를 재시도했고 모두 다시 과금된다(${cost})`,
		});
	}
	if (next.day === days) {
		const s = summarize(next);
		const name = DESIGN_NAME.en[s.design];
		out.push(
			s.design === 'standard'
				? {
						en: `month over: Step Functions ${usd(s.monthlyBill)}; in-process would cost ${pct(s.inProcessSaving)} less per stream`,
						ko: `한 달 끝: Step Functions ${usd(s.monthlyBill)}, in-process라면 스트림당 ${pct(s.inProcessSaving)} 덜 든다`,
					}
				: {
						en: `month over: ${name} ${usd(s.monthlyBill)}, ${pct(s.saving)} less per stream than Step Functions`,
						ko: `한 달 끝: ${name} ${usd(s.monthlyBill)}, Step Functions보다 스트림당 ${pct(s.saving)} 덜 든다`,
					},
		);
	}
	return out;
}

/** One sentence per event of the day; a live action says what it changed. */
export function narrateServerlessCost(
	prev: ServerlessCostState,
	next: ServerlessCostState,
	action: ServerlessCostAction | {type: 'tick'},
): Localized[] {
	switch (action.type) {
		case 'tick':
			return tickEvents(prev, next);
		case 'double-streams':
			return [
				{
					en: `streams doubled: ${count(prev.streams)} → ${count(next.streams)} from the next day`,
					ko: `스트림을 두 배로 늘린다. 다음 날부터 ${count(prev.streams)}개 → ${count(next.streams)}개다`,
				},
			];
		case 'retry-storm':
			return [
				{
					en: `a retry storm starts: for ${STORM_DAYS} days ${pct(STORM_RETRY_RATE)} of transitions fail and are retried, each billed`,
					ko: `재시도 폭주가 시작된다. ${STORM_DAYS}일 동안 전환의 ${pct(STORM_RETRY_RATE)}가 실패해 재시도하고 모두 과금된다`,
				},
			];
		case 'raise-quota':
			return [
				{
					en: `quota raised: Step Functions now allows ${count(next.sfnTransitionLimit)} transitions/s`,
					ko: `한도를 올린다. 이제 Step Functions는 초당 전환 ${count(next.sfnTransitionLimit)}회까지 받는다`,
				},
			];
	}
}
