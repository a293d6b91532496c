/** Numbers as the drawing and the narration write them (without Intl: the drawing is redrawn for every box size). */

/** 1234567.5 → "1,234,567.5". */
export function grouped(x: number): string {
	const [whole, fraction] = String(x).split('.');
	return `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction ? `.${fraction}` : ''}`;
}

/** Milliseconds, rounded: "1,957 ms". */
export const ms = (x: number): string => `${grouped(Math.round(x))} ms`;

/** A share as a percent: two decimals near 0 or 100 (99.70%, 0.27%), one otherwise (26.4%). */
export const pct = (x: number): string => `${(x * 100).toFixed(x < 0.01 || x > 0.99 ? 2 : 1)}%`;
