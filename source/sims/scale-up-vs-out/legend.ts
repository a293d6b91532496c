import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: architecture, traffic ×(the 2016 page loads), pages a second, the fleet',
		'LB ─▶ web ×9 [whole app]: every web server runs the whole app',
		'svc1 ×2 ─▶ svc2 ×2 …: a split app, a page calls each service in turn',
		'✗2: servers of that pool down · SQL 90% from RAM: reads the memory serves',
		'CPU ███░░│░░ the busiest server; │ marks 70%, ✗ past 100% (saturated)',
		'p50 · p99: page latency sampled through the queues (M/D/c, Erlang C)',
		'headroom ×14: how far traffic can grow before 70% CPU',
		'one server down: capacity lost · single points: services on one server',
		'×3 CPU 15% · p99 34 ms: each traffic level the run has reached',
		'colours: red CPU past 70% · yellow single points of failure or a server down',
	],
	ko: [
		'맨 위: 구조, 트래픽 ×(2016년 페이지 로드), 초당 페이지, 서버 구성',
		'LB ─▶ web ×9 [앱 전체]: 웹 서버마다 앱 전체가 돈다',
		'svc1 ×2 ─▶ svc2 ×2 …: 나눈 앱, 페이지가 서비스를 차례로 부른다',
		'✗2: 그 풀에서 멈춘 서버 · SQL RAM 90%: 메모리가 답하는 읽기',
		'CPU ███░░│░░ 가장 바쁜 서버, │는 70%, ✗는 100% 넘음(포화)',
		'p50 · p99: 큐를 지나게 뽑은 페이지 지연(M/D/c, 얼랑 C)',
		'여유 ×14: CPU 70%까지 트래픽이 늘 수 있는 배수',
		'서버 한 대 멈춤: 잃는 용량 · 단일 장애점: 서버 한 대뿐인 서비스',
		'×3 CPU 15% · p99 34 ms: 실행이 지나온 트래픽 단계',
		'색: 빨강 CPU 70% 넘음 · 노랑 단일 장애점이나 멈춘 서버',
	],
};

/** What every code, glyph and colour of the scale-up-vs-out drawing means. */
export function scaleUpVsOutLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
