import type {ScaleUpVsOutState} from './engine.js';
import {busiest, cpuMsPerPage, deployedServers, serversPerService, sqlTime, stages} from './model.js';
import type {Architecture, ScaleUpVsOutParams} from './params.js';

export interface ScaleUpVsOutSummary {
	settings: ScaleUpVsOutParams;
	architecture: Architecture;
	/** Servers deployed, and how many are down. */
	servers: number;
	failedServers: number;
	/** Pools a page passes through: 1 for the monolith, one per service. */
	poolsPerPage: number;
	/** Services that run on a single server: a failure there takes pages down. */
	singlePointsOfFailure: number;
	/** Share of its pool's capacity one failed server takes away. */
	capacityLostPerServer: number;
	cpuMsPerPage: number;
	/** SQL: share of queries from memory, a query's mean ms, a page's SQL ms. */
	memoryHitRate: number;
	queryMs: number;
	sqlMsPerPage: number;
	/** At ×1, once the run has measured it: the busiest server's CPU, page p50/p99, and × traffic before 70% CPU and before 100%. */
	cpu: number | null;
	p50Ms: number | null;
	p99Ms: number | null;
	headroom: number | null;
	saturatesAt: number | null;
	/** At the highest traffic the run reached. */
	peakTraffic: number;
	peakCpu: number | null;
	peakP99Ms: number | null;
	/** Every level: traffic ×, CPU, p99. */
	levels: {traffic: number; cpu: number; p99Ms: number | null}[];
}

const round = (x: number, digits = 4) => Number(x.toPrecision(digits));

export function summarize(s: ScaleUpVsOutState): ScaleUpVsOutSummary {
	const p = s.params;
	const first = s.levels[0];
	const peak = s.levels.at(-1);
	const sql = sqlTime(p);
	const each = p.architecture === 'monolith' ? p.webServers : serversPerService(p);
	// CPU grows in step with traffic, so ×1's share sets how far traffic can grow.
	const cpu1 = first ? busiest(stages(p, 1, s.failed)) : null;
	return {
		settings: {...p},
		architecture: p.architecture,
		servers: deployedServers(p),
		failedServers: s.failed,
		poolsPerPage: p.architecture === 'monolith' ? 1 : p.services,
		singlePointsOfFailure: p.architecture === 'monolith' ? (p.webServers === 1 ? 1 : 0) : each === 1 ? p.services : 0,
		capacityLostPerServer: round(1 / each),
		cpuMsPerPage: round(cpuMsPerPage(p)),
		memoryHitRate: round(sql.hitRate),
		queryMs: round(sql.queryMs),
		sqlMsPerPage: round(sql.pageMs),
		// A pool with no server left has no CPU share to show (it is down, not busy): null, and headroom 0.
		cpu: cpu1 === null || !Number.isFinite(cpu1) ? null : round(cpu1),
		p50Ms: first?.p50Ms ?? null,
		p99Ms: first?.p99Ms ?? null,
		headroom: cpu1 === null || !(cpu1 > 0) ? null : round(0.7 / cpu1, 3),
		saturatesAt: cpu1 === null || !(cpu1 > 0) ? null : round(1 / cpu1, 3),
		peakTraffic: peak?.traffic ?? 0,
		peakCpu: peak && Number.isFinite(peak.cpu) ? round(peak.cpu) : null,
		peakP99Ms: peak?.p99Ms ?? null,
		levels: s.levels.map((l) => ({traffic: l.traffic, cpu: round(l.cpu), p99Ms: l.p99Ms})),
	};
}
