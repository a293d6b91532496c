/** A duration as the learner reads it: 45s, 3m 20s, 1h 5m. */
export function formatDuration(ms: number): string {
	const s = Math.round(ms / 1000);
	const h = Math.floor(s / 3600);
	const min = Math.floor((s % 3600) / 60);
	if (h > 0) return `${h}h ${min}m`;
	return min > 0 ? `${min}m ${s % 60}s` : `${s}s`;
}
