/**
 * What an hour of the rollout did: the monorepo change or core release
 * merging, libraries releasing, services merging their bump and deploying
 * the fix, diamond conflicts appearing or clearing, the last service fixed.
 * A quiet hour says nothing (at ten hours a second "waiting" every hour
 * buries the events); the next event first sums up the quiet stretch.
 */
import type {Localized} from '../../content/schema.js';
import type {RepoStrategyAction, RepoStrategyState} from './engine.js';

const names = (kind: string, idx: number[]): string => {
	const shown = idx.slice(0, 3).map((i) => `${kind}-${String(i).padStart(2, '0')}`);
	return idx.length > 3 ? `${shown.join(', ')} +${idx.length - 3}` : shown.join(', ');
};

const within = (xs: readonly number[], from: number, to: number): number[] => xs.flatMap((x, i) => (x > from && x <= to ? [i] : []));

/** What happened in hour h, i.e. in (h − 1, h], by the plan and series of `s`. */
function eventsAt(s: RepoStrategyState, h: number): Localized[] {
	const a = h - 1;
	const p = s.params;
	const out: Localized[] = [];
	if (s.plan.coreRelease > a && s.plan.coreRelease <= h) {
		out.push(
			p.mode === 'monorepo'
				? {
						en: `hour ${h}: the one atomic change merges: core and all ${p.libraries + p.services} dependents at once`,
						ko: `${h}시간: 원자적 변경 하나가 머지된다. 코어와 의존 패키지 ${p.libraries + p.services}개가 한 번에 바뀐다`,
					}
				: {
						en: `hour ${h}: core releases the fix; ${p.libraries + p.services} bump PRs open`,
						ko: `${h}시간: 코어가 수정을 배포하고 버전 올림 PR ${p.libraries + p.services}개가 열린다`,
					},
		);
	}
	const libs = p.mode === 'polyrepo' ? within(s.plan.libDone, a, h) : [];
	if (libs.length > 0)
		out.push({en: `${names('lib', libs)} released with the fix`, ko: `${names('lib', libs)}이(가) 수정을 담아 배포했다`});
	const merged = p.mode === 'polyrepo' ? within(s.plan.serviceDone, a, h) : [];
	if (merged.length > 0)
		out.push({en: `${names('svc', merged)} merged the bump`, ko: `${names('svc', merged)}이(가) 버전 올림을 머지했다`});
	const deployed = within(s.plan.deployAt, a, h);
	if (deployed.length > 0)
		out.push({en: `${names('svc', deployed)} deployed: now running the fix`, ko: `${names('svc', deployed)} 배포: 이제 수정본이 돈다`});
	const before = s.series.diamonds[a] ?? 0;
	const now = s.series.diamonds[h] ?? 0;
	if (h > 0 && now !== before)
		out.push({en: `diamond conflicts: ${before} → ${now} services`, ko: `다이아몬드 충돌: 서비스 ${before}개 → ${now}개`});
	const fixed = s.series.fixed[h] ?? 0;
	if (fixed === p.services && (s.series.fixed[a] ?? 0) < p.services)
		out.push({
			en: `every service runs the fix after ${(h / 24).toFixed(2)} days`,
			ko: `${(h / 24).toFixed(2)}일 만에 모든 서비스가 수정본으로 돈다`,
		});
	return out;
}

export function narrateRepoStrategy(
	prev: RepoStrategyState,
	next: RepoStrategyState,
	action: RepoStrategyAction | {type: 'tick'},
): Localized[] {
	if (action.type === 'vacation') {
		if (next.delayed === null)
			return [{en: 'no team is waiting on a bump: nothing to delay', ko: '버전 올림을 기다리는 팀이 없어 미룰 것이 없다'}];
		const svc = names('svc', [next.delayed]);
		const d = next.params.vacationDays;
		return [
			{
				en: `the team of ${svc} goes on vacation: its bump waits ${d} more days`,
				ko: `${svc} 팀이 휴가를 떠났다. 버전 올림이 ${d}일 더 늦어진다`,
			},
		];
	}
	const b = next.hour;
	const p = next.params;
	const fixed = next.series.fixed[Math.min(b, next.end)] ?? 0;
	const events = b > prev.hour ? eventsAt(next, b) : [];
	const over = b >= next.end && prev.hour < next.end;
	if (events.length === 0 && !over) return [];
	// The quiet hours just before this one, summed up in one line.
	let from = b - 1;
	while (from > 0 && eventsAt(next, from).length === 0) from--;
	const quiet = b - 1 - from;
	const out: Localized[] = [];
	if (quiet >= 2)
		out.push({
			en: `hours ${from + 1}–${b - 1}: nothing merged or deployed`,
			ko: `${from + 1}–${b - 1}시간: 머지도 배포도 없었다`,
		});
	out.push(...events);
	if (events.length === 0)
		out.push({
			en: `hour ${b}: the run ends with ${fixed}/${p.services} services fixed`,
			ko: `${b}시간: 서비스 ${fixed}/${p.services}개를 고친 채 실행이 끝난다`,
		});
	return out;
}
