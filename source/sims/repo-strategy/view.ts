import type {Lang} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, firstFit, tone, widthOf} from '../view-kit.js';
import type {RepoStrategyState} from './engine.js';
import {isDiamond, pinsOf} from './graph.js';
import {fixVersion} from './engine.js';

/**
 * The fix spreading through the graph: core and each shared library (● has
 * the fix, ○ not yet), then every service as one glyph: ● runs the fix,
 * ◐ merged and waiting for its deploy slot, ✗ stuck in a diamond conflict
 * (its dependencies want different core versions), ○ not started. Under
 * them: core versions running and diamond conflicts, and a bar of the
 * services fixed so far.
 */
export function repoStrategyView(state: RepoStrategyState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const ko = lang === 'ko';
	const header = headerLine(state, width, ko);
	if (rows === 1) return [header];
	const glyphs = serviceGlyphs(state);
	const perRow = Math.max(1, width - 5);
	const serviceRows: ViewLine[] = [];
	for (let i = 0; i < glyphs.length; i += perRow) {
		serviceRows.push({text: `${i === 0 ? 'svc' : '   '}  ${glyphs.slice(i, i + perRow).join('')}`});
	}
	const status = statusLine(state, width, ko);
	const bar = fixedBar(state, width, ko);
	const libs = libLine(state, width);
	if (rows >= 6) {
		const room = Math.max(1, rows - 4);
		const shown = serviceRows.slice(0, room);
		if (serviceRows.length > room) shown[room - 1] = {text: clip(`${shown[room - 1]!.text}…`, width)};
		const extra = rows - 4 - shown.length;
		const more = [costLine(state, width, ko), timeline(state, width, ko)].slice(0, Math.max(0, extra));
		return [header, libs, ...shown, status, bar, ...more];
	}
	const out = [header, {text: clip(serviceRows[0]!.text + (serviceRows.length > 1 ? '…' : ''), width)}, status];
	if (rows >= 4) out.push(bar);
	if (rows >= 5) out.splice(1, 0, libs);
	return out.slice(0, rows);
}

function headerLine(s: RepoStrategyState, width: number, ko: boolean): ViewLine {
	const p = s.params;
	const day = (s.hour / 24).toFixed(1);
	const mode = p.mode === 'monorepo' ? (ko ? '모노레포' : 'monorepo') : ko ? '폴리레포' : 'polyrepo';
	const merged = [...s.plan.libDone, ...s.plan.serviceDone].filter((d) => d <= s.hour).length;
	const prs =
		p.mode === 'monorepo'
			? `${s.plan.coreRelease <= s.hour ? 1 : 0}/1`
			: `${merged + (s.plan.coreRelease <= s.hour ? 1 : 0)}/${1 + p.libraries + p.services}`;
	const ci = `CI ${Math.round(s.plan.ciMinutes)}${ko ? '분' : ' min'}`;
	const forms = ko
		? [
				`${mode} · ${day}일째(${s.hour}시간) · PR ${prs} · ${ci}`,
				`${mode} · ${day}일째 · PR ${prs} · ${ci}`,
				`${mode} · ${day}일째 · PR ${prs}`,
			]
		: [
				`${mode} · day ${day} (hour ${s.hour}) · PRs ${prs} · ${ci}`,
				`${mode} · day ${day} · PRs ${prs} · ${ci}`,
				`${mode} · day ${day} · PRs ${prs}`,
			];
	return {text: firstFit(forms, width), color: tone.accent};
}

function libLine(s: RepoStrategyState, width: number): ViewLine {
	const core = s.plan.coreRelease <= s.hour ? '●' : '○';
	const libs = s.plan.libDone.map((d) => (d <= s.hour ? '●' : '○')).join('');
	return {text: clip(`core ${core}  lib ${libs || '-'}`, width), color: tone.muted};
}

/** One glyph per service for the hour shown. */
export function serviceGlyphs(s: RepoStrategyState): string[] {
	const p = s.params;
	const next = fixVersion(p);
	const libPin = s.graph.libPin.map((v, l) => (s.plan.libDone[l]! <= s.hour ? next : v));
	return Array.from({length: p.services}, (_, i) => {
		if (s.plan.deployAt[i]! <= s.hour) return '●';
		if (s.plan.serviceDone[i]! <= s.hour) return '◐';
		if (p.mode === 'polyrepo' && !p.oneVersion && isDiamond(pinsOf(s.graph, i, libPin, s.graph.servicePin))) return '✗';
		return '○';
	});
}

function statusLine(s: RepoStrategyState, width: number, ko: boolean): ViewLine {
	const h = Math.min(s.hour, s.end);
	const versions = s.series.versions[h] ?? 0;
	const diamonds = s.series.diamonds[h] ?? 0;
	const peak = Math.max(0, ...s.series.diamonds.slice(0, h + 1));
	const text = ko
		? `운영 중인 코어 버전 ${versions}개 · 다이아몬드 충돌 ${diamonds}(최대 ${peak})`
		: `core versions running ${versions} · diamond conflicts ${diamonds} (peak ${peak})`;
	return {text: clip(text, width), color: diamonds > 0 ? tone.bad : versions > 1 ? tone.warn : tone.ok};
}

function fixedBar(s: RepoStrategyState, width: number, ko: boolean): ViewLine {
	const h = Math.min(s.hour, s.end);
	const fixed = s.series.fixed[h] ?? 0;
	const label = ko ? `고친 서비스 ${fixed}/${s.params.services} ` : `fixed ${fixed}/${s.params.services} `;
	const room = Math.max(4, width - widthOf(label) - 1);
	const full = Math.round((fixed / s.params.services) * room);
	return {
		text: clip(`${label}${'█'.repeat(full)}${'░'.repeat(room - full)}`, width),
		color: fixed === s.params.services ? tone.ok : undefined,
	};
}

/** Where the work went: PRs per layer and CI minutes (a full rebuild counted against what was needed). */
function costLine(s: RepoStrategyState, width: number, ko: boolean): ViewLine {
	const p = s.params;
	const prs =
		p.mode === 'monorepo'
			? ko
				? `PR 1개(코어와 의존 ${p.libraries + p.services}개를 한 커밋에)`
				: `1 PR (core and ${p.libraries + p.services} dependents in one commit)`
			: ko
				? `PR 1 + ${p.libraries} + ${p.services}개(코어, 라이브러리, 서비스)`
				: `PRs 1 + ${p.libraries} + ${p.services} (core, libraries, services)`;
	const ci = ko
		? `CI ${Math.round(s.plan.ciMinutes)}분(걸린 시간 ${s.plan.ciWallHours}시간)`
		: `CI ${Math.round(s.plan.ciMinutes)} min (${s.plan.ciWallHours} h elapsed)`;
	return {text: clip(`${prs} · ${ci}`, width), color: tone.muted};
}

const SPARK = '▁▂▃▄▅▆▇█';

/** Services running the fix at the end of each day so far, one bar per day. */
function timeline(s: RepoStrategyState, width: number, ko: boolean): ViewLine {
	const h = Math.min(s.hour, s.end);
	const days: string[] = [];
	for (let d = 24; d <= h; d += 24) {
		const share = (s.series.fixed[d] ?? 0) / s.params.services;
		days.push(SPARK[Math.min(SPARK.length - 1, Math.floor(share * (SPARK.length - 1) + 1e-9))]!);
	}
	const label = ko ? '하루 끝마다 고친 비율 ' : 'fixed by day ';
	return {text: clip(`${label}${days.join('') || '-'}`, width), color: tone.muted};
}
