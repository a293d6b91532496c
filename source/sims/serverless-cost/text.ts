/** How the Prime Video bill writes money, counts and the designs' names, in both languages. */
import type {Lang} from '../../content/text.js';
import type {Design} from './params.js';

/** Dollars: whole dollars with thousands separators from $100, cents below. */
export function usd(x: number): string {
	return x >= 100 ? `$${Math.round(x).toLocaleString('en-US')}` : `$${x.toFixed(2)}`;
}

/** Dollars rounded as `usd` writes them (whole from $100, cents below): the summary's bills, so the results row matches the bars. */
export const dollars = (x: number): number => (x >= 100 ? Math.round(x) : Math.round(x * 100) / 100);

/** A count with thousands separators (rounded to a whole number). */
export const count = (x: number): string => Math.round(x).toLocaleString('en-US');

/** A share as a percent with one decimal. */
export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** A rate, without trailing zeros (5, 0.5, 5.05). */
export const rate = (x: number): string => String(Number(x.toFixed(2)));

export const DESIGN_NAME: Record<Lang, Record<Design, string>> = {
	en: {standard: 'Step Functions', express: 'Express', 'in-process': 'in-process'},
	ko: {standard: 'Step Functions', express: 'Express', 'in-process': 'in-process'},
};
