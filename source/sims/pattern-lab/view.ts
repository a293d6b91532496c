import type {Lang} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, tone} from '../view-kit.js';
import type {Happening, PatternLabState} from './engine.js';
import {fitOf, PROFILES, QUALITIES, SCENARIO_SPECS} from './profiles.js';

/**
 * The year so far: the scenario, the pattern, the week and the people; the
 * year's cost (engineer-days, outage hours, whole-app outages); this week's
 * events as glyphs; with CQRS on, each sampled read's read-model lag as a
 * bar (! where a user missed their own write); the pattern's ratings on six
 * qualities (●● high, ●○ medium, ○○ low) and the scenario's weights with
 * the resulting fit. Fewer rows drop the later lines.
 */
export function patternLabView(s: PatternLabState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const t = TEXT[lang];
	const p = s.params;
	const fit = Math.round(fitOf(p.pattern, p.scenario) * 100);
	const scenario = t.scenario[p.scenario];
	const weights = QUALITIES.map((q) => SCENARIO_SPECS[p.scenario].weights[q]);
	const ratings = QUALITIES.map((q, i) => `${t.q[i]} ${DOTS[PROFILES[p.pattern][q]]}`).join(' ');
	const lines: ViewLine[] = [
		{
			text: firstFit(
				[
					`${scenario} · ${p.pattern} · ${t.week(s.week, p.weeks)} · ${t.people(s.engineers)}`,
					`${scenario} · ${p.pattern} · ${t.week(s.week, p.weeks)}`,
				],
				width,
			),
			color: tone.accent,
		},
		{
			text: firstFit(
				[
					`${t.year} ${t.days(s.deliveryDays)} · ${t.outage(s.outageHours)} · ${t.whole(s.wholeAppOutages)}`,
					`${t.days(s.deliveryDays)} · ${t.outage(s.outageHours)} · ${t.whole(s.wholeAppOutages)}`,
				],
				width,
			),
			...(s.wholeAppOutages > 0 ? {color: tone.bad} : {}),
		},
		{text: clip(`${t.thisWeek} ${s.log.map(glyph).join(' ') || '-'}`, width), ...(s.log.some((h) => h.whole) ? {color: tone.bad} : {})},
		...(p.cqrs ? [cqrsLine(s, width, t)] : []),
		{text: firstFit([`${t.ratings} ${ratings}`, ratings], width)},
		{
			text: firstFit(
				[
					`${t.weight} ${QUALITIES.map((_, i) => `${t.q[i]} ${weights[i]}`).join(' ')} · ${t.fit} ${fit}%`,
					`${t.weight} ${weights.join(' ')} · ${t.fit} ${fit}%`,
				],
				width,
			),
			color: tone.muted,
		},
	];
	return lines.slice(0, rows);
}

const DOTS = ['○○', '●○', '●●'];

function glyph(h: Happening): string {
	if (h.kind === 'change') return `+${h.modules}`;
	if (h.kind === 'spike') return h.outageHours > 0 ? '↑!' : '↑';
	if (h.kind === 'plugin') return '✚';
	if (h.kind === 'crash') return h.whole ? '✗!' : '✗';
	return '☺';
}

const BARS = '▁▂▃▄▅▆▇';

function cqrsLine(s: PatternLabState, width: number, t: Text): ViewLine {
	const {readAfterWriteMs, projectionLagMs, ownReads} = s.params;
	const top = Math.max(1, projectionLagMs * 3);
	const bars = s.lastLags
		.map((lag) => (ownReads === 'read-model' && lag > readAfterWriteMs ? '!' : BARS[Math.min(6, Math.floor((lag / top) * 7))]!))
		.join('');
	const head = `CQRS ${t.stale(s.staleReads, s.readsChecked)} `;
	return {text: clip(`${head}${bars}`, width), ...(s.staleReads > 0 ? {color: tone.bad} : {})};
}

const TEXT = {
	en: {
		scenario: {
			'ide-plugins': 'IDE + plug-ins',
			'flash-sale': 'flash sale',
			mvp: '4-person MVP',
			'order-pipeline': 'order pipeline',
			'sixty-teams': '60 teams',
		},
		week: (w: number, of: number) => `week ${w}/${of}`,
		people: (n: number) => `${n} engineers`,
		year: 'year:',
		days: (d: number) => `${Math.round(d)} eng-days`,
		outage: (h: number) => `outage ${h} h`,
		whole: (n: number) => `whole-app down ${n}×`,
		q: ['agil', 'dep', 'test', 'perf', 'scale', 'dev'],
		ratings: 'rating',
		weight: 'weight',
		fit: 'fit',
		thisWeek: 'this week:',
		stale: (n: number, of: number) => `stale own reads ${n}/${of}`,
	},
	ko: {
		scenario: {
			'ide-plugins': '플러그인 IDE',
			'flash-sale': '반짝 세일',
			mvp: '4인 MVP',
			'order-pipeline': '주문 파이프라인',
			'sixty-teams': '60개 팀',
		},
		week: (w: number, of: number) => `${w}/${of}주`,
		people: (n: number) => `엔지니어 ${n}명`,
		year: '1년:',
		days: (d: number) => `${Math.round(d)}인일`,
		outage: (h: number) => `장애 ${h}시간`,
		whole: (n: number) => `앱 전체 장애 ${n}번`,
		q: ['민첩', '배포', '테스트', '성능', '확장', '개발'],
		ratings: '평가',
		weight: '가중치',
		fit: '적합도',
		thisWeek: '이번 주:',
		stale: (n: number, of: number) => `내 글 못 본 읽기 ${n}/${of}`,
	},
};
type Text = (typeof TEXT)['en'];
