/** The words of the API-evolution drawing, in both languages; numbers come in already formatted. */
import type {Lang} from '../../content/text.js';
import type {Architecture} from './params.js';

type Text = {
	arch: Record<Architecture, string>;
	header: (screens: string, n: number) => string[];
	slowed: (list: string) => string;
	client: string;
	/** The client's hop: its round trips and their time, long and short. */
	trips: (count: number, rtt: string) => string[];
	gateway: string;
	router: string;
	calls: (n: number) => string[];
	wave: (w: number) => string;
	monolith: (n: number) => string[];
	directNote: (connections: number, inARow: number, rtt: string) => string[];
	gatewayNote: (dc: string, n: number) => string[];
	monolithNote: string[];
	latency: (p50: string, p99: string) => string[];
	/** What the formula beside a measured share stands for: plain, or what the run would be without the technique that is on. */
	formula: {plain: string; hedging: string; timeouts: string; both: string; fallbacks: string; slowed: string};
	slow: (measured: string, formula: string, label: string) => string[];
	slowWhy: (n: number) => string[];
	served: (measured: string, formula: string, label: string) => string[];
	perBillion: (measured: string, formula: string, label: string) => string[];
	techniques: (timeouts: string, hedging: string) => string[];
	timeoutsOn: (ms: string, fallback: string) => string;
	hedgingOn: (ms: string, extra: string) => string;
	off: string;
	monolithTechniques: string[];
	owners: Record<
		Architecture,
		(o: {teams: number; inflow: string; capacity: string; wait: string; weeks: number; each: string}) => string[]
	>;
	owns: (team: string, services: string) => string;
	weeks: (count: string) => string;
};

export const TEXT: Record<Lang, Text> = {
	en: {
		arch: {monolith: 'monolith', direct: 'direct calls', gateway: 'gateway', federated: 'federated GraphQL'},
		header: (screens, n) => [`${screens} screens · ${n} dependencies`, `${screens} · n=${n}`],
		slowed: (list) => `slowed ${list}`,
		client: 'client',
		trips: (count, rtt) => [`─ ${count} round trip${count === 1 ? '' : 's'} ${rtt} ─▶`, `─${count === 1 ? '' : `${count}×`}${rtt}─▶`],
		gateway: 'gateway',
		router: 'router',
		calls: (n) => [`═ ${n} calls ═▶`, `═${n}═▶`],
		wave: (w) => `wave ${w}`,
		monolith: (n) => [`[monolith: ${n} modules in one process]`, `[monolith: ${n} modules]`],
		directNote: (c, k, rtt) => [
			`  ${c} at a time: ${k} waves in a row, each ${rtt} + the slowest call`,
			`  ${c} at a time: ${k} waves × (${rtt} + call)`,
		],
		gatewayNote: (dc, n) => [`  inside the datacenter: ${dc} a hop, all ${n} calls at once`, `  inside: ${dc} a hop, ${n} calls at once`],
		monolithNote: ['  modules call each other in memory: no hop, one thing to fail', '  in-memory calls: no hop'],
		latency: (p50, p99) => [`screen latency p50 ${p50} · p99 ${p99}`, `p50 ${p50} · p99 ${p99}`],
		formula: {
			plain: 'formula',
			hedging: 'without hedging',
			timeouts: 'without timeouts',
			both: 'without either',
			fallbacks: 'without fallbacks',
			slowed: 'before the slowdown',
		},
		slow: (m, f, l) => [`slow screens ${m} · ${l} ${f}`, `slow ${m} · ${l} ${f}`, `slow ${m} · ${f}`],
		slowWhy: (n) => [`  a screen is fast only if all ${n} calls are: (1 − p)^${n}`, `  fast only if all ${n} calls are`],
		served: (m, f, l) => [`screens served ${m} · ${l} ${f}`, `served ${m} · ${l} ${f}`, `served ${m} · ${f}`],
		perBillion: (m, f, l) => [`failures per billion screens ${m} · ${l} ${f}`, `per billion ${m} · ${f}`, `per billion ${m}`],
		techniques: (t, h) => [`timeouts ${t} · hedging ${h}`],
		timeoutsOn: (ms, fb) => `${ms}, ${fb} with a fallback`,
		hedgingOn: (ms, extra) => `after ${ms}, +${extra} calls`,
		off: 'off',
		monolithTechniques: ['timeouts and hedges: nothing to cut inside one process', 'no timeouts or hedges inside'],
		owners: {
			monolith: (o) => [`all ${o.teams} teams change one codebase and ship together`, `${o.teams} teams, one codebase`],
			direct: () => ['every client app gathers the data itself', 'each client gathers the data'],
			gateway: (o) => [
				`changes ${o.inflow}/wk → gateway team ships ${o.capacity}/wk: wait ${o.wait} after ${o.weeks} weeks`,
				`changes ${o.inflow}/wk → ${o.capacity}/wk: wait ${o.wait}`,
			],
			federated: (o) => [
				`${o.teams} teams own their subgraphs (${o.each} each): no central queue`,
				`${o.teams} teams own subgraphs: no queue`,
			],
		},
		owns: (team, services) => `  ${team} ▸ ${services}`,
		weeks: (count) => `${count} weeks`,
	},
	ko: {
		arch: {monolith: '모놀리스', direct: '직접 호출', gateway: '게이트웨이', federated: '페더레이션 GraphQL'},
		header: (screens, n) => [`화면 ${screens} · 의존성 ${n}개`, `${screens} · n=${n}`],
		slowed: (list) => `느리게 ${list}`,
		client: '클라이언트',
		trips: (count, rtt) => [`─ 왕복 ${count}번 ${rtt} ─▶`, `─${count === 1 ? '' : `${count}×`}${rtt}─▶`],
		gateway: '게이트웨이',
		router: '라우터',
		calls: (n) => [`═ 호출 ${n}개 ═▶`, `═${n}═▶`],
		wave: (w) => `${w}단계`,
		monolith: (n) => [`[모놀리스: 한 프로세스 안 모듈 ${n}개]`, `[모놀리스: 모듈 ${n}개]`],
		directNote: (c, k, rtt) => [
			`  한 번에 ${c}개씩: 연달아 ${k}묶음, 묶음마다 ${rtt} + 가장 느린 호출`,
			`  한 번에 ${c}개씩: ${k}묶음 × (${rtt} + 호출)`,
		],
		gatewayNote: (dc, n) => [`  데이터센터 안: 한 홉 ${dc}, 호출 ${n}개를 한꺼번에`, `  안쪽: 홉 ${dc}, 호출 ${n}개 동시`],
		monolithNote: ['  모듈끼리 메모리 안에서 부른다: 홉이 없고 실패 지점은 하나다', '  메모리 안 호출: 홉 없음'],
		latency: (p50, p99) => [`화면 지연 p50 ${p50} · p99 ${p99}`, `p50 ${p50} · p99 ${p99}`],
		formula: {
			plain: '공식',
			hedging: '헤지 없이',
			timeouts: '타임아웃 없이',
			both: '둘 다 없이',
			fallbacks: '대체 응답 없이',
			slowed: '느리게 하기 전',
		},
		slow: (m, f, l) => [`느린 화면 ${m} · ${l} ${f}`, `느림 ${m} · ${l} ${f}`, `느림 ${m} · ${f}`],
		slowWhy: (n) => [`  호출 ${n}개가 모두 빨라야 화면이 빠르다: (1 − p)^${n}`, `  ${n}개가 모두 빨라야 빠르다`],
		served: (m, f, l) => [`뜬 화면 ${m} · ${l} ${f}`, `뜸 ${m} · ${l} ${f}`, `뜸 ${m} · ${f}`],
		perBillion: (m, f, l) => [`화면 10억 번당 실패 ${m} · ${l} ${f}`, `10억당 ${m} · ${f}`, `10억당 ${m}`],
		techniques: (t, h) => [`타임아웃 ${t} · 헤지 ${h}`],
		timeoutsOn: (ms, fb) => `${ms}, 대체 응답 ${fb}`,
		hedgingOn: (ms, extra) => `${ms} 뒤, 호출 +${extra}`,
		off: '꺼짐',
		monolithTechniques: ['타임아웃과 헤지: 한 프로세스 안에서는 끊을 호출이 없다', '안쪽에 타임아웃·헤지 없음'],
		owners: {
			monolith: (o) => [`팀 ${o.teams}개가 코드베이스 하나를 고치고 함께 배포한다`, `팀 ${o.teams}개, 코드베이스 하나`],
			direct: () => ['클라이언트 앱마다 데이터를 직접 모은다', '클라이언트가 직접 모은다'],
			gateway: (o) => [
				`변경 주 ${o.inflow}건 → 게이트웨이 팀 주 ${o.capacity}건: ${o.weeks}주 뒤 대기 ${o.wait}`,
				`변경 주 ${o.inflow} → ${o.capacity}건: 대기 ${o.wait}`,
			],
			federated: (o) => [
				`팀 ${o.teams}개가 서브그래프를 소유한다(팀당 ${o.each}개): 중앙 대기열 없음`,
				`팀 ${o.teams}개가 소유: 대기열 없음`,
			],
		},
		owns: (team, services) => `  ${team} ▸ ${services}`,
		weeks: (count) => `${count}주`,
	},
};
