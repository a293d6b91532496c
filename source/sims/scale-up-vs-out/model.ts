/**
 * Where a page's work goes at a given traffic: the server pools it passes
 * (the whole app on every web server, or one service after another), each
 * server its own queue behind an even load balancer, and the SQL and
 * network time the page adds.
 */
import {memoryHitRate, type Pool, utilization} from './queue.js';
import type {ScaleUpVsOutParams} from './params.js';

/** A pool of identical servers one step of the page goes through; `servers` up, out of `deployed`. */
export type Stage = {readonly name: string; readonly servers: number; readonly deployed: number; readonly perServer: Pool};

/** Servers each service keeps: the web servers shared out, at least minReplicas. */
export const serversPerService = (p: ScaleUpVsOutParams): number => Math.max(p.minReplicas, Math.floor(p.webServers / p.services));

export function deployedServers(p: ScaleUpVsOutParams): number {
	return p.architecture === 'monolith' ? p.webServers : p.services * serversPerService(p);
}

/** CPU ms one page costs the web tier: its render, plus serialising each call in a split app. */
export const cpuMsPerPage = (p: ScaleUpVsOutParams): number =>
	p.architecture === 'monolith' ? p.renderCpuMs : p.renderCpuMs + p.services * p.hopCpuMs;

/** The stages of a page at `traffic` × the ×1 page loads, with `failed` servers down (taken from the first pools first). */
export function stages(p: ScaleUpVsOutParams, traffic: number, failed: number): Stage[] {
	const lambda = p.pageLoadsPerSecond * traffic;
	const make = (name: string, deployed: number, down: number, serviceMs: number): Stage => {
		const servers = Math.max(0, deployed - down);
		return {
			name,
			servers,
			deployed,
			perServer: {lambda: servers > 0 ? lambda / servers : lambda, cores: servers > 0 ? p.coresPerServer : 0, serviceMs},
		};
	};
	if (p.architecture === 'monolith') return [make('web', p.webServers, failed, p.renderCpuMs)];
	const each = serversPerService(p);
	let left = failed;
	return Array.from({length: p.services}, (_, i) => {
		const down = Math.min(left, each);
		left -= down;
		return make(`svc${i + 1}`, each, down, p.renderCpuMs / p.services + p.hopCpuMs);
	});
}

/** The busiest server's CPU share among the stages (∞ when a stage has no server left). */
export const busiest = (list: readonly Stage[]): number => Math.max(...list.map((s) => utilization(s.perServer)));

/** Share of queries the memory serves, a query's mean time, and a page's SQL time, ms. */
export function sqlTime(p: ScaleUpVsOutParams): {hitRate: number; queryMs: number; pageMs: number} {
	const hitRate = memoryHitRate(p.memoryShare, p.zipfExponent);
	const queryMs = hitRate * p.memoryQueryMs + (1 - hitRate) * p.diskQueryMs;
	return {hitRate, queryMs, pageMs: p.sqlQueriesPerPage * queryMs};
}

/** What the network adds to a page: one hop per service call. */
export const networkMs = (p: ScaleUpVsOutParams): number => (p.architecture === 'monolith' ? 0 : p.services * p.hopMs);
