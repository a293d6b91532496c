/** The Kafka drawing's words in both languages, and the grid its partitions and members share. */
import type {PartitionState} from './cluster.js';

export const TEXT = {
	en: {
		tick: 'tick',
		produced: 'prod',
		consumed: 'cons',
		errors: 'err',
		down: 'down',
		rebalancing: 'rebalancing',
		rebalShort: 'rebal',
		lead: 'lead',
		offline: 'OFFLINE',
		lag: 'lag',
		idle: 'idle',
		noConsumers: 'no consumers in the group',
		more: (k: number) => `+${k} more partitions`,
		moreMembers: (k: number) => `+${k} more`,
		idleCount: (k: number) => `${k} idle`,
	},
	ko: {
		tick: '틱',
		produced: '생산',
		consumed: '소비',
		errors: '오류',
		down: '장애',
		rebalancing: '리밸런싱',
		rebalShort: '리밸런싱',
		lead: '리더',
		offline: '오프라인',
		lag: '지연',
		idle: '유휴',
		noConsumers: '그룹에 컨슈머 없음',
		more: (k: number) => `파티션 +${k}개 더`,
		moreMembers: (k: number) => `+${k}명 더`,
		idleCount: (k: number) => `유휴 ${k}명`,
	},
};
export type Text = (typeof TEXT)['en'];

export const SEP = ' │ ';
export const DOT = ' · ';
export const GAP = '  ';
export const MIN_CELL = 10;
export const MIN_MEMBER = 10;
export const MAX_BAR = 30;
export const GOOD_BAR = 8;
export const MIN_BAR = 3;

export const cellWidth = (width: number, cols: number) => Math.floor((width - SEP.length * (cols - 1)) / cols);

export function maxColumns(width: number, min: number, limit: number): number {
	let cols = 1;
	while (cols < limit && cellWidth(width, cols + 1) >= min) cols++;
	return cols;
}

export const lagOf = (p: PartitionState) => p.logEndOffset - p.committed;
