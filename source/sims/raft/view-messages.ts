import type {Lang} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, tone} from '../view-kit.js';
import type {InFlight, RaftState} from './types.js';

const LEVELS = '▁▂▃▄▅▆▇█';

/** How far a message has travelled, ▁ just sent to █ arriving. */
function travelled(m: InFlight, now: number): string {
	const span = m.deliverAt - m.sentAt;
	const fraction = span > 0 ? Math.min(1, Math.max(0, (now - m.sentAt) / span)) : 1;
	return LEVELS[Math.min(LEVELS.length - 1, Math.floor(fraction * LEVELS.length))]!;
}

/** What one message says, in words. */
function what(m: InFlight, lang: Lang): string {
	const msg = m.msg;
	const ko = lang === 'ko';
	switch (msg.kind) {
		case 'request-vote':
			return ko ? `RV 임기 ${msg.term} 투표 요청` : `RV vote for me in term ${msg.term}?`;
		case 'vote-reply':
			return ko ? `V ${msg.granted ? '찬성' : '반대'} (임기 ${msg.term})` : `V ${msg.granted ? 'yes' : 'no'} (term ${msg.term})`;
		case 'append-entries': {
			if (msg.entries.length === 0) return ko ? `HB 하트비트 (임기 ${msg.term})` : `HB heartbeat (term ${msg.term})`;
			const from = msg.prevLogIndex + 1;
			const to = msg.prevLogIndex + msg.entries.length;
			const span = from === to ? `${from}` : `${from}–${to}`;
			return ko ? `AE 항목 ${span} 복제 (임기 ${msg.term})` : `AE copy entries ${span} (term ${msg.term})`;
		}
		case 'append-reply':
			return ko
				? `AR ${msg.success ? `성공, ${msg.matchIndex}까지 일치` : '실패, 더 앞에서 다시'}`
				: `AR ${msg.success ? `ok, matches up to ${msg.matchIndex}` : 'no, retry from earlier'}`;
	}
}

/**
 * One line per message on the wire, the next to arrive first, when the
 * drawing has rows to spare: sender → receiver, how far it has gone, and what
 * it says ("n0 → n2 ▃ RV vote for me in term 2?").
 */
export function messageLines(state: RaftState, width: number, rows: number, lang: Lang): ViewLine[] {
	const all = state.inFlight;
	if (rows <= 0 || all.length === 0) return [];
	const shown = all.length <= rows ? all.length : rows - 1;
	// A lone "+N more" says nothing the summary line above does not.
	if (shown === 0) return [];
	const lines: ViewLine[] = all.slice(0, shown).map((m) => ({
		text: clip(`  n${m.from} → n${m.to} ${travelled(m, state.now)} ${what(m, lang)}`, width),
		color: tone.muted,
	}));
	if (shown < all.length)
		lines.push({text: clip(lang === 'ko' ? `  +${all.length - shown}개 더` : `  +${all.length - shown} more`, width), color: tone.muted});
	return lines;
}
