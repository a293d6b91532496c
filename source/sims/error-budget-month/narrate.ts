import type {Localized} from '../../content/schema.js';
import type {MonthAction, MonthEvent, MonthState, Role} from './engine.js';

const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`;
const ROLE: Record<Role, Localized> = {
	devops: {en: 'DevOps', ko: 'DevOps'},
	sre: {en: 'SRE', ko: 'SRE'},
	platform: {en: 'Platform', ko: '플랫폼'},
};

/** "day 3 14:00" for the hour that just ended. */
function when(hour: number): Localized {
	const h = Math.max(0, hour - 1);
	const clock = `${String(h % 24).padStart(2, '0')}:00`;
	return {en: `day ${Math.floor(h / 24) + 1} ${clock}`, ko: `${Math.floor(h / 24) + 1}일 ${clock}`};
}

function line(s: MonthState, e: MonthEvent): Localized {
	switch (e.kind) {
		case 'deploy-failed':
			return {
				en: `change #${e.incident} fails: ${pct(e.rate)} of requests error.`,
				ko: `변경 #${e.incident} 실패: 요청의 ${pct(e.rate)}가 오류다.`,
			};
		case 'page':
			return e.real
				? {
						en: `page: on-call wakes for incident #${e.incidents.join(', #')}.`,
						ko: `호출: 당직자가 사고 #${e.incidents.join(', #')} 때문에 깬다.`,
					}
				: {en: 'false page: on-call wakes for a blip that threatens nothing.', ko: '헛호출: 아무 위협도 없는 잡음에 당직자가 깬다.'};
		case 'restored':
			return e.missed
				? {
						en: `incident #${e.incident} ends after ${e.hours} h, never paged: a missed page.`,
						ko: `사고 #${e.incident} 종료: 호출 없이 ${e.hours}시간 이어졌다. 놓친 호출이다.`,
					}
				: {en: `incident #${e.incident} restored after ${e.hours} h.`, ko: `사고 #${e.incident} 복구: ${e.hours}시간 걸렸다.`};
		case 'freeze':
			return e.on
				? {
						en: `freeze: ${pct(e.left)} of the budget left, only fixes ship now.`,
						ko: `동결: 예산이 ${pct(e.left)} 남아 이제 수정만 배포한다.`,
					}
				: {en: 'freeze lifted: changes ship again.', ko: '동결 해제: 다시 변경을 배포한다.'};
		case 'toil-cap':
			return e.over
				? {
						en: `toil at ${pct(e.share)} of the team's time, over the 50% cap: restores slow down.`,
						ko: `토일이 팀 시간의 ${pct(e.share)}로 50% 상한을 넘었다. 복구가 느려진다.`,
					}
				: {en: `toil back to ${pct(e.share)}, under the 50% cap.`, ko: `토일이 ${pct(e.share)}로 50% 아래로 돌아왔다.`};
		case 'platform-ready':
			return {
				en: `the platform is ready: toil and failed changes drop (${s.params.platformEffortHours} h invested).`,
				ko: `플랫폼이 완성돼 토일과 실패 변경이 줄어든다(${s.params.platformEffortHours}시간 투자).`,
			};
	}
}

/** One sentence per event, tagged with the hour and the role that owns the call. */
export function narrateMonth(_prev: MonthState, next: MonthState, _action: MonthAction | {type: 'tick'}): Localized[] {
	const t = when(next.hour);
	return next.events.map((e) => {
		const l = line(next, e);
		return {en: `${t.en} [${ROLE[e.role].en}] ${l.en}`, ko: `${t.ko} [${ROLE[e.role].ko}] ${l.ko}`};
	});
}
