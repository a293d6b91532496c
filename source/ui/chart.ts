const EIGHTHS = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/**
 * A column chart of values in [0, 1], one column per value (the last `width`
 * values), `height` rows tall, drawn with eighth blocks so a column's top can
 * stop partway through a cell. Returns the rows top to bottom, with a y axis.
 */
export function columnChart(values: number[], height: number, width: number): string[] {
	const shown = values.slice(-Math.max(1, width));
	const rows: string[] = [];
	for (let row = height - 1; row >= 0; row--) {
		let line = '';
		for (const value of shown) {
			const eighths = Math.round(Math.max(0, Math.min(1, value)) * height * 8) - row * 8;
			line += EIGHTHS[Math.max(0, Math.min(8, eighths))];
		}
		const axis = row === height - 1 ? '100%' : row === 0 ? '  0%' : '    ';
		rows.push(`${axis} │${line}`);
	}
	return rows;
}
