import {type Lang, width as textWidth} from '../../content/text.js';
import type {ViewLine} from '../types.js';
import {clip, tone} from '../view-kit.js';
import {drawGraph, statusLine} from './draw.js';
import {type GitSandboxState, goalMet} from './engine.js';
import {levelById} from './levels.js';
import {output} from './narrate.js';

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
 * The sandbox on screen: a status line (commands against par, where HEAD
 * is, what is unfinished), the commit graph as `git log --graph --oneline
 * --all` draws it, then what the last log, reflog, branch or status printed.
 * With few rows the graph keeps its newest commits and the oldest give way
 * to a "… N more" line. What each command did is the narration, under the
 * drawing.
 */
export function gitSandboxView(state: GitSandboxState, width: number, rows: number, lang: Lang): ViewLine[] {
	if (rows <= 0 || width <= 0) return [];
	const {repo} = state;
	const color = repo.conflicts.length > 0 ? tone.bad : goalMet(state) ? tone.ok : tone.accent;
	// Commands against par first: a conflict's status is long and may be cut.
	// When the line is too long, where HEAD is gives way first: the graph shows it, as (HEAD -> main) or (HEAD).
	const full = [progress(state, lang), statusLine(repo, lang)].filter(Boolean).join(' · ');
	const short = [progress(state, lang), statusLine(repo, lang, false)].filter(Boolean).join(' · ');
	const head: ViewLine = {text: clip(textWidth(full) <= width ? full : short, width), color};
	if (rows === 1) return [head];
	const last = state.history[state.history.length - 1];
	const printed = last ? output(last) : [];
	// The drawing first; what a read-only command printed gets the rows left, at least two of them when there is any.
	const printRows = Math.min(printed.length, Math.max(0, rows - 2), Math.max(2, rows - 1 - graphRows(state)));
	const graph = drawGraph(repo, width, rows - 1 - printRows, lang).map((text) => ({text}));
	const shown = printed.slice(0, rows - 1 - graph.length).map((text) => ({text: clip(`  ${text}`, width), color: tone.muted}));
	return [head, ...graph, ...shown];
}

const graphRows = (state: GitSandboxState) => drawGraph(state.repo, 1000).length;
