import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: time in ms · database · coalescing on/off · routing · @everyone while it lasts',
		'hot 0:0 = the hot partition: channel #0, newest time bucket (0), and its replica nodes',
		'nodes: one glyph per node, ▁▂▃▄▅▆▇█ = share of cores busy now, · = idle',
		'* under a node = holds a copy of the hot partition · G = in a GC pause (Cassandra)',
		"q 812 = queries waiting in that node's queue · shard = ScyllaDB core that owns the token",
		'svc: instances with a query for the hot partition in flight, and the reads waiting on them',
		'p50/p99 = read latency so far; a failed read counts as the full timeout (1000 ms by default)',
		'"reported" = the p99 Discord published for that database',
		'n6* ████ 4/4 = a hot node: one block per core, cores busy / cores',
		'colours: red = a node overloaded or in a GC pause, yellow = busy, also shown by glyphs and words',
	],
	ko: [
		'맨 위: 시간(ms) · 데이터베이스 · 요청 병합 켬/끔 · 라우팅 · @everyone 진행 중',
		'핫 0:0 = 핫 파티션: 채널 #0의 최신 시간 버킷(0)과 그 복제본 노드',
		'노드: 노드마다 글자 하나, ▁▂▃▄▅▆▇█ = 지금 바쁜 코어 비율, · = 쉼',
		'노드 아래 * = 핫 파티션 사본을 가진 노드 · G = GC로 멈춘 노드(Cassandra)',
		'대기 812 = 그 노드 큐에서 기다리는 질의 · 샤드 = 토큰을 맡은 ScyllaDB 코어',
		'서비스: 핫 파티션 질의가 진행 중인 인스턴스 수와 그 답을 기다리는 읽기 수',
		'p50/p99 = 지금까지의 읽기 지연, 실패한 읽기는 시간 초과 전체(기본 1000ms)로 센다',
		'"보고" = Discord가 그 DB에 대해 밝힌 p99',
		'n6* ████ 4/4 = 핫 노드: 코어마다 칸 하나, 바쁜 코어 수 / 전체 코어 수',
		'색: 빨강은 과부하이거나 GC로 멈춘 노드, 노랑은 바쁜 노드이며 글자와 말로도 보인다',
	],
};

/** What every code and glyph of the hot-partition drawing means. */
export function hotPartitionLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
