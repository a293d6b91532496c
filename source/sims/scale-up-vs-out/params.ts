import {z} from 'zod';

export const ARCHITECTURES = ['monolith', 'microservices'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

/*
 * Figures from the world (each with its era):
 * - [Arch16] Nick Craver, "Stack Overflow: The Architecture - 2016 Edition": one day, 9 February 2016: 66,294,789 page loads
 *   (767 a second on average), 504,816,843 SQL queries from HTTP requests (7.6 per page load), 607,073,066 ms in SQL
 *   (1.2 ms a query), question pages rendered in 22.71 ms on average (19.12 ms in ASP.NET); it lists 11 IIS web servers.
 * - [Hw16] Nick Craver, "Stack Overflow: The Hardware - 2016 Edition": web servers with two 12-core Xeon E5-2690 v3 (24 cores).
 * - [2022] Roberta Arcoverde on Hanselminutes (2022): nine web servers; 1.5 TB of RAM in SQL Server holds about a third of the database.
 * - [Perf] stackexchange.com/performance (undated page, archived into the 2020s): 1.5 TB of RAM for a 2.8 TB database (≈ 0.54).
 * Everything else is a modelling assumption and says "assumed" in its help.
 */
export const scaleUpVsOutParams = z.object({
	architecture: z.enum(ARCHITECTURES).default('monolith'),
	// [Arch16]: 66,294,789 page loads in a day.
	pageLoadsPerSecond: z.number().min(0).max(20_000).default(767),
	// Assumed: the CPU part of a page's ASP.NET time (the rest waits on SQL and caches), so that 2016 runs at 5–10% CPU.
	renderCpuMs: z.number().min(0.5).max(500).default(14),
	// [Arch16]: 504,816,843 queries / 66,294,789 page loads.
	sqlQueriesPerPage: z.number().min(0).max(100).default(7.6),
	// [2022]: about a third of the database in memory.
	memoryShare: z.number().min(0.01).max(1).default(0.33),
	// Assumed: reads follow a Zipf law; the hottest fraction f of the data takes f^(1 − s) of the reads.
	zipfExponent: z.number().min(0).max(0.99).default(0.9),
	// Assumed: a query served from memory, and one that reads the disk (calibrated to [Arch16]'s 1.2 ms average).
	memoryQueryMs: z.number().min(0).max(50).default(1),
	diskQueryMs: z.number().min(0).max(100).default(3),
	// [2022]: 9 web servers ([Arch16] lists 11 in 2016); [Hw16]: 24 cores each. The eras are mixed on purpose: say so.
	webServers: z.int().min(1).max(200).default(9),
	coresPerServer: z.int().min(1).max(256).default(24),
	// Assumed: the same page split into services, each called once per page, one after another.
	services: z.int().min(2).max(50).default(6),
	hopMs: z.number().min(0).max(50).default(1),
	hopCpuMs: z.number().min(0).max(20).default(1),
	// Assumed: servers each service keeps at least (1: the nine servers are simply shared out).
	minReplicas: z.int().min(1).max(10).default(1),
	// Servers down (a live action adds one): the pools that lose them are the failure domain.
	failedServers: z.int().min(0).max(199).default(0),
	// The run raises traffic ×1, ×2, … up to this.
	maxTraffic: z.int().min(1).max(50).default(10),
	// Pages sampled per traffic level for p50/p99.
	pagesPerLevel: z.int().min(100).max(20_000).default(1000),
});

export type ScaleUpVsOutParams = z.infer<typeof scaleUpVsOutParams>;

export const scaleUpVsOutParamHelp: Readonly<Record<keyof ScaleUpVsOutParams, string>> = {
	architecture: 'monolith (every web server runs the whole app) or microservices (the page calls each service in turn)',
	pageLoadsPerSecond: 'page loads a second at ×1 (767: Stack Overflow, 9 Feb 2016)',
	renderCpuMs: 'assumed: CPU ms a page costs a web server (the rest of its 19 ms ASP.NET time waits on SQL)',
	sqlQueriesPerPage: 'SQL queries per page load (7.6: 2016)',
	memoryShare: 'share of the database held in RAM (about 1/3: 1.5 TB, 2022 interview; the performance page: 1.5 of 2.8 TB ≈ 0.54)',
	zipfExponent: 'assumed: Zipf exponent of reads; the hottest fraction f of the data takes f^(1 − s) of them',
	memoryQueryMs: 'assumed: ms for a query served from memory',
	diskQueryMs: 'assumed: ms for a query that reads the disk',
	webServers: 'web servers (9: 2022; the 2016 posts list 11)',
	coresPerServer: 'cores per web server (24: two 12-core Xeon E5-2690 v3, 2016)',
	services: 'assumed: microservices the page is split into (2–50)',
	hopMs: 'assumed: network and queueing ms each service call adds',
	hopCpuMs: 'assumed: CPU ms each call adds for serialising and parsing',
	minReplicas: 'assumed: servers each service keeps at least',
	failedServers: 'web servers down',
	maxTraffic: 'the run raises traffic to this many times the ×1 figure (1–50)',
	pagesPerLevel: 'page loads sampled per traffic level (100–20000)',
};
