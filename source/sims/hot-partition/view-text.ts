/** The words of the hot-partition drawing, in both languages. */
type Reported = {readonly nodes: number; readonly p99Ms: string};

export const TEXT = {
	en: {
		draining: '(draining)',
		burst: '@everyone!',
		coalesceOn: 'coalescing on',
		coalesceOff: 'coalescing off',
		routing: {random: 'random routing', 'channel-hash': 'routed by channel'},
		nodes: 'nodes',
		hot: (where: string, reads: number, queries: number) => `hot 0:0 on ${where} · ${reads} reads → ${queries} DB queries`,
		hotShort: (where: string, queries: number) => `hot 0:0 ${where} · ${queries} queries`,
		busy: 'cores busy',
		queue: 'q',
		gc: 'GC pause',
		shardBusy: (hot: boolean): string => (hot ? ' · hot shard busy' : ''),
		service: (at: number, of: number, waiting: number) => `svc: 0:0 in flight at ${at}/${of} instances · ${waiting} reads waiting`,
		noCoalescing: (of: number) => `svc: ${of} instances, each read sends its own DB query`,
		reported: 'reported',
		coalesced: 'coalesced',
		failed: 'failed',
		failedAs: (n: number, timeoutMs: number) => `${n} failed = ${timeoutMs} ms each`,
		discord: (c: Reported, s: Reported) =>
			`Discord reported: Cassandra ${c.nodes} nodes, p99 ${c.p99Ms} ms → ScyllaDB ${s.nodes} nodes, p99 ${s.p99Ms} ms`,
		discordShort: (c: Reported, s: Reported) => `reported: ${c.nodes} Cassandra, p99 ${c.p99Ms} → ${s.nodes} ScyllaDB, p99 ${s.p99Ms} ms`,
	},
	ko: {
		draining: '(비우는 중)',
		burst: '@everyone!',
		coalesceOn: '병합 켬',
		coalesceOff: '병합 끔',
		routing: {random: '무작위 라우팅', 'channel-hash': '채널별 라우팅'},
		nodes: '노드',
		hot: (where: string, reads: number, queries: number) => `핫 0:0 위치 ${where} · 읽기 ${reads} → DB 질의 ${queries}`,
		hotShort: (where: string, queries: number) => `핫 0:0 ${where} · 질의 ${queries}`,
		busy: '코어 사용',
		queue: '대기',
		gc: 'GC 멈춤',
		shardBusy: (hot: boolean): string => (hot ? ' · 핫 샤드 사용 중' : ''),
		service: (at: number, of: number, waiting: number) => `서비스: 0:0 질의 진행 ${at}/${of}개 · 기다리는 읽기 ${waiting}`,
		noCoalescing: (of: number) => `서비스: ${of}개, 읽기마다 DB 질의를 따로 보낸다`,
		reported: '보고',
		coalesced: '병합',
		failed: '실패',
		failedAs: (n: number, timeoutMs: number) => `실패 ${n}건(각 ${timeoutMs}ms로 셈)`,
		discord: (c: Reported, s: Reported) =>
			`Discord 보고: Cassandra ${c.nodes}대, p99 ${c.p99Ms}ms → ScyllaDB ${s.nodes}대, p99 ${s.p99Ms}ms`,
		discordShort: (c: Reported, s: Reported) => `보고: Cassandra ${c.nodes}대 p99 ${c.p99Ms} → ScyllaDB ${s.nodes}대 p99 ${s.p99Ms}ms`,
	},
};
export type Text = (typeof TEXT)['en'];
