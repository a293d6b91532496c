import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const GIT = 'Git documentation, git-merge, git-rebase and git-reflog — https://git-scm.com/docs';

/** The git sandbox's two parameters as a learner reads them on screen. */
export const gitSandboxParamInfo: ParamInfoTable = {
	level: {
		label: {en: 'level', ko: '레벨'},
		description: {
			en: 'Each level has a starting graph and a goal (sandbox has none). Type commands with :',
			ko: '레벨마다 시작 그래프와 목표가 있다(sandbox는 없다). 명령은 :를 눌러 입력한다.',
		},
		source: GIT,
	},
	script: {
		label: {en: 'script', ko: '스크립트'},
		description: {
			en: 'Commands Space plays, one a step, split by ";"; "solution" plays the answer.',
			ko: 'Space가 한 단계에 하나씩 실행하는 명령이다. ;로 나누고 "solution"은 정답을 실행한다.',
		},
	},
};

/** The summary figures the screen shows: the history main ends with, merge commits, the whole graph, rewrites. */
export const gitSandboxResultInfo: ResultInfoTable = {
	'reachableFrom.main': {label: {en: "main's history", ko: 'main 히스토리의 커밋 수'}, unit: {en: 'commits', ko: ''}},
	mergeCommits: {label: {en: 'merge commits', ko: '병합 커밋 수'}},
	reachable: {label: {en: 'commits in the graph', ko: '그래프의 전체 커밋 수'}},
	rewroteShared: {label: {en: 'shared-history rewrites', ko: '공유 히스토리 재작성 횟수'}},
};
