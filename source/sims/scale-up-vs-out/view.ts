/**
 * The scale-up-vs-out drawing: the page's path (load balancer, the web
 * servers or the chain of services, SQL with the share of reads its RAM
 * serves), the busiest server's CPU against the 70% line, page p50/p99,
 * the headroom, what one server's failure costs, and, with room, every
 * traffic level so far. Small boxes keep the first lines; meaning is in
 * words and marks (✗ a server down), never colour alone.
 */
import type {Lang} from '../../content/text.js';
import {grouped} from '../api-evolution/format.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, tone} from '../view-kit.js';
import type {ScaleUpVsOutState} from './engine.js';
import {stages} from './model.js';
import {summarize} from './summary.js';

const T = {
	en: {
		arch: {monolith: 'monolith', microservices: 'microservices'},
		header: (traffic: string, rate: string, fleet: string) => [`${traffic} · ${rate} pages/s · ${fleet}`, `${traffic} · ${fleet}`],
		fleet: (n: number, c: number) => `${n} servers × ${c} cores`,
		whole: 'whole app',
		sql: (ram: string, hits: string) => [`SQL (${ram} in RAM: ${hits} of reads)`, `SQL ${hits} from RAM`],
		cpu: 'CPU',
		line: '│ = 70%',
		latency: (p50: string, p99: string) => `page p50 ${p50} · p99 ${p99}`,
		headroom: (h: string, full: string) => [`headroom ×${h} traffic before 70% CPU · full at ×${full}`, `headroom ×${h} before 70% CPU`],
		notYet: 'headroom: ? (run it)',
		failMono: (lost: string, down: number) => [
			`one server down costs ${lost} of the capacity · ${down} down now`,
			`1 down: −${lost} · ${down} down`,
		],
		failMicro: (lost: string, k: number, spof: number, down: number) => [
			`one server down costs ${lost} of a service · a page needs all ${k} · ${spof} single points · ${down} down`,
			`1 down: −${lost} of a service · ${spof} single points`,
		],
		level: (t: number, cpu: string, p99: string) => `×${t} CPU ${cpu} · p99 ${p99}`,
		full: 'saturated',
		// A pool with no server left is down, not busy: every page needs it, so every page fails.
		downCpu: (svc: string) => `CPU ✗ ${svc} has no server left`,
		downPages: (svc: string) => `page: fails (${svc} is down, every page needs it)`,
		downHeadroom: 'headroom: none (a service is down)',
		downLevel: (t: number) => `×${t} a service down · every page fails`,
	},
	ko: {
		arch: {monolith: '모놀리스', microservices: '마이크로서비스'},
		header: (traffic: string, rate: string, fleet: string) => [`${traffic} · 초당 ${rate} 페이지 · ${fleet}`, `${traffic} · ${fleet}`],
		fleet: (n: number, c: number) => `서버 ${n}대 × ${c}코어`,
		whole: '앱 전체',
		sql: (ram: string, hits: string) => [`SQL (DB의 ${ram}가 RAM에: 읽기의 ${hits})`, `SQL RAM ${hits}`],
		cpu: 'CPU',
		line: '│ = 70%',
		latency: (p50: string, p99: string) => `페이지 p50 ${p50} · p99 ${p99}`,
		headroom: (h: string, full: string) => [`여유: CPU 70%까지 트래픽 ×${h} · ×${full}에서 포화`, `여유 ×${h} (CPU 70%까지)`],
		notYet: '여유: ? (실행해 본다)',
		failMono: (lost: string, down: number) => [
			`서버 한 대가 멈추면 용량의 ${lost}를 잃는다 · 지금 ${down}대 멈춤`,
			`1대 멈춤: −${lost} · ${down}대 멈춤`,
		],
		failMicro: (lost: string, k: number, spof: number, down: number) => [
			`서버 한 대가 멈추면 서비스 용량의 ${lost}를 잃는다 · 페이지는 ${k}개 모두 필요 · 단일 장애점 ${spof}개 · ${down}대 멈춤`,
			`1대 멈춤: 서비스의 −${lost} · 단일 장애점 ${spof}개`,
		],
		level: (t: number, cpu: string, p99: string) => `×${t} CPU ${cpu} · p99 ${p99}`,
		full: '포화',
		downCpu: (svc: string) => `CPU ✗ ${svc}에 남은 서버가 없다`,
		downPages: (svc: string) => `페이지: 실패 (${svc} 멈춤, 모든 페이지가 거친다)`,
		downHeadroom: '여유: 없음 (멈춘 서비스가 있다)',
		downLevel: (t: number) => `×${t} 서비스 멈춤 · 모든 페이지 실패`,
	},
};

const pct = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;
const ms = (x: number | null, full: string) => (x === null ? full : `${grouped(Math.round(x))} ms`);

/** A CPU bar: filled to the share, the 70% line marked │, "✗" past 100%. */
function bar(cpu: number, width: number): string {
	const cells = Math.max(5, Math.min(30, width));
	const filled = Math.min(cells, Math.round(Math.min(1, cpu) * cells));
	const mark = Math.round(0.7 * cells);
	return Array.from({length: cells}, (_, i) => (i === mark ? '│' : i < filled ? '█' : '░')).join('') + (cpu >= 1 ? '✗' : '');
}

export function scaleUpVsOutView(state: ScaleUpVsOutState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = T[lang];
	const p = state.params;
	const sum = summarize(state);
	const last = state.levels.at(-1);
	const traffic = last ? last.traffic : 1;
	const list = stages(p, traffic, state.failed);
	const fleet = t.fleet(sum.servers, p.coresPerServer);
	const lines: ViewLine[] = [];
	const add = (text: string, color?: string) => lines.push(color ? {text: clip(text, width), color} : {text: clip(text, width)});
	add(
		firstFit(t.header(`${t.arch[p.architecture]} ×${traffic}`, grouped(Math.round(p.pageLoadsPerSecond * traffic)), fleet), width),
		tone.accent,
	);
	const sql = firstFit(t.sql(pct(p.memoryShare), pct(sum.memoryHitRate)), Math.max(10, width - 40));
	const pools = list.map(
		(s) =>
			`${s.name === 'web' ? `web ×${s.deployed} [${t.whole}]` : `${s.name} ×${s.deployed}`}${s.servers < s.deployed ? ` ✗${s.deployed - s.servers}` : ''}`,
	);
	add(firstFit([`LB ─▶ ${pools.join(' ─▶ ')} ─▶ ${sql}`, `LB ─▶ ${pools.join('▶')}▶SQL`], width));
	const cpu = last ? last.cpu : 0;
	// Infinite CPU means a pool has no server left (see utilization): say "down", not "saturated".
	const gone = list.find((s) => s.servers === 0)?.name ?? 'web';
	if (Number.isFinite(cpu)) {
		add(`${t.cpu} ${bar(cpu, width - 22)} ${last ? pct(cpu) : '–'} (${t.line})`, cpu >= 0.7 ? tone.bad : undefined);
		add(t.latency(last ? ms(last.p50Ms, t.full) : '–', last ? ms(last.p99Ms, t.full) : '–'));
	} else {
		add(t.downCpu(gone), tone.bad);
		add(t.downPages(gone), tone.bad);
	}
	const headroomDown = sum.headroom === 0; // only when a pool has no server left (CPU share ∞)
	add(
		headroomDown
			? t.downHeadroom
			: sum.headroom === null
				? t.notYet
				: firstFit(t.headroom(String(sum.headroom), String(sum.saturatesAt)), width),
		headroomDown || (sum.headroom !== null && sum.headroom < 2) ? tone.warn : undefined,
	);
	const lost = pct(sum.capacityLostPerServer);
	add(
		firstFit(
			p.architecture === 'monolith'
				? t.failMono(lost, state.failed)
				: t.failMicro(lost, p.services, sum.singlePointsOfFailure, state.failed),
			width,
		),
		sum.singlePointsOfFailure > 0 || state.failed > 0 ? tone.warn : tone.muted,
	);
	// With room, the traffic levels so far, the latest last.
	const room = rows - lines.length;
	for (const l of state.levels.slice(-room))
		add(`  ${Number.isFinite(l.cpu) ? t.level(l.traffic, pct(l.cpu), ms(l.p99Ms, t.full)) : t.downLevel(l.traffic)}`, tone.muted);
	return lines.slice(0, rows);
}
