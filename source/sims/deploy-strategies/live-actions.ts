import type {LiveAction} from '../types.js';
import type {DeployState} from './engine.js';

const over = (s: DeployState) => s.rollout.phase === 'before' || s.rollout.phase === 'rolling-back' || s.rollout.phase === 'rolled-back';

/** Break the new version (more), fix it, or call the release off by hand. */
export const deployLiveActions: readonly LiveAction<DeployState>[] = [
	{
		label: {ko: '버그 주입: 새 버전 오류 +5%p', en: 'inject a bug: +5 pts errors in the new version'},
		make: (s) => (s.bug >= 1 ? undefined : {type: 'set-bug', rate: Math.min(1, Number((s.bug + 0.05).toFixed(2)))}),
	},
	{
		label: {ko: '버그 수정: 새 버전 오류 0%', en: 'fix the bug: new version errors to 0%'},
		make: (s) => (s.bug === 0 ? undefined : {type: 'set-bug', rate: 0}),
	},
	{label: {ko: '지금 롤백', en: 'roll back now'}, make: (s) => (over(s) ? undefined : {type: 'roll-back'})},
];
