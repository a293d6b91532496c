import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const KETAMA = 'libketama (MD5, 4 points per digest); Karger et al., 1997';

/** Consistent hashing's parameters as a learner reads them (labels, units, steps, sources). */
export const consistentHashingParamInfo: ParamInfoTable = {
	nodes: {
		label: {en: 'servers', ko: '서버 수'},
		unit: {en: 'servers', ko: '대'},
		description: {en: 'Servers on the ring at the first placement.', ko: '처음 배치할 때 링에 있는 서버 수다.'},
		step: 1,
	},
	vnodes: {
		label: {en: 'virtual nodes', ko: '가상 노드'},
		unit: {en: 'per server', ko: '서버당'},
		description: {
			en: 'Ring points per server: more points, more even load (one MD5 gives 4).',
			ko: '서버 하나가 링에 찍는 점의 수다. 많을수록 부하가 고르다(MD5 하나가 점 4개를 준다).',
		},
		step: 4,
		source: KETAMA,
	},
	keys: {
		label: {en: 'keys', ko: '키 수'},
		unit: {en: 'keys', ko: '개'},
		description: {en: 'Keys "key-<i>" placed on the ring by their MD5 hash.', ko: '링에 MD5 해시로 놓는 키 "key-<i>"의 수다.'},
		step: 1000,
		assumed: true,
	},
	add: {
		label: {en: 'servers added', ko: '추가할 서버'},
		unit: {en: 'servers', ko: '대'},
		description: {
			en: 'New servers that join one per step after the first placement.',
			ko: '첫 배치 뒤 한 단계에 하나씩 합류하는 새 서버 수다.',
		},
		step: 1,
	},
	remove: {
		label: {en: 'servers removed', ko: '제거할 서버'},
		unit: {en: 'servers', ko: '대'},
		description: {
			en: 'Initial servers (picked by the seed) that leave one per step after the adds.',
			ko: '추가가 끝난 뒤 한 단계에 하나씩 빠지는 처음 서버 수다(시드가 고른다).',
		},
		step: 1,
	},
};

/** The summary figures the screen shows, most telling first. */
export const consistentHashingResultInfo: ResultInfoTable = {
	movedFraction: {label: {en: 'keys moved', ko: '이동한 키'}, percent: true},
	moduloMovedFraction: {label: {en: 'hash mod N would move', ko: 'hash mod N이면 이동'}, percent: true},
	maxLoadRatio: {label: {en: 'busiest / average', ko: '최다 / 평균'}, unit: '×'},
	loadCv: {label: {en: 'load spread (CV)', ko: '부하 편차(CV)'}},
	movedKeys: {label: {en: 'moved keys', ko: '이동한 키 수'}},
	nodesAfter: {label: {en: 'servers now', ko: '현재 서버 수'}},
	keys: {label: {en: 'keys', ko: '키 수'}},
};
