/**
 * The release's database change: renaming a column. In one step ("breaking")
 * the migration runs as the release starts, and every old-version request
 * fails from then on, during the rollout and after a rollback alike. Expand →
 * migrate → contract adds the new column first (old code ignores it), copies
 * the old rows over once every server runs the new code, and drops the old
 * column only when no old version is left to need it.
 */
import type {DeployParams} from './params.js';
import type {Rollout} from './rollout.js';

export type SchemaPhase = 'old' | 'renamed' | 'expanded' | 'backfilling' | 'contracted';

/** Every server on the new version, none kept to go back to. */
const onlyNew = (r: Rollout) => r.phase === 'live' && (r.cohort === 1 || (r.cohort < 0 && r.oldPods === 0 && r.idlePods === 0));

export function advanceSchema(
	phase: SchemaPhase,
	until: number,
	r: Rollout,
	p: DeployParams,
	now: number,
): {phase: SchemaPhase; until: number} {
	if (p.schemaChange === 'none' || r.phase === 'before') return {phase, until};
	switch (phase) {
		case 'old':
			return {phase: p.schemaChange === 'breaking' ? 'renamed' : 'expanded', until: -1};
		case 'expanded':
			return onlyNew(r) ? {phase: 'backfilling', until: now + p.backfillMinutes} : {phase, until};
		case 'backfilling':
			if (!onlyNew(r)) return {phase: 'expanded', until: -1};
			return now >= until ? {phase: 'contracted', until: -1} : {phase, until};
		default:
			return {phase, until};
	}
}

/** The rename is complete: the old column is gone. */
export const schemaDone = (phase: SchemaPhase) => phase === 'renamed' || phase === 'contracted';
