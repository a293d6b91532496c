import {type Lang, wrapHanging} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, tone} from '../view-kit.js';
import {drawGraph, graphLines, statusLine} from './draw.js';
import {type GitSandboxState, goalMet} from './engine.js';
import {levelById} from './levels.js';
import {narrate, output} from './narrate.js';

/** "2 commands · par 2 · ✓ goal met": how far along the level is (the sandbox has no par). */
function progress(state: GitSandboxState, lang: Lang): string {
	const {par, target} = levelById(state.level);
	const ko = lang === 'ko';
	const count = ko ? `명령 ${state.commands}개` : `${state.commands} ${state.commands === 1 ? 'command' : 'commands'}`;
	if (!target) return count;
	const met = goalMet(state) ? (ko ? ' · ✓ 목표 달성' : ' · ✓ goal met') : '';
	return `${count} · par ${par}${met}`;
}

/**
 * The sandbox on screen: a status line (where HEAD is, what is unfinished,
 * commands against par), the commit graph as `git log --graph --oneline
 * --all` draws it, then what the last command did in one sentence and what a
 * log or reflog printed. With few rows the graph keeps its newest commits
 * and the oldest give way to a "… N more" line.
 */
export function gitSandboxView(state: GitSandboxState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const {repo} = state;
	const color = repo.conflicts.length > 0 ? tone.bad : goalMet(state) ? tone.ok : tone.accent;
	const head: ViewLine = {text: clip(`${statusLine(repo, lang)} · ${progress(state, lang)}`, width), color};
	if (rows === 1) return [head];
	const last = state.history[state.history.length - 1];
	const said = last ? wrapHanging(narrate(last, lang), '› ', width) : [];
	const avail = rows - 1;
	const needed = graphLines(repo).length;
	// The drawing comes first; the sentence gets what is left (at least a line, two on a roomy screen), cut with "…" if need be.
	const sayRows = Math.min(said.length, Math.max(1, avail - needed, avail >= 8 ? 2 : 1), Math.max(0, avail - 1));
	const sayLines = said.slice(0, sayRows).map((text, i) => ({
		text:
			i === sayRows - 1 && sayRows < said.length
				? clip(
						`${text.trimEnd()} ${said
							.slice(sayRows)
							.map((l) => l.trim())
							.join(' ')}`,
						width,
					)
				: text,
		color: last?.error ? tone.bad : tone.muted,
	}));
	const graph = drawGraph(repo, width, Math.max(1, avail - sayLines.length), lang).map((text) => ({text}));
	const room = avail - graph.length - sayLines.length;
	const printed = (last ? output(last) : [])
		.slice(0, Math.max(0, room))
		.map((text) => ({text: clip(`  ${text}`, width), color: tone.muted}));
	return [head, ...graph, ...sayLines, ...printed].slice(0, rows);
}
