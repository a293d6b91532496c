/** Calendar days in the learner's time zone (`tz`: minutes east of UTC, e.g. 540 for Korea). */
export const DAY_MS = 86_400_000;

export function dayIndex(ms: number, tz: number): number {
	return Math.floor((ms + tz * 60_000) / DAY_MS);
}

/** The first millisecond of day `day`. */
export function dayStart(day: number, tz: number): number {
	return day * DAY_MS - tz * 60_000;
}

/** The local time zone now, as minutes east of UTC (the UI asks; pure code is given it). */
export function localTz(at: number): number {
	return -new Date(at).getTimezoneOffset();
}
