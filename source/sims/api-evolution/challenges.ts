/**
 * Challenges and predictions for the API-evolution simulation, as data. Each
 * goal pins its scenario (30 dependencies, the published tail and
 * availability, ten teams…) so only the architecture or technique it teaches
 * can meet it: not fewer dependencies, not a faster world, not an idle team.
 */
import type {SimChallenge, SimPrediction} from '../types.js';

const THIRTY = {metric: 'settings.dependencies', op: '>=', value: 30} as const;
const NOT_MONOLITH = {metric: 'architecture', op: '!=', value: 'monolith'} as const;
const MANY_SCREENS = {metric: 'screens', op: '>=', value: 5000} as const;

export const apiEvolutionChallenges: readonly SimChallenge[] = [
	{
		id: 'api-tail-p99',
		title: {
			ko: '호출 100번에 1번은 1초 걸리는 의존성 30개로, 빠진 부분 없이 느린 화면을 1% 아래로, p99를 200 ms 아래로 낮춘다',
			en: 'With 30 dependencies that take a second once in 100 calls, get slow screens under 1% and p99 under 200 ms, nothing left out',
		},
		goal: [
			THIRTY,
			NOT_MONOLITH,
			MANY_SCREENS,
			{metric: 'settings.slowProbability', op: '>=', value: 0.01},
			{metric: 'settings.slowMs', op: '>=', value: 1000},
			{metric: 'degradedScreens', op: '<', value: 0.01},
			{metric: 'hedgeExtraRequests', op: '<', value: 0.1},
			{metric: 'p99Ms', op: '<', value: 200},
			// Last: the figure the screen asks to predict before the run (26% of screens at the defaults).
			{metric: 'slowScreens', op: '<', value: 0.01},
		],
		hint: {
			ko: '느린 응답을 잘라 내면 화면에 빈칸이 생긴다. 잠깐 기다렸다가 다른 복제본에 한 번 더 물어본다.',
			en: 'Cutting slow answers leaves holes in the screen. Wait a little, then ask another replica once more.',
		},
		solution: {architecture: 'gateway', hedging: true},
	},
	{
		id: 'api-one-round-trip',
		title: {
			ko: '마이크로서비스를 유지한 채, 의존성 30개짜리 화면을 클라이언트 왕복 한 번에 p50 150 ms 안으로 불러온다',
			en: 'Keep the microservices and load the 30-dependency screen in one client round trip, p50 under 150 ms',
		},
		goal: [
			THIRTY,
			NOT_MONOLITH,
			MANY_SCREENS,
			{metric: 'settings.clientRttMs', op: '>=', value: 100},
			{metric: 'clientRoundTrips', op: '==', value: 1},
			{metric: 'p50Ms', op: '<', value: 150},
		],
		hint: {
			ko: '먼 클라이언트가 30번 왕복하는 대신, 데이터센터 안에서 한 번에 모아 주는 층을 둔다.',
			en: 'Instead of a far client making 30 round trips, put a layer in the datacenter that gathers them in one.',
		},
		solution: {architecture: 'gateway'},
	},
	{
		id: 'api-serve-every-screen',
		title: {
			ko: '의존성마다 가용성이 99.99%일 때 의존성 30개짜리 화면을 99.99% 이상 띄운다',
			en: 'Each dependency is up 99.99%: serve at least 99.99% of the 30-dependency screens',
		},
		goal: [
			THIRTY,
			NOT_MONOLITH,
			MANY_SCREENS,
			{metric: 'settings.availability', op: '<=', value: 0.9999},
			{metric: 'availability', op: '>=', value: 0.9999},
		],
		hint: {
			ko: '0.9999^30은 99.7%다. 하나가 실패해도 화면 전체를 실패시키지 않으려면 그 부분만 대체 응답으로 채운다.',
			en: '0.9999^30 is 99.7%. To keep one failure from failing the whole screen, fill that part with a fallback.',
		},
		solution: {timeoutsAndFallbacks: true},
	},
	{
		id: 'api-no-gateway-queue',
		title: {
			ko: '팀 10개가 매주 2개씩 바꾸는데 게이트웨이 팀은 주에 15개만 처리한다. 왕복 한 번을 지키며 변경 대기를 1주 아래로 줄인다',
			en: 'Ten teams change two things a week; the gateway team ships 15. Keep one round trip and cut the wait under a week',
		},
		goal: [
			NOT_MONOLITH,
			{metric: 'settings.teams', op: '>=', value: 10},
			{metric: 'settings.changesPerTeamPerWeek', op: '>=', value: 2},
			{metric: 'settings.gatewayCapacityPerWeek', op: '<=', value: 15},
			{metric: 'clientRoundTrips', op: '==', value: 1},
			{metric: 'gatewayQueueWeeks', op: '<', value: 1},
		],
		hint: {
			ko: '모든 변경이 한 팀을 거치지 않게, 스키마를 도메인 팀이 직접 소유하게 한다.',
			en: 'So that no change waits on one team, let each domain team own its part of the schema.',
		},
		solution: {architecture: 'federated'},
		// A queue measured after a week or two has not grown yet: the run's length is the scenario.
		keep: ['weeks'],
	},
];

export const apiEvolutionPredictions: readonly SimPrediction[] = [
	{
		id: 'api-predict-slow-screens',
		prompt: {
			ko: '의존성 30개가 각각 100번에 1번 느리다. 화면 몇 %가 느린 응답을 하나 이상 기다릴까?',
			en: 'Each of 30 dependencies is slow once in 100 calls. What share of screens waits on at least one slow answer?',
		},
		params: {},
		metric: 'slowScreens',
		unit: {ko: '비율 (0–1)', en: 'share (0–1)'},
	},
	{
		id: 'api-predict-failures-per-billion',
		prompt: {
			ko: '의존성 30개가 각각 99.99% 가용하다. 화면 요청 10억 건 중 몇 건이 실패할까?',
			en: 'Each of 30 dependencies is up 99.99%. How many of a billion screen requests fail?',
		},
		params: {},
		metric: 'failuresPerBillionFormula',
		unit: {ko: '건', en: 'requests'},
	},
];
