import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const BLOOM = 'Bloom, "Space/Time Trade-offs in Hash Coding with Allowable Errors" (1970)';

/** The Bloom filter's parameters as a learner reads them (labels, units, steps, sources). */
export const bloomFilterParamInfo: ParamInfoTable = {
	bits: {
		label: {en: 'cells m', ko: '칸 수 m'},
		unit: {en: 'cells', ko: '칸'},
		description: {
			en: 'Size of the filter: more cells per item means fewer false positives.',
			ko: '필터의 크기다. 항목당 칸이 많을수록 오탐이 줄어든다.',
		},
		// 64 would take 15,000 presses to the top; smaller sizes can be typed (Enter).
		step: 512,
		source: BLOOM,
	},
	hashes: {
		label: {en: 'hashes k', ko: '해시 수 k'},
		description: {
			en: 'Cells each item sets and each lookup checks; best near (m/n)·ln 2.',
			ko: '항목마다 켜고 조회마다 확인하는 칸 수다. (m/n)·ln 2 근처가 가장 좋다.',
		},
		step: 1,
		source: 'Kirsch & Mitzenmacher, "Less Hashing, Same Performance" (2006): double hashing',
	},
	items: {
		label: {en: 'items n', ko: '항목 수 n'},
		unit: {en: 'items', ko: '개'},
		description: {en: 'How many items ("item-0", "item-1", …) the run inserts.', ko: '실행이 넣는 항목("item-0", "item-1", …)의 수다.'},
		step: 50,
		assumed: true,
	},
	probes: {
		label: {en: 'absent lookups', ko: '없는 항목 조회'},
		unit: {en: 'lookups', ko: '번'},
		description: {
			en: 'Lookups of items never inserted; every "maybe" among them is a false positive (0 = none).',
			ko: '넣은 적 없는 항목을 조회한다. 그중 "있을 수도"는 모두 오탐이다(0이면 안 한다).',
		},
		step: 1000,
		assumed: true,
	},
	counting: {
		label: {en: 'counting filter', ko: '카운팅 필터'},
		description: {
			en: 'A 4-bit counter per cell instead of a bit, so items can be deleted.',
			ko: '칸마다 비트 대신 4비트 카운터를 두어 항목을 지울 수 있다.',
		},
		source: 'Fan, Cao, Almeida & Broder, "Summary Cache" (2000)',
	},
	deletes: {
		label: {en: 'deletes', ko: '삭제 수'},
		unit: {en: 'items', ko: '개'},
		description: {
			en: 'Counting filter only: delete the first this many items after inserting.',
			ko: '카운팅 필터에서만: 삽입 뒤 앞에서부터 이만큼 지운다.',
		},
		step: 50,
		assumed: true,
	},
};

/** The summary figures the screen shows, most telling first. */
export const bloomFilterResultInfo: ResultInfoTable = {
	falsePositiveRate: {label: {en: 'false positives (measured)', ko: '오탐률(측정)'}, percent: true},
	theoreticalFalsePositiveRate: {label: {en: 'false positives (formula)', ko: '오탐률(공식)'}, percent: true},
	fillRatio: {label: {en: 'cells set', ko: '켜진 칸'}, percent: true},
	falsePositives: {label: {en: 'false positives', ko: '오탐'}, unit: {en: 'lookups', ko: '번'}},
	probes: {label: {en: 'absent lookups', ko: '없는 항목 조회'}, unit: {en: 'lookups', ko: '번'}},
	falseNegatives: {label: {en: 'false negatives', ko: '미탐'}, unit: {en: 'items', ko: '개'}},
	items: {label: {en: 'items now', ko: '현재 항목'}, unit: {en: 'items', ko: '개'}},
	bitsPerItem: {label: {en: 'cells per item', ko: '항목당 칸'}, unit: {en: 'cells', ko: '칸'}},
	optimalHashes: {label: {en: 'best k', ko: '최적 k'}},
	saturatedCounters: {label: {en: 'stuck counters', ko: '고정된 카운터'}, unit: {en: 'cells', ko: '칸'}},
};
