import type {ApiEvolutionState} from './engine.js';
import type {ApiEvolutionParams, Architecture} from './params.js';

export type AggregationOwner = 'all-teams' | 'client-team' | 'gateway-team' | 'domain-teams';

export interface ApiEvolutionSummary {
	/** The params of the run, so a goal can pin its scenario. */
	settings: ApiEvolutionParams;
	architecture: Architecture;
	dependencies: number;
	screens: number;
	/** Requests the client itself sends per screen, and how many it must wait for one after another. */
	clientRoundTrips: number;
	sequentialClientRoundTrips: number;
	/** Calls made inside the datacenter per screen. */
	datacenterCalls: number;
	/** Served screens' latency, ms (null when none was served). */
	p50Ms: number | null;
	p99Ms: number | null;
	/** Share of screens that waited on a slow-tail answer, measured, and 1 − (1 − p)^n. */
	slowScreens: number | null;
	slowScreensFormula: number;
	/** Share of screens served (a fallback counts as served), measured, and a^n (a for the one-component monolith). */
	availability: number | null;
	availabilityFormula: number;
	/** Share of screens that failed, measured and 1 − the formula (the same figures as availability, easier to read when small). */
	failedScreens: number | null;
	failedScreensFormula: number;
	failuresPerBillion: number | null;
	failuresPerBillionFormula: number;
	degradedScreens: number | null;
	/** Extra calls sent as hedges, per call. */
	hedgeExtraRequests: number | null;
	/** Changes that reach the aggregation layer per week, what the gateway team ships, and the wait at the end. */
	changesPerWeek: number;
	gatewayQueueWeeks: number;
	aggregationOwner: AggregationOwner;
	/** Federated: which team owns how many subgraphs. */
	subgraphOwners: {team: string; subgraphs: number}[];
}

/** The q-quantile of sorted values, nearest rank. */
function quantile(sorted: Float64Array, q: number): number | null {
	if (sorted.length === 0) return null;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const round = (x: number, digits = 6) => Number(x.toPrecision(digits));
const ratio = (part: number, whole: number) => (whole > 0 ? round(part / whole) : null);

const OWNER: Record<Architecture, AggregationOwner> = {
	monolith: 'all-teams',
	direct: 'client-team',
	gateway: 'gateway-team',
	federated: 'domain-teams',
};

export function summarize(s: ApiEvolutionState): ApiEvolutionSummary {
	const p = s.params;
	const n = p.dependencies;
	const sorted = Float64Array.from(s.latencies).sort();
	const availability = ratio(s.sampled - s.failed, s.sampled);
	const availabilityFormula = p.architecture === 'monolith' ? p.availability : p.availability ** n;
	const changesPerWeek = p.teams * p.changesPerTeamPerWeek;
	// Only a gateway puts every team's change through one team; the backlog grows by the excess each week.
	const backlog = p.architecture === 'gateway' ? Math.max(0, changesPerWeek - p.gatewayCapacityPerWeek) * p.weeks : 0;
	const subgraphOwners =
		p.architecture === 'federated'
			? Array.from({length: Math.min(p.teams, n)}, (_, t) => ({
					team: `team-${t + 1}`,
					subgraphs: Math.ceil((n - t) / Math.min(p.teams, n)),
				}))
			: [];
	return {
		settings: {...p},
		architecture: p.architecture,
		dependencies: n,
		screens: s.sampled,
		clientRoundTrips: p.architecture === 'direct' ? n : 1,
		sequentialClientRoundTrips: p.architecture === 'direct' ? Math.ceil(n / p.clientConnections) : 1,
		datacenterCalls: p.architecture === 'gateway' || p.architecture === 'federated' ? n : 0,
		p50Ms: quantile(sorted, 0.5) === null ? null : round(quantile(sorted, 0.5)!, 4),
		p99Ms: quantile(sorted, 0.99) === null ? null : round(quantile(sorted, 0.99)!, 4),
		slowScreens: ratio(s.slow, s.sampled),
		slowScreensFormula: round(1 - (1 - p.slowProbability) ** n),
		availability,
		availabilityFormula: round(availabilityFormula),
		failedScreens: ratio(s.failed, s.sampled),
		failedScreensFormula: round(1 - availabilityFormula),
		failuresPerBillion: s.sampled > 0 ? Math.round((s.failed / s.sampled) * 1e9) : null,
		failuresPerBillionFormula: Math.round((1 - availabilityFormula) * 1e9),
		degradedScreens: ratio(s.degraded, s.sampled),
		hedgeExtraRequests: ratio(s.hedges, s.calls),
		changesPerWeek: round(changesPerWeek),
		gatewayQueueWeeks: round(backlog / p.gatewayCapacityPerWeek, 4),
		aggregationOwner: OWNER[p.architecture],
		subgraphOwners,
	};
}
