import {addReset, type ProgressDoc} from '../progress/progress-doc.js';

let counter = 0;

/**
 * A new id for a record in the progress logs (a reset, a session, a
 * prediction): unique across terminals saving at once, since two processes
 * differ by PID and one process by its counter. Pure but for that counter.
 */
export function newRecordId(at: number): string {
	return `${at.toString(36)}-${process.pid.toString(36)}-${(counter++).toString(36)}`;
}

/** Resets one chapter (`scope` = its pack id) or everything (`*`) as of `at`: the one way the game and the commands reset. */
export function resetProgress(doc: ProgressDoc, scope: string, at: number): ProgressDoc {
	return addReset(doc, newRecordId(at), {scope, at});
}
