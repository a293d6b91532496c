import {z} from 'zod';

export const ARCHITECTURES = ['monolith', 'direct', 'gateway', 'federated'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

/*
 * Sources for the numbers taken from the world:
 * - [Hystrix] Netflix, Hystrix wiki, "What Is Hystrix?" (github.com/Netflix/Hystrix/wiki): an application depending on
 *   30 services of 99.99% uptime each is up 99.99^30 = 99.7%; 0.3% of a billion requests is 3,000,000 failures.
 * - [Netflix FT] Ben Christensen, "Fault Tolerance in a High Volume, Distributed System", Netflix Technology Blog, 2012:
 *   the API's incoming calls fan out to the subsystems behind it about 1:6 on average.
 * - [Tail] Jeffrey Dean and Luiz André Barroso, "The Tail at Scale", Communications of the ACM 56(2), 2013: a server that
 *   answers in 10 ms but has a 99th percentile of one second; hedged requests sent after the 95th-percentile latency.
 * - [Numbers] Jeff Dean, "Numbers Everyone Should Know" (LADIS 2009): a round trip within the same datacenter, 500 µs.
 * - [Federation] Netflix Technology Blog, "How Netflix Scales its API with GraphQL Federation (Part 1)" (2020): domain teams own
 *   their subgraphs; the gateway composes them and stops being the team every change waits on.
 * Everything else is a modelling assumption and says "assumed" in its help.
 */
export const apiEvolutionParams = z.object({
	architecture: z.enum(ARCHITECTURES).default('direct'),
	// [Hystrix]: 30 dependencies ([Netflix FT]'s average fan-out, 6, is a gentler case to try).
	dependencies: z.int().min(1).max(200).default(30),
	// [Tail]: typically 10 ms…
	medianMs: z.number().min(0.1).max(1000).default(10),
	// …with a 99th percentile of one second: 1 call in 100 is slow.
	slowProbability: z.number().min(0).max(1).default(0.01),
	slowMs: z.number().min(1).max(60_000).default(1000),
	// [Hystrix]: 99.99% uptime per dependency.
	availability: z.number().min(0.9).max(1).default(0.9999),
	// Assumed: a phone or a studio far from the region.
	clientRttMs: z.number().min(0).max(5000).default(100),
	// [Numbers]: 0.5 ms within a datacenter.
	datacenterRttMs: z.number().min(0).max(100).default(0.5),
	// Assumed: about six connections per host, as browsers open for HTTP/1.1.
	clientConnections: z.int().min(1).max(100).default(6),
	// Assumed: the federated query plan fetches in two waves (an entity, then the fields other subgraphs add).
	federationWaves: z.int().min(1).max(5).default(2),
	timeoutsAndFallbacks: z.boolean().default(false),
	// Assumed.
	timeoutMs: z.number().min(1).max(10_000).default(100),
	hedging: z.boolean().default(false),
	// Assumed: about the fast part's 95th percentile, as [Tail] advises.
	hedgeAfterMs: z.number().min(0).max(5000).default(15),
	// Assumed: log-normal spread (sigma) of a call's latency around its median.
	jitter: z.number().min(0).max(2).default(0.25),
	// Enough for the tail and 0.9999^30 to show (about 15 failed screens), cheap enough to replay on every change.
	screens: z.int().min(0).max(1_000_000).default(5000),
	// Assumed: the studio organisation and its change rate.
	teams: z.int().min(1).max(200).default(10),
	changesPerTeamPerWeek: z.number().min(0).max(100).default(2),
	gatewayCapacityPerWeek: z.number().min(0.1).max(1000).default(15),
	weeks: z.int().min(1).max(520).default(26),
});

export type ApiEvolutionParams = z.infer<typeof apiEvolutionParams>;

/** One line per param for `sim --list` and `--help`. */
export const apiEvolutionParamHelp: Readonly<Record<keyof ApiEvolutionParams, string>> = {
	architecture:
		'monolith (one process; assumed: one component, modules in parallel), direct (the client calls each service), gateway (one call to a backend for frontend that fans out), federated (one GraphQL call; subgraphs owned by domain teams)',
	dependencies: "services one screen needs (1–200; 30 in Netflix's Hystrix example; Netflix's API fans out 1:6 on average)",
	medianMs: 'a call\'s usual latency in ms (10 in "The Tail at Scale")',
	slowProbability: 'chance a call hits the slow tail (0.01: a 99th percentile of one second in "The Tail at Scale")',
	slowMs: 'latency of a slow-tail call in ms (1000 in "The Tail at Scale")',
	availability: "each dependency's availability, 0.9–1 (0.9999 in Netflix's Hystrix example)",
	clientRttMs: 'assumed: round trip between the client and the datacenter, ms',
	datacenterRttMs: 'round trip inside the datacenter, ms (0.5: "Numbers Everyone Should Know")',
	clientConnections: 'assumed: calls a client runs at once (about 6 per host in browsers over HTTP/1.1)',
	federationWaves: 'assumed: sequential fetch waves in the federated query plan (1–5)',
	timeoutsAndFallbacks: 'cut a call at the timeout and serve a fallback for it (or for a failed one) instead of failing the screen',
	timeoutMs: 'assumed: the per-call timeout, ms',
	hedging: 'send a second copy of a call still unanswered after hedgeAfterMs; take the first answer ("The Tail at Scale")',
	hedgeAfterMs: 'assumed: when to hedge, ms (about the 95th percentile of a normal call)',
	jitter: 'assumed: log-normal spread of a call around its median (sigma, 0–2)',
	screens: 'screen loads sampled (0–1000000)',
	teams: 'assumed: domain teams that change what screens show',
	changesPerTeamPerWeek: 'assumed: changes each team needs in the aggregation layer per week',
	gatewayCapacityPerWeek: 'assumed: changes the gateway team can ship per week',
	weeks: 'assumed: weeks the change queue runs (1–520)',
};
