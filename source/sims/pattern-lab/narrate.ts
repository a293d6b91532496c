/** One plain sentence per event of a week in the pattern lab, and per live action. */
import type {Localized} from '../../content/schema.js';
import {platformDaysPerWeek} from './costs.js';
import type {Happening, PatternLabAction, PatternLabState} from './engine.js';

const days = (d: number) => Math.round(d * 10) / 10;

function sentence(w: number, h: Happening): Localized {
	switch (h.kind) {
		case 'change':
			return {
				en: `week ${w}: a change touching ${h.modules} module${h.modules === 1 ? '' : 's'} costs ${days(h.days)} engineer-days`,
				ko: `${w}주: 모듈 ${h.modules}개를 건드리는 변경에 ${days(h.days)}인일이 든다`,
			};
		case 'plugin':
			return {en: `week ${w}: a new plug-in costs ${days(h.days)} engineer-days`, ko: `${w}주: 새 플러그인에 ${days(h.days)}인일이 든다`};
		case 'spike':
			return h.outageHours > 0
				? {
						en: `week ${w}: a traffic spike takes the app down for ${h.outageHours} h`,
						ko: `${w}주: 트래픽 폭증으로 앱이 ${h.outageHours}시간 멈춘다`,
					}
				: {en: `week ${w}: a traffic spike is absorbed by scaling out`, ko: `${w}주: 트래픽 폭증을 확장으로 흡수한다`};
		case 'crash':
			return h.whole
				? {en: `week ${w}: one part crashes and takes the whole app down`, ko: `${w}주: 한 부분이 죽어 앱 전체가 멈춘다`}
				: {en: `week ${w}: one part crashes; the rest keeps running`, ko: `${w}주: 한 부분이 죽지만 나머지는 계속 돈다`};
		case 'hire':
			return {en: `week ${w}: a new team of 8 joins`, ko: `${w}주: 8명짜리 새 팀이 합류한다`};
	}
}

export function narratePatternLab(_prev: PatternLabState, next: PatternLabState, action: PatternLabAction | {type: 'tick'}): Localized[] {
	const said = next.log.slice(0, 5).map((h) => sentence(next.week, h));
	if (next.log.length > 5)
		said.push({
			en: `week ${next.week}: ${next.log.length - 5} more event${next.log.length - 5 === 1 ? '' : 's'}`,
			ko: `${next.week}주: 이벤트 ${next.log.length - 5}건이 더 있다`,
		});
	const platform = platformDaysPerWeek(next.params.pattern);
	if (action.type === 'tick' && platform > 0)
		said.push({
			en: `week ${next.week}: running the services takes ${platform} engineer-days of platform work`,
			ko: `${next.week}주: 서비스 운영에 플랫폼 일 ${platform}인일이 든다`,
		});
	if (action.type === 'tick' && next.lastLags.length > 0) {
		const stale = next.staleReads - _prev.staleReads;
		said.push({
			en: `week ${next.week}: ${stale} of ${next.lastLags.length} users did not see their own write yet`,
			ko: `${next.week}주: 사용자 ${next.lastLags.length}명 중 ${stale}명이 방금 쓴 글을 아직 못 본다`,
		});
	}
	return said;
}
