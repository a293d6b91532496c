/** The month's state, its events and the learner's actions (engine.ts runs them). */
import type {RandomState} from '../random.js';
import type {MonthParams} from './params.js';

export type Role = 'devops' | 'sre' | 'platform';

export type Incident = {
	readonly id: number;
	readonly start: number;
	readonly rate: number;
	/** Hour it was paged for (-1: never), hour it ends (restored or noticed). */
	readonly pagedAt: number;
	readonly endAt: number;
	/** Hours of full outage it has cost. */
	readonly burned: number;
};

export type MonthEvent =
	| {kind: 'deploy-failed'; role: Role; incident: number; rate: number}
	| {kind: 'page'; role: Role; real: boolean; incidents: number[]}
	| {kind: 'restored'; role: Role; incident: number; hours: number; missed: boolean}
	| {kind: 'freeze'; role: Role; on: boolean; left: number}
	| {kind: 'toil-cap'; role: Role; over: boolean; share: number}
	| {kind: 'platform-ready'; role: Role};

export interface MonthState {
	readonly params: MonthParams;
	readonly hour: number;
	readonly rng: RandomState;
	readonly rates: readonly number[];
	/** Share of the budget left at the end of each hour. */
	readonly left: readonly number[];
	readonly incidents: readonly Incident[];
	readonly nextIncident: number;
	readonly fired: boolean;
	readonly spent: number;
	readonly due: number;
	readonly shipped: number;
	readonly failed: number;
	readonly deferred: number;
	readonly deferredWait: number;
	readonly frozen: boolean;
	readonly frozenHours: number;
	readonly truePages: number;
	readonly falsePages: number;
	readonly missed: number;
	readonly restoredHours: number;
	readonly restoredCount: number;
	readonly platformHours: number;
	readonly platformReadyAt: number;
	readonly toilShare: number;
	readonly peakToil: number;
	readonly overCapHours: number;
	readonly decisions: Readonly<Record<Role, number>>;
	readonly events: readonly MonthEvent[];
}

export type MonthAction = {type: 'bad-change'} | {type: 'freeze'; on: boolean};
