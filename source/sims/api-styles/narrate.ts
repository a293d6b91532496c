/**
 * What a step of the API-styles run did, one plain sentence per happening:
 * each poll (how many new events, header and data bytes), each push or call,
 * each failure and the retry it schedules, each event lost and why, each
 * second delivery (or one an idempotency key turned away), the receiver
 * going down and a burst. A busy step names the first few and counts the rest.
 */
import type {Localized} from '../../content/schema.js';
import type {ApiStylesAction, ApiStylesState, Happening} from './engine.js';
import type {LostWhy} from './step.js';

const NAMED = 6;

/** Seconds as m:ss, or h:mm:ss from an hour. */
export function clock(seconds: number): string {
	const s = Math.floor(seconds);
	const two = (n: number) => String(n).padStart(2, '0');
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

const WHY: Record<LostWhy, Localized> = {
	'no-url': {en: 'a browser or phone has no URL a webhook can call', ko: '브라우저나 휴대폰에는 웹훅이 부를 URL이 없다'},
	'no-answer': {en: 'a webhook cannot answer a caller who waits', ko: '웹훅은 기다리는 호출자에게 답할 수 없다'},
	down: {en: 'the receiver was down and nothing resends it', ko: '수신자가 다운이었고 다시 보내는 장치가 없다'},
	retries: {en: 'every retry found the receiver down', ko: '재시도마다 수신자가 다운이었다'},
};

function sentence(h: Happening): Localized {
	const at = clock(h.at);
	switch (h.kind) {
		case 'poll':
			return h.count === 0
				? {
						en: `${at} poll: nothing new, ${h.cost.header} B of headers for ${h.cost.data} B of data`,
						ko: `${at} 폴링: 새 소식이 없다. 데이터 ${h.cost.data} B에 헤더 ${h.cost.header} B를 쓴다`,
					}
				: {
						en: `${at} poll: ${h.count} new event${h.count === 1 ? '' : 's'}, ${h.cost.header} B headers + ${h.cost.data} B data`,
						ko: `${at} 폴링: 새 이벤트 ${h.count}개, 헤더 ${h.cost.header} B + 데이터 ${h.cost.data} B`,
					};
		case 'push':
		case 'call': {
			const what = h.kind === 'push' ? {en: 'pushed', ko: '전달'} : {en: 'answered', ko: '응답'};
			if (h.again)
				return {
					en: `${at} event #${h.id} delivered again and acted on twice: no idempotency key`,
					ko: `${at} 이벤트 #${h.id}: 다시 와서 두 번 처리된다. 멱등 키가 없다`,
				};
			return {
				en: `${at} event #${h.id} ${what.en}: ${h.cost.header} B headers + ${h.cost.data} B data`,
				ko: `${at} 이벤트 #${h.id} ${what.ko}: 헤더 ${h.cost.header} B + 데이터 ${h.cost.data} B`,
			};
		}
		case 'ignored':
			return {
				en: `${at} event #${h.id} came again; its idempotency key was seen, so it is ignored`,
				ko: `${at} 이벤트 #${h.id}: 다시 왔지만 멱등 키를 이미 보았으니 무시한다`,
			};
		case 'handshake':
			return {en: `${at} WebSocket handshake: the connection opens`, ko: `${at} WebSocket 핸드셰이크로 연결을 연다`};
		case 'fail':
			return h.retryAt === null
				? {en: `${at} event #${h.id}: receiver down, no retry left`, ko: `${at} 이벤트 #${h.id}: 수신자가 다운이고 남은 재시도가 없다`}
				: {
						en: `${at} event #${h.id}: receiver down, retry at ${clock(h.retryAt)}`,
						ko: `${at} 이벤트 #${h.id}: 수신자가 다운이라 ${clock(h.retryAt)}에 다시 보낸다`,
					};
		case 'slow':
			return h.retryAt === null
				? {
						en: `${at} event #${h.id}: answered after the 10 s timeout; the sender counts a failure`,
						ko: `${at} 이벤트 #${h.id}: 10초 제한 뒤에 응답해서 보낸 쪽은 실패로 센다`,
					}
				: {
						en: `${at} event #${h.id}: answered after the 10 s timeout; resent at ${clock(h.retryAt)}`,
						ko: `${at} 이벤트 #${h.id}: 10초 제한 뒤에 응답해서 ${clock(h.retryAt)}에 다시 보낸다`,
					};
		case 'lost':
			return {en: `${at} event #${h.id} lost: ${WHY[h.why].en}`, ko: `${at} 이벤트 #${h.id} 잃음: ${WHY[h.why].ko}`};
		case 'outage':
			return {en: `${at} the receiver goes down until ${clock(h.to)}`, ko: `${at} 수신자가 ${clock(h.to)}까지 다운된다`};
		case 'burst':
			return {en: `${at} a burst: ${h.count} events at once`, ko: `${at} 폭주: 이벤트 ${h.count}개가 한꺼번에 온다`};
	}
}

/** One sentence per happening of the step, the first few named and the rest counted. */
export function narrateApiStyles(_prev: ApiStylesState, next: ApiStylesState, _action: ApiStylesAction | {type: 'tick'}): Localized[] {
	const said = next.log.slice(0, NAMED).map(sentence);
	const rest = next.log.slice(NAMED);
	if (rest.length === 0) return said;
	const lost = rest.filter((h) => h.kind === 'lost').length;
	return [
		...said,
		{
			en: `… and ${rest.length} more happening${rest.length === 1 ? '' : 's'} (${lost} lost)`,
			ko: `… 그 밖에 ${rest.length}건이 더 있다(잃은 것 ${lost}건)`,
		},
	];
}
