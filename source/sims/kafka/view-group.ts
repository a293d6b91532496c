import type {ViewLine} from '../types.js';
import {clip, padEnd, tone, widthOf} from '../view-kit.js';
import type {KafkaState} from './engine.js';
import {cellWidth, GAP, lagOf, MIN_MEMBER, maxColumns, SEP, type Text} from './view-text.js';

/** "p0-2,5,7": runs of three or more written as ranges. */
function partitionList(parts: readonly number[]): string {
	const sorted = [...parts].sort((a, b) => a - b);
	const out: string[] = [];
	let i = 0;
	while (i < sorted.length) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
		if (j - i >= 2) out.push(`${sorted[i]}-${sorted[j]}`);
		else for (let k = i; k <= j; k++) out.push(String(sorted[k]));
		i = j + 1;
	}
	return `p${out.join(',')}`;
}

/** One member per line when they fit ("c01 p0,1  lag 5"), else several per line ("c01 p0,1"). */
export function groupView(state: KafkaState, width: number, lines: number, t: Text): ViewLine[] {
	const members = state.members;
	const m = members.length;
	const idW = Math.max(...members.map((id) => id.length));
	const cell = (id: string, full: boolean): {text: string; idle: boolean} => {
		const parts = state.assignment[id] ?? [];
		const name = padEnd(id, idW);
		if (parts.length === 0) return {text: `${name} ${t.idle}`, idle: true};
		let text = `${name} ${partitionList(parts)}`;
		if (full) {
			let lag = 0;
			for (const p of parts) lag += lagOf(state.partitions[p]!);
			text += `  ${t.lag} ${lag}`;
		}
		return {text, idle: false};
	};
	if (m <= lines) {
		return members.map((id) => {
			const c = cell(id, true);
			return {text: clip(c.text, width), ...(c.idle ? {color: tone.warn} : {})};
		});
	}
	const cols = Math.ceil(m / lines);
	if (cols <= maxColumns(width, MIN_MEMBER, 8)) {
		// Columns, filled top to bottom like the partitions.
		const rowsUsed = Math.ceil(m / cols);
		const cw = cellWidth(width, cols);
		const out: ViewLine[] = [];
		for (let r = 0; r < rowsUsed; r++) {
			const cells: {text: string; idle: boolean}[] = [];
			for (let c = 0; c < cols; c++) if (c * rowsUsed + r < m) cells.push(cell(members[c * rowsUsed + r]!, false));
			const text = cells.map((c) => padEnd(clip(c.text, cw), cw)).join(SEP);
			out.push({text: text.trimEnd(), ...(cells.some((c) => c.idle) ? {color: tone.warn} : {})});
		}
		return out;
	}
	// Too many for columns: the busy members, as many as fit one after another, then a count of
	// the idle ones and of the rest.
	const cells = members.map((id) => cell(id, false)).filter((c) => !c.idle);
	const idle = m - cells.length;
	if (idle > 0) cells.push({text: t.idleCount(idle), idle: true});
	// Members not shown when the list stops before cell i.
	const rest = (i: number) => cells.length - i + (idle > 0 ? idle - 1 : 0);
	const n = cells.length;
	const out: ViewLine[] = [];
	let next = 0;
	for (let r = 0; r < lines && next < n; r++) {
		let text = '';
		let anyIdle = false;
		while (next < n) {
			const item = (text ? GAP : '') + cells[next]!.text;
			const last = r === lines - 1;
			const room = last && next + 1 < n ? widthOf(GAP + t.moreMembers(rest(next + 1))) : 0;
			if (widthOf(text + item) + room > width) break;
			text += item;
			anyIdle ||= cells[next]!.idle;
			next++;
		}
		if (r === lines - 1 && next < n) text += (text ? GAP : '') + t.moreMembers(rest(next));
		if (text === '') break;
		out.push({text: clip(text, width), ...(anyIdle ? {color: tone.warn} : {})});
	}
	return out;
}
