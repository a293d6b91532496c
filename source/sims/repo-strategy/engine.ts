/**
 * One change, two worlds (chapter 55): a security fix lands in the core
 * library at hour 0 and must reach every service. The graph and the whole
 * schedule are drawn at init from the seed; each tick is one hour and
 * reveals what merged, released and deployed. A live action sends a team
 * on vacation: its bump waits vacationDays more days.
 */
import {Random, type RandomState, seedRandom} from '../random.js';
import type {SimEngine} from '../types.js';
import {buildGraph, type Graph, isDiamond, pinsOf} from './graph.js';
import {repoStrategyParamHelp, type RepoStrategyParams, repoStrategyParams} from './params.js';
import {makePlan, nextDeploy, type Plan} from './plan.js';
import {type RepoStrategySummary, summarize} from './summary.js';

export {repoStrategyParams, type RepoStrategyParams} from './params.js';
export type {RepoStrategySummary} from './summary.js';

export type RepoStrategyAction = {type: 'vacation'};

export interface Series {
	/** Per hour from 0 to the end: services with conflicting core versions, distinct core versions running, services running the fix. */
	readonly diamonds: readonly number[];
	readonly versions: readonly number[];
	readonly fixed: readonly number[];
}

export interface RepoStrategyState {
	readonly params: RepoStrategyParams;
	readonly hour: number;
	readonly graph: Graph;
	readonly plan: Plan;
	readonly delays: readonly number[];
	readonly series: Series;
	/** The last hour of the run: every service runs the fix, or the run's length. */
	readonly end: number;
	readonly vacations: number;
	readonly random: RandomState;
	/** The service a live action delayed last, for the narration. */
	readonly delayed: number | null;
}

/** The core version the fix ships in: one newer than any pinned before. */
export const fixVersion = (p: RepoStrategyParams): number => p.skewVersions + 1;

function seriesOf(p: RepoStrategyParams, g: Graph, plan: Plan, end: number): Series {
	const diamonds: number[] = [];
	const versions: number[] = [];
	const fixed: number[] = [];
	const next = fixVersion(p);
	for (let h = 0; h <= end; h++) {
		const libPin = g.libPin.map((v, l) => (plan.libDone[l]! <= h ? next : v));
		let conflicts = 0;
		let done = 0;
		const running = new Set<number>();
		for (let s = 0; s < p.services; s++) {
			const merged = plan.serviceDone[s]! <= h;
			const pins = pinsOf(
				g,
				s,
				libPin,
				g.servicePin.map((v, i) => (plan.serviceDone[i]! <= h ? next : v)),
			);
			if (p.mode === 'polyrepo' && !p.oneVersion && !merged && isDiamond(pins)) conflicts++;
			if (plan.deployAt[s]! <= h) {
				done++;
				running.add(next);
			} else running.add(Math.max(...pinsOf(g, s, g.libPin, g.servicePin)));
		}
		diamonds.push(conflicts);
		versions.push(running.size);
		fixed.push(done);
	}
	return {diamonds, versions, fixed};
}

const endOf = (p: RepoStrategyParams, plan: Plan): number => Math.min(p.maxDays * 24, Math.ceil(Math.max(0, ...plan.deployAt)));

function vacation(s: RepoStrategyState): RepoStrategyState {
	const p = s.params;
	// The first service, in order, whose change has not merged yet.
	const target = s.plan.serviceDone.findIndex((done) => done > s.hour);
	if (p.mode !== 'polyrepo' || target < 0) return {...s, delayed: null};
	const serviceDone = s.plan.serviceDone.map((d, i) => (i === target ? d + p.vacationDays * 24 : d));
	const deployAt = s.plan.deployAt.map((d, i) => (i === target ? nextDeploy(p, s.plan.phase[i]!, serviceDone[i]!) : d));
	const plan = {...s.plan, serviceDone, deployAt};
	const end = endOf(p, plan);
	return {...s, plan, end, series: seriesOf(p, s.graph, plan, end), vacations: s.vacations + 1, delayed: target};
}

export const repoStrategy: SimEngine<RepoStrategyParams, RepoStrategyState, RepoStrategyAction, RepoStrategySummary> = {
	id: 'repo-strategy',
	chapter: 55,
	params: repoStrategyParams,
	paramHelp: repoStrategyParamHelp,
	init(params, seed) {
		const random = new Random(seedRandom(seed));
		const graph = buildGraph(params, random);
		const {plan, delays} = makePlan(params, graph, random);
		const end = endOf(params, plan);
		return {
			params,
			hour: 0,
			graph,
			plan,
			delays,
			series: seriesOf(params, graph, plan, end),
			end,
			vacations: 0,
			random: random.state,
			delayed: null,
		};
	},
	step: (state, action) => (action.type === 'tick' ? {...state, hour: state.hour + 1, delayed: null} : vacation(state)),
	done: (state) => state.hour >= state.end,
	summary: summarize,
};
