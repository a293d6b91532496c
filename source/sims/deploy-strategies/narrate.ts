import type {Localized} from '../../content/schema.js';
import type {DeployAction, DeployEvent, DeployState} from './engine.js';
import type {Phase} from './rollout.js';
import type {SchemaPhase} from './schema.js';

const pct = (x: number) => `${Number((x * 100).toFixed(2))}%`;

function phaseLine(s: DeployState, to: Phase): Localized {
	const p = s.params;
	switch (to) {
		case 'deploying':
			switch (p.strategy) {
				case 'big-bang':
					return {
						en: `big bang: all ${p.instances} servers stop for ${p.deployMinutes} min to be swapped.`,
						ko: `일괄 배포로 서버 ${p.instances}대가 모두 ${p.deployMinutes}분 동안 멈추고 교체된다.`,
					};
				case 'rolling':
					return {en: `rolling update starts, a batch at a time.`, ko: `롤링 업데이트가 묶음 단위로 시작된다.`};
				case 'blue-green':
					return {
						en: `green fleet of ${p.instances} servers starts beside blue.`,
						ko: `Blue 옆에 서버 ${p.instances}대의 Green 환경을 띄운다.`,
					};
				default:
					return {en: `canary servers start.`, ko: `카나리 서버를 띄운다.`};
			}
		case 'baking':
			return p.strategy === 'toggle'
				? {
						en: `flag on for ${pct(p.cohortShare)} of users; checks watch them for ${p.bakeMinutes} min.`,
						ko: `사용자 ${pct(p.cohortShare)}에게 플래그를 켜고 ${p.bakeMinutes}분 동안 그들을 검사한다.`,
					}
				: {
						en: `canary gets ${pct(p.cohortShare)} of users; checks watch them for ${p.bakeMinutes} min.`,
						ko: `카나리가 사용자 ${pct(p.cohortShare)}를 받고 ${p.bakeMinutes}분 동안 검사한다.`,
					};
		case 'promoting':
			return {
				en: `the canary passed; the new version rolls out to the whole fleet.`,
				ko: `카나리가 통과해 새 버전을 전체 서버에 배포한다.`,
			};
		case 'live':
			return {en: `everyone is on the new version.`, ko: `모든 사용자가 새 버전을 쓴다.`};
		case 'rolled-back':
			return {
				en: `back on the old version; no user reaches the new one.`,
				ko: `옛 버전으로 돌아왔다. 새 버전을 받는 사용자가 없다.`,
			};
		default:
			return {en: `phase ${to}.`, ko: `${to} 단계다.`};
	}
}

const SCHEMA: Record<SchemaPhase, Localized> = {
	old: {en: 'schema: unchanged.', ko: '스키마: 그대로다.'},
	renamed: {
		en: 'schema: column renamed in one step; old code can no longer read it.',
		ko: '스키마: 컬럼 이름을 한 번에 바꿨다. 옛 코드는 더 이상 읽지 못한다.',
	},
	expanded: {en: 'schema: expand: the new column is added beside the old one.', ko: '스키마: 확장(expand), 옛 컬럼 옆에 새 컬럼을 더했다.'},
	backfilling: {en: 'schema: migrate: copying old rows into the new column.', ko: '스키마: 이전(migrate), 옛 행을 새 컬럼으로 복사한다.'},
	contracted: {
		en: 'schema: contract: no old code left, the old column is dropped.',
		ko: '스키마: 축소(contract), 옛 코드가 없으니 옛 컬럼을 지웠다.',
	},
};

const ROLLBACK_HOW: Record<string, Localized> = {
	'big-bang': {en: 'every server is swapped back, service down again', ko: '모든 서버를 다시 교체하며 서비스가 또 멈춘다'},
	rolling: {en: 'the rolling update runs backwards, batch by batch', ko: '롤링 업데이트를 묶음 단위로 거꾸로 돌린다'},
	'blue-green': {en: 'the load balancer switches back to blue', ko: '로드 밸런서가 Blue로 다시 전환한다'},
	canary: {en: 'the cohort is routed back to the old version', ko: '그룹을 옛 버전으로 되돌린다'},
	toggle: {en: 'the flag is turned off', ko: '플래그를 끈다'},
};

function eventLine(s: DeployState, e: DeployEvent): Localized {
	switch (e.kind) {
		case 'phase':
			return phaseLine(s, e.to);
		case 'batch':
			return {
				en: `batch: ${e.starting} pods starting, ${e.stopping} stopped.`,
				ko: `묶음 교체, 파드 ${e.starting}개 기동, ${e.stopping}개 중지.`,
			};
		case 'bug-reaches-users':
			return {
				en: `the bug reaches users: ${pct(e.rate)} more of new-version requests fail.`,
				ko: `버그가 사용자에게 닿았다. 새 버전 요청의 ${pct(e.rate)}가 더 실패한다.`,
			};
		case 'schema-breaks':
			return {
				en: `${e.failed} old-version requests fail: their column is gone.`,
				ko: `옛 버전 요청 ${e.failed}건이 실패한다. 읽을 컬럼이 없다.`,
			};
		case 'check-failed':
			return {
				en: `check failed: ${e.failed} of ${e.of} requests failed (${e.count}/${s.params.failedChecks}).`,
				ko: `검사 실패, 요청 ${e.of}건 중 ${e.failed}건 실패(${e.count}/${s.params.failedChecks}).`,
			};
		case 'rollback': {
			const how = ROLLBACK_HOW[s.params.strategy]!;
			return e.reason === 'monitor'
				? {en: `too many failed checks: roll back (${how.en}).`, ko: `실패 검사가 기준에 닿아 롤백한다(${how.ko}).`}
				: {en: `rolled back by hand (${how.en}).`, ko: `손으로 롤백한다(${how.ko}).`};
		}
		case 'schema':
			return {en: `${SCHEMA[e.to].en}`, ko: `${SCHEMA[e.to].ko}`};
		case 'bug-set':
			return e.rate > 0
				? {
						en: `bug injected: the new version now fails ${pct(e.rate)} more requests.`,
						ko: `버그 주입, 새 버전이 요청을 ${pct(e.rate)} 더 실패시킨다.`,
					}
				: {
						en: `bug fixed: the new version fails no more than the old.`,
						ko: `버그 수정, 새 버전도 옛 버전만큼만 실패한다.`,
					};
	}
}

/** One sentence per event of the step (the engine lists them in `events`). */
export function narrateDeploy(_prev: DeployState, next: DeployState, _action: DeployAction | {type: 'tick'}): Localized[] {
	return next.events.map((e) => eventLine(next, e));
}
