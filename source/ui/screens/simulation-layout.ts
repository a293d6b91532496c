/**
 * How the simulation screen shares its rows, one short of the terminal (Ink
 * redraws cleanly only below that). The drawing comes first: it gets every row
 * but those of the title, one narration line, one status (results) line, the
 * selected parameter's description and two parameters, the challenges line,
 * the live actions line, the notice and the key help. Rows the drawing does
 * not use go to the narration (up to three lines), then the parameters, then
 * more results and a second line of description.
 */
export type SimulationRows = {
	view: number;
	narration: number;
	results: number;
	description: number;
	params: number;
};

type Parts = {actions: boolean; challenges: boolean; params: number};

const fixedRows = (o: Parts) => 1 + 1 + 1 + (o.challenges ? 1 : 0) + (o.actions ? 1 : 0) + 1 + 1;

/** Rows the drawing may have (it may use fewer). */
export function viewBudget(rows: number, o: Parts): number {
	return Math.max(0, rows - 1 - fixedRows(o) - 1 - Math.min(2, o.params));
}

/** The rest, once the drawing has taken `drawn` rows. */
export function simulationRows(rows: number, drawn: number, o: Parts): SimulationRows {
	let left = rows - 1 - fixedRows(o) - drawn - 1 - Math.min(2, o.params);
	const take = (want: number) => {
		const got = Math.max(0, Math.min(want, left));
		left -= got;
		return got;
	};
	const narration = 1 + take(2);
	const params = Math.min(2, o.params) + take(Math.max(0, o.params - 2));
	const description = 1 + take(1);
	const results = 1 + take(2);
	return {view: drawn, narration: narration + take(3), results, description, params};
}

/** The first parameter shown, so the selected one stays in view. */
export function firstParam(shown: number, total: number, selected: number): number {
	return Math.min(Math.max(0, selected - shown + 1), Math.max(0, total - shown));
}
