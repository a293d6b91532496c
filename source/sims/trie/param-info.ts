import type {ParamInfoTable, ResultInfoTable} from '../types.js';

/** The trie's parameters as a learner reads them (labels, units, steps, sources). */
export const trieParamInfo: ParamInfoTable = {
	words: {
		label: {en: 'words', ko: '단어 목록'},
		description: {
			en: 'Search terms put in the trie, each with how often it is searched (set with sd-trainer sim).',
			ko: '트라이에 넣는 검색어와 각 검색 빈도다(sd-trainer sim으로 바꾼다).',
		},
		assumed: true,
	},
	prefix: {
		label: {en: 'typed prefix', ko: '입력할 접두사'},
		description: {
			en: 'What the learner types once all words are in, one character per step (Enter to type it).',
			ko: '단어를 모두 넣은 뒤 한 단계에 한 글자씩 입력하는 접두사다(Enter로 입력한다).',
		},
	},
	limit: {
		label: {en: 'suggestions', ko: '추천 수'},
		unit: {en: 'words', ko: '단어'},
		description: {
			en: 'How many completions the box offers, most searched first.',
			ko: '입력창이 보여 주는 자동 완성 수다. 검색이 많은 것부터 보인다.',
		},
		step: 1,
	},
};

/** The summary figures the screen shows, most telling first. */
export const trieResultInfo: ResultInfoTable = {
	matches: {label: {en: 'matches', ko: '일치'}, unit: {en: 'words', ko: '단어'}},
	hopsSaved: {label: {en: 'radix saves', ko: 'radix 절약'}, unit: {en: 'hops', ko: '홉'}},
	nodeCount: {label: {en: 'trie', ko: '트라이'}, unit: {en: 'nodes', ko: '노드'}},
	radixNodeCount: {label: {en: 'radix', ko: 'radix'}, unit: {en: 'nodes', ko: '노드'}},
	radixSavings: {label: {en: 'nodes saved', ko: '노드 절감'}, percent: true},
	wordCount: {label: {en: 'stored', ko: '저장'}, unit: {en: 'words', ko: '단어'}},
	pending: {label: {en: 'to insert', ko: '남은 삽입'}, unit: {en: 'words', ko: '단어'}},
};
