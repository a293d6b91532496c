/**
 * When to page, from the hourly error rates so far (the last one is this
 * hour). The burn rate is how fast the budget goes: an error rate of
 * 1 − SLO burns it exactly over the window, 14.4× spends 2% of a 30-day
 * budget in one hour, 6× spends 5% in six.
 */
import type {MonthParams} from './params.js';

/** Average error rate over the last `hours` hours ÷ the rate the SLO allows. */
export function burnRate(rates: readonly number[], hours: number, slo: number): number {
	const window = rates.slice(-hours);
	if (window.length === 0) return 0;
	// A window not yet full counts the missing hours as quiet (the alert looks back `hours` hours).
	const sum = window.reduce((a, b) => a + b, 0);
	return sum / hours / (1 - slo);
}

/** The Workbook's two page conditions: 14.4× over 1 hour, 6× over 6 hours. */
export const FAST = {hours: 1, burn: 14.4};
export const SLOW = {hours: 6, burn: 6};

/** Whether the alert fires at the end of this hour. */
export function alertFires(rates: readonly number[], p: MonthParams): boolean {
	if (p.alertPolicy === 'threshold') return (rates.at(-1) ?? 0) > p.alertThreshold;
	// A hair of slack so 0.012 × 3 ÷ 6 reaches 6× as arithmetic says it does.
	return burnRate(rates, FAST.hours, p.slo) >= FAST.burn - 1e-9 || burnRate(rates, SLOW.hours, p.slo) >= SLOW.burn - 1e-9;
}
