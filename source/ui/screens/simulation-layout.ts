/**
 * How the simulation screen shares its rows, one short of the terminal (Ink
 * redraws cleanly only below that): header and rule, three section titles,
 * the live actions line, the notice, the help line, at least two parameters
 * and one result row; then, as room allows, the intro, the challenges (up to
 * four), and the drawing (up to half of what is left, at most 8 rows, none
 * below 3); parameters and results share the rest.
 */
export type SimulationRows = {intro: number; challenges: number; viewRows: number; free: number};

export function simulationRows(rows: number, o: {actions: boolean; challenges: number; introLines: number}): SimulationRows {
	const fixed = 2 + 3 + (o.actions ? 1 : 0) + 2 + 3;
	const room = rows - 1 - fixed;
	const challenges = Math.min(o.challenges, Math.max(1, Math.min(4, room)));
	const intro = Math.min(o.introLines, Math.max(0, room - challenges));
	const free = 3 + Math.max(0, room - challenges - intro);
	const viewRows = Math.min(8, Math.floor(free / 2));
	return {intro, challenges, viewRows: viewRows >= 3 ? viewRows : 0, free};
}

/** Rows left after the drawing, split between parameters (scrolled to keep `selected` in view) and results. */
export function panelRows(free: number, drawn: number, params: number, selected: number) {
	const rest = free - drawn;
	const paramRows = Math.min(params, Math.max(2, Math.floor(rest / 2)));
	const resultRows = Math.max(1, rest - paramRows);
	const firstParam = Math.min(Math.max(0, selected - paramRows + 1), Math.max(0, params - paramRows));
	return {paramRows, resultRows, firstParam};
}
