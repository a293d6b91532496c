import type {Lang} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, tone, widthOf} from '../view-kit.js';
import type {ApiStylesState} from './engine.js';
import {clock} from './narrate.js';
import {isDown} from './step.js';
import {summarize} from './summary.js';

/**
 * The run as a learner follows it. Top: scenario, style and encoding, the
 * clock, the clients. Then the events so far, oldest left, one glyph each by
 * its fate (✓ once, ✗ lost, 2 twice, ↻ waiting for a retry, ● emitted and
 * not yet fetched); the receiver (up, or ░ down until when); a bar of the
 * bytes on the wire, █ headers and ▒ data, with the header share; the fates
 * counted with the staleness; round trips per event and over-fetch; how the
 * style moves an event; and the retries waiting. With fewer rows the later
 * lines go first.
 */
export function apiStylesView(state: ApiStylesState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const sum = summarize(state);
	const fixed: ViewLine[] = [header(state, width, t)];
	const lines: ViewLine[] = [
		barLine(state, width, t, sum.headerShare),
		{
			// In words where they fit; the glyphs (explained in the legend) on a narrow screen.
			text: firstFit(
				[
					`${t.fate} ${t.fates(sum.delivered, sum.lost, sum.duplicated, sum.inFlight)} · ${t.stale} ${t.seconds(sum.meanStalenessS)} (${t.max} ${t.seconds(sum.maxStalenessS)})`,
					`${t.fate} ✓${sum.delivered} ✗${sum.lost} ×2 ${sum.duplicated} …${sum.inFlight} · ${t.stale} ${t.seconds(sum.meanStalenessS)} (${t.max} ${t.seconds(sum.maxStalenessS)})`,
				],
				width,
			),
			...(sum.lost + sum.duplicated > 0 ? {color: tone.bad} : {}),
		},
		{
			text: firstFit(
				[
					`${t.trips} ${sum.roundTripsPerEvent} · ${t.overFetch} ${sum.overFetchRatio}× · ${t.perEvent} ${sum.bytesPerEvent} B`,
					`${t.trips} ${sum.roundTripsPerEvent} · ${t.overFetch} ${sum.overFetchRatio}×`,
				],
				width,
			),
		},
		{text: clip(t.how[state.params.style](state), width), color: tone.muted},
	];
	// The receiver's line only where it has an outage, first while it is down.
	if (state.outages.length > 0) lines.splice(isDown(state.outages, state.t) ? 0 : 2, 0, receiverLine(state, width, t));
	const waiting = state.pending.slice(0, 4).map((a) => `#${a.id} ${clock(a.at)}`);
	if (waiting.length > 0) lines.push({text: clip(`${t.retries} ${waiting.join(', ')}`, width), color: tone.warn});
	// The strip (the newest events) gets one row, then the other lines as many as fit.
	const others = Math.max(0, Math.min(lines.length, rows - fixed.length - 1));
	return [...fixed, stripLine(state, width, t), ...lines.slice(0, others)].slice(0, rows);
}

function header(s: ApiStylesState, width: number, t: Text): ViewLine {
	const p = s.params;
	const end = clock(s.endS);
	const now = clock(s.t);
	const style = `${STYLE_NAMES[p.style]} (${s.encoding})`;
	const forms = [
		[t.scenario[p.scenario], style, `${now}/${end}`, t.clients(p.clients)],
		[t.scenario[p.scenario], style, now, t.clientsShort(p.clients)],
		[t.scenario[p.scenario], STYLE_NAMES[p.style], now, t.clientsShort(p.clients)],
	];
	return {
		text: firstFit(
			forms.map((f) => f.join(' · ')),
			width,
		),
		color: tone.accent,
	};
}

function receiverLine(s: ApiStylesState, width: number, t: Text): ViewLine {
	const now = s.outages.find((o) => s.t >= o.from && s.t < o.to);
	if (now) return {text: clip(`${t.receiver} ░░░ ${t.downUntil(clock(now.to))}`, width), color: tone.warn};
	const next = s.outages.find((o) => o.from > s.t);
	const past = s.outages.filter((o) => o.to <= s.t).length;
	const extra = next ? ` · ${t.downAt(clock(next.from))}` : past > 0 ? ` · ${t.wasDown(past)}` : '';
	return {text: clip(`${t.receiver} ${t.up}${extra}`, width)};
}

function barLine(s: ApiStylesState, width: number, t: Text, share: number): ViewLine {
	const label = `${t.wire} `;
	const tail = ` ${t.headers} ${Math.round(share * 100)}%`;
	const room = Math.max(0, Math.min(40, width - widthOf(label) - widthOf(tail)));
	const total = s.bytes.header + s.bytes.data;
	const head = total > 0 ? Math.round(share * room) : 0;
	const bar = total > 0 ? '█'.repeat(head) + '▒'.repeat(room - head) : ' '.repeat(room);
	return {text: clip(`${label}${bar}${tail}`, width)};
}

function glyph(s: ApiStylesState, id: number): string {
	const n = s.processed[id]!;
	if (s.settled[id]) return n === 0 ? '✗' : n === 1 ? '✓' : '2';
	if (s.pending.some((a) => a.id === id)) return '↻';
	return '●';
}

/** The newest events that fit one row, oldest left, one glyph each. */
function stripLine(s: ApiStylesState, width: number, t: Text): ViewLine {
	const label = `${t.events} `;
	const n = s.emittedCount;
	if (n === 0) return {text: clip(`${label}${t.none}`, width), color: tone.muted};
	const shown = Math.min(n, Math.max(1, width - widthOf(label)));
	const glyphs = Array.from({length: shown}, (_, i) => glyph(s, n - shown + i)).join('');
	return {text: clip(`${label}${glyphs}`, width), ...(/[✗2]/.test(glyphs) ? {color: tone.bad} : {})};
}

const STYLE_NAMES = {soap: 'SOAP', rest: 'REST', graphql: 'GraphQL', grpc: 'gRPC', websocket: 'WebSocket', webhook: 'webhook'};

const TEXT = {
	en: {
		scenario: {scoreboard: 'scoreboard', payments: 'payments', 'mobile-screen': 'mobile screen', internal: 'internal', ledger: 'ledger'},
		clients: (n: number) => `${n.toLocaleString('en-US')} clients`,
		clientsShort: (n: number) => `×${n.toLocaleString('en-US')}`,
		events: 'events',
		none: 'none yet',
		receiver: 'receiver',
		up: 'up',
		downUntil: (at: string) => `DOWN until ${at}`,
		downAt: (at: string) => `goes down at ${at}`,
		wasDown: (n: number) => `was down ${n}×`,
		wire: 'wire',
		headers: 'headers',
		fate: 'fate',
		fates: (once: number, lost: number, twice: number, flying: number) =>
			`once ${once} · lost ${lost} · twice ${twice} · in flight ${flying}`,
		stale: 'stale',
		seconds: (s: number) => (s >= 3600 ? clock(s) : `${s}s`),
		max: 'max',
		trips: 'round trips/event',
		overFetch: 'over-fetch',
		perEvent: 'per event',
		retries: 'retries due:',
		how: {
			soap: (s: ApiStylesState) => `SOAP: XML envelope, polled every ${s.params.pollIntervalS}s`,
			rest: (s: ApiStylesState) =>
				`REST: GET every ${s.params.pollIntervalS}s, ${s.params.headerBytes}+${s.params.responseHeaderBytes} B headers each`,
			graphql: (s: ApiStylesState) => `GraphQL: one query for the fields used, every ${s.params.pollIntervalS}s`,
			grpc: (s: ApiStylesState) => `gRPC: HTTP/2, HPACK sends ${Math.round(s.params.hpackShare * 100)}% of headers`,
			websocket: () => 'WebSocket: one handshake, then frames of 2–14 bytes',
			webhook: (s: ApiStylesState) =>
				`webhook: a POST per event, ${s.params.retries} retries${s.params.idempotencyKey ? ', idempotency key' : ''}`,
		},
	},
	ko: {
		scenario: {scoreboard: '스코어보드', payments: '결제 알림', 'mobile-screen': '모바일 화면', internal: '내부 서비스', ledger: '원장'},
		clients: (n: number) => `클라이언트 ${n.toLocaleString('en-US')}개`,
		clientsShort: (n: number) => `×${n.toLocaleString('en-US')}`,
		events: '이벤트',
		none: '아직 없다',
		receiver: '수신자',
		up: '정상',
		downUntil: (at: string) => `${at}까지 다운`,
		downAt: (at: string) => `${at}에 다운 예정`,
		wasDown: (n: number) => `다운 ${n}회`,
		wire: '전송',
		headers: '헤더',
		fate: '결과',
		fates: (once: number, lost: number, twice: number, flying: number) =>
			`한 번 ${once} · 잃음 ${lost} · 두 번 ${twice} · 전달 중 ${flying}`,
		stale: '지연',
		seconds: (s: number) => (s >= 3600 ? clock(s) : `${s}초`),
		max: '최대',
		trips: '이벤트당 왕복',
		overFetch: '오버페칭',
		perEvent: '이벤트당',
		retries: '재시도 예정:',
		how: {
			soap: (s: ApiStylesState) => `SOAP: XML 봉투, ${s.params.pollIntervalS}초마다 폴링`,
			rest: (s: ApiStylesState) =>
				`REST: ${s.params.pollIntervalS}초마다 GET, 매번 헤더 ${s.params.headerBytes}+${s.params.responseHeaderBytes} B`,
			graphql: (s: ApiStylesState) => `GraphQL: 쓰는 필드만 한 쿼리로, ${s.params.pollIntervalS}초마다`,
			grpc: (s: ApiStylesState) => `gRPC: HTTP/2, HPACK이 헤더의 ${Math.round(s.params.hpackShare * 100)}%만 보낸다`,
			websocket: () => 'WebSocket: 핸드셰이크 한 번, 그다음 2–14바이트 프레임',
			webhook: (s: ApiStylesState) => `웹훅: 이벤트마다 POST, 재시도 ${s.params.retries}번${s.params.idempotencyKey ? ', 멱등 키' : ''}`,
		},
	},
};
type Text = (typeof TEXT)['en'];
