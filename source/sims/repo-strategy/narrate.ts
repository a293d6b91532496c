/**
 * What an hour of the rollout did: the monorepo change or core release
 * merging, libraries releasing, services merging their bump and deploying
 * the fix, diamond conflicts appearing or clearing, the last service fixed.
 */
import type {Localized} from '../../content/schema.js';
import type {RepoStrategyAction, RepoStrategyState} from './engine.js';

const names = (kind: string, idx: number[]): string => {
	const shown = idx.slice(0, 3).map((i) => `${kind}-${String(i).padStart(2, '0')}`);
	return idx.length > 3 ? `${shown.join(', ')} +${idx.length - 3}` : shown.join(', ');
};

const within = (xs: readonly number[], from: number, to: number): number[] => xs.flatMap((x, i) => (x > from && x <= to ? [i] : []));

export function narrateRepoStrategy(
	prev: RepoStrategyState,
	next: RepoStrategyState,
	action: RepoStrategyAction | {type: 'tick'},
): Localized[] {
	if (action.type === 'vacation') {
		if (next.delayed === null)
			return [{en: 'no team is waiting on a bump: nothing to delay', ko: '버전 올림을 기다리는 팀이 없어 미룰 것이 없다'}];
		const svc = names('svc', [next.delayed]);
		return [
			{en: `the team of ${svc} goes on vacation: its bump waits 5 more days`, ko: `${svc} 팀이 휴가를 떠났다. 버전 올림이 5일 더 늦어진다`},
		];
	}
	const [a, b] = [prev.hour, next.hour];
	const p = next.params;
	const out: Localized[] = [];
	if (prev.plan.coreRelease > a && prev.plan.coreRelease <= b) {
		out.push(
			p.mode === 'monorepo'
				? {
						en: `hour ${b}: the one atomic change merges: core and all ${p.libraries + p.services} dependents at once`,
						ko: `${b}시간: 원자적 변경 하나가 머지된다. 코어와 의존 패키지 ${p.libraries + p.services}개가 한 번에 바뀐다`,
					}
				: {
						en: `hour ${b}: core releases the fix; ${p.libraries + p.services} bump PRs open`,
						ko: `${b}시간: 코어가 수정을 배포하고 버전 올림 PR ${p.libraries + p.services}개가 열린다`,
					},
		);
	}
	const libs = p.mode === 'polyrepo' ? within(next.plan.libDone, a, b) : [];
	if (libs.length > 0)
		out.push({en: `${names('lib', libs)} released with the fix`, ko: `${names('lib', libs)}이(가) 수정을 담아 배포했다`});
	const merged = p.mode === 'polyrepo' ? within(next.plan.serviceDone, a, b) : [];
	if (merged.length > 0)
		out.push({en: `${names('svc', merged)} merged the bump`, ko: `${names('svc', merged)}이(가) 버전 올림을 머지했다`});
	const deployed = within(next.plan.deployAt, a, b);
	if (deployed.length > 0)
		out.push({en: `${names('svc', deployed)} deployed: now running the fix`, ko: `${names('svc', deployed)} 배포: 이제 수정본이 돈다`});
	const before = next.series.diamonds[a] ?? 0;
	const now = next.series.diamonds[b] ?? 0;
	if (now !== before)
		out.push({en: `diamond conflicts: ${before} → ${now} services`, ko: `다이아몬드 충돌: 서비스 ${before}개 → ${now}개`});
	const fixed = next.series.fixed[b] ?? 0;
	if (fixed === p.services && (next.series.fixed[a] ?? 0) < p.services)
		out.push({
			en: `every service runs the fix after ${(b / 24).toFixed(1)} days`,
			ko: `${(b / 24).toFixed(1)}일 만에 모든 서비스가 수정본으로 돈다`,
		});
	if (out.length === 0)
		out.push({
			en: `hour ${b}: waiting (${fixed}/${p.services} services fixed)`,
			ko: `${b}시간: 기다리는 중(서비스 ${fixed}/${p.services}개 수정)`,
		});
	return out;
}
