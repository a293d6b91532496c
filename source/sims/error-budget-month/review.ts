import type {Lang} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, tone} from '../view-kit.js';
import type {MonthState} from './engine.js';
import type {MonthSummary} from './summary.js';

const calls = (n: number) => `${n} call${n === 1 ? '' : 's'}`;
const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`;

/**
 * The month's end answers "which role made this call?": each role with the
 * number of calls it made (the narration's tags) and what those calls were.
 */
export function monthReview(state: MonthState, s: MonthSummary, width: number, lang: Lang): ViewLine[] {
	const p = state.params;
	const d = s.decisions;
	const ko = lang === 'ko';
	const platform =
		s.platformReadyDay !== null
			? ko
				? `${s.platformReadyDay}일에 플랫폼 완성, 토일 ${pct(p.toilCut)}·실패 변경 ${pct(p.failureCut)} 감소`
				: `platform ready on day ${s.platformReadyDay}, toil −${pct(p.toilCut)}, failed changes −${pct(p.failureCut)}`
			: p.platformShare > 0
				? ko
					? `팀 시간의 ${pct(p.platformShare)}를 플랫폼에 썼지만 이번 달에 완성하지 못했다`
					: `spent ${pct(p.platformShare)} of the team's time on a platform not ready this month`
				: ko
					? '플랫폼에 시간을 쓰지 않았다(플랫폼 투자 0)'
					: 'spent no time on a platform (platform time 0)';
	const rows = ko
		? [
				'한 달의 결정, 누가 내렸나:',
				`DevOps(결정 ${d.devops}건): 변경 ${s.deploysShipped}건 배포, 그중 ${s.failedChanges}건 실패`,
				`SRE(결정 ${d.sre}건): 호출 ✓${s.pages.true} ✗${s.pages.false} ?${s.pages.missed} · 동결 ${s.freezeDays}일 · 토일 상한 초과 ${s.toil.overCapHours}시간`,
				`플랫폼(결정 ${d.platform}건): ${platform}`,
			]
		: [
				'Which role made each call this month:',
				`DevOps (${calls(d.devops)}): shipped ${s.deploysShipped} changes, ${s.failedChanges} failed`,
				`SRE (${calls(d.sre)}): pages ✓${s.pages.true} ✗${s.pages.false} ?${s.pages.missed} · frozen ${s.freezeDays} days · toil over cap ${s.toil.overCapHours}h`,
				`Platform (${calls(d.platform)}): ${platform}`,
			];
	return rows.map((text, i) => (i === 0 ? {text: clip(text, width), color: tone.accent} : {text: clip(text, width)}));
}
