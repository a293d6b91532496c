/**
 * The patterns' trade-off profiles and the scenarios' weights and weekly
 * events. Ratings for the five patterns of Richards' report are this
 * simulation's reading of its pattern-analysis summary (high = 2, low = 0),
 * and the screen says so; the modular monolith is not in the report, and its
 * ratings, every scenario weight, event rate and cost below are this
 * simulation's own estimates (assumed).
 */
import type {Pattern, Scenario} from './params.js';

export const QUALITIES = ['agility', 'deployment', 'testability', 'performance', 'scalability', 'development'] as const;
export type Quality = (typeof QUALITIES)[number];
export type Profile = Readonly<Record<Quality, number>>;

const H = 2;
const M = 1;
const L = 0;
export const PROFILES: Readonly<Record<Pattern, Profile>> = {
	layered: {agility: L, deployment: L, testability: H, performance: L, scalability: L, development: H},
	'event-driven': {agility: H, deployment: H, testability: L, performance: H, scalability: H, development: L},
	microkernel: {agility: H, deployment: H, testability: H, performance: H, scalability: L, development: L},
	microservices: {agility: H, deployment: H, testability: H, performance: L, scalability: H, development: H},
	'space-based': {agility: H, deployment: H, testability: L, performance: H, scalability: H, development: L},
	// assumed: one deployable (low deployment, medium scalability), modules with clear seams (medium agility).
	'modular-monolith': {agility: M, deployment: L, testability: H, performance: H, scalability: M, development: H},
};
/** Whether the ratings are this simulation's reading of Richards' summary (else its own estimate). */
export const FROM_RICHARDS: Readonly<Record<Pattern, boolean>> = {
	layered: true,
	'event-driven': true,
	microkernel: true,
	microservices: true,
	'space-based': true,
	'modular-monolith': false,
};

export type EventKind = 'change' | 'spike' | 'plugin' | 'crash' | 'hire';
export type ScenarioSpec = {
	readonly weights: Profile;
	/** Mean events of each kind per week (Poisson), assumed. */
	readonly perWeek: Readonly<Record<EventKind, number>>;
	readonly engineers: number;
};

export const SCENARIO_SPECS: Readonly<Record<Scenario, ScenarioSpec>> = {
	'ide-plugins': {
		weights: {agility: 3, deployment: 2, testability: 2, performance: 1, scalability: 0, development: 1},
		perWeek: {change: 2, spike: 0, plugin: 1, crash: 0.3, hire: 0.02},
		engineers: 12,
	},
	'flash-sale': {
		weights: {agility: 1, deployment: 1, testability: 1, performance: 3, scalability: 3, development: 0},
		perWeek: {change: 2, spike: 0.4, plugin: 0, crash: 0.1, hire: 0.02},
		engineers: 20,
	},
	mvp: {
		weights: {agility: 2, deployment: 1, testability: 1, performance: 0, scalability: 0, development: 3},
		perWeek: {change: 4, spike: 0, plugin: 0, crash: 0.05, hire: 0.01},
		engineers: 4,
	},
	'order-pipeline': {
		weights: {agility: 2, deployment: 1, testability: 1, performance: 2, scalability: 3, development: 0},
		perWeek: {change: 2, spike: 0.2, plugin: 0, crash: 0.2, hire: 0.02},
		engineers: 15,
	},
	'sixty-teams': {
		weights: {agility: 3, deployment: 3, testability: 2, performance: 0, scalability: 1, development: 1},
		perWeek: {change: 30, spike: 0.1, plugin: 0, crash: 0.2, hire: 0.5},
		engineers: 480,
	},
};

/** Richards-weighted fit of a pattern to a scenario, 0–1. */
export function fitOf(pattern: Pattern, scenario: Scenario): number {
	const w = SCENARIO_SPECS[scenario].weights;
	const p = PROFILES[pattern];
	const total = QUALITIES.reduce((a, q) => a + w[q] * 2, 0);
	return QUALITIES.reduce((a, q) => a + w[q] * p[q], 0) / total;
}
