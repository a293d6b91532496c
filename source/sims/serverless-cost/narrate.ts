/**
 * What a day of the Prime Video bill did, one plain sentence per event: the
 * bills so far, streams the Step Functions or Express limits turned away
 * (when that changes), the retries a storm billed, and at the month's end
 * what the design run saved. Live actions say what they changed.
 */
import type {Localized} from '../../content/schema.js';
import {billOf} from './billing.js';
import type {ServerlessCostAction, ServerlessCostState} from './engine.js';
import {STORM_DAYS, STORM_RETRY_RATE} from './engine.js';
import type {Design} from './params.js';
import {EXPRESS_STARTS_PER_SECOND, PRICES} from './prices.js';
import {summarize} from './summary.js';
import {count, DESIGN_NAME, pct, usd} from './text.js';

// Every sentence fits the 56 columns a 60-column screen gives the narration row (streams up to 10,000).
function tickEvents(prev: ServerlessCostState, next: ServerlessCostState): Localized[] {
	const day = next.lastDay;
	if (!day || next.day === prev.day) return [];
	const out: Localized[] = [];
	// Today's bill of the design run beside the cheapest alternative (the bars show the month so far).
	const run = next.params.design;
	const other: Design = run === 'in-process' ? 'standard' : 'in-process';
	const today = (d: Design) => `${DESIGN_NAME.en[d]} ${usd(billOf(d, day[d].usage))}`;
	out.push({
		en: `day ${next.day}: ${today(run)} today, ${today(other)}`,
		ko: `${next.day}일째 하루: ${today(run)} · ${today(other)}`,
	});
	const thrown = day.standard.throttled;
	const before = prev.lastDay?.standard.throttled ?? 0;
	if (thrown !== before || (prev.lastDay === null && thrown > 0)) {
		const limit = count(prev.sfnTransitionLimit);
		out.push(
			thrown > 0
				? {
						en: `${count(thrown)} of ${count(next.streams)} streams throttled (limit ${limit}/s)`,
						ko: `스트림 ${count(next.streams)}개 중 ${count(thrown)}개 스로틀(전환 한도 ${limit}회/초)`,
					}
				: {en: 'Step Functions now takes every stream: nothing throttled', ko: '이제 Step Functions가 모든 스트림을 받는다'},
		);
	}
	if (day.express.throttled > 0 && day.express.throttled !== (prev.lastDay?.express.throttled ?? 0)) {
		out.push({
			en: `Express limit ${count(EXPRESS_STARTS_PER_SECOND)} starts/s: ${count(day.express.throttled)} streams throttled`,
			ko: `Express 시작 한도 초당 ${count(EXPRESS_STARTS_PER_SECOND)}개: 스트림 ${count(day.express.throttled)}개 스로틀`,
		});
	}
	if (prev.stormDays > 0) {
		const cost = usd(day.standard.retries * PRICES.sfnTransition.usd);
		out.push({
			en: `retry storm: ${count(day.standard.retries)} retries billed again (${cost})`,
			ko: `재시도 폭주: 재시도 ${count(day.standard.retries)}회를 다시 과금한다(${cost})`,
		});
	}
	if (next.day === next.params.days) out.push(monthOver(next));
	return out;
}

/** The month's last sentence (the status line says the run ended): what the design run (or, for Step Functions, in-process) costs per stream against Step Functions. */
function monthOver(state: ServerlessCostState): Localized {
	const s = summarize(state);
	const standard = s.design === 'standard';
	const name = DESIGN_NAME.en[standard ? 'in-process' : s.design];
	const saving = standard ? s.inProcessSaving : s.saving;
	const share = pct(Math.abs(saving));
	const less = saving >= 0;
	return {
		en: `${name}: ${share} ${less ? 'less' : 'more'} per stream than Step Functions`,
		ko: `${name}는 Step Functions보다 스트림당 ${share} ${less ? '덜' : '더'} 든다`,
	};
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
					en: `streams doubled: ${count(prev.streams)} → ${count(next.streams)} from tomorrow`,
					ko: `스트림 두 배: 다음 날부터 ${count(prev.streams)}개 → ${count(next.streams)}개다`,
				},
			];
		case 'retry-storm':
			return [
				{
					en: `retry storm: for ${STORM_DAYS} days ${pct(STORM_RETRY_RATE)} of transitions are retried`,
					ko: `재시도 폭주: ${STORM_DAYS}일 동안 전환의 ${pct(STORM_RETRY_RATE)}가 실패해 재시도된다`,
				},
			];
		case 'raise-quota':
			return [
				{
					en: `quota raised: Step Functions allows ${count(next.sfnTransitionLimit)} transitions/s`,
					ko: `한도 상향: Step Functions가 초당 전환 ${count(next.sfnTransitionLimit)}회까지 받는다`,
				},
			];
	}
}
