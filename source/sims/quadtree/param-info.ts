import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const PR_QUADTREE = 'Finkel & Bentley 1974; Samet, "The Quadtree and Related Hierarchical Data Structures", 1984';

/** A corner or side of the query rectangle, in map units of the [0, 100) region, by round steps of 5. */
const coord = (en: string, ko: string, label: {en: string; ko: string}) => ({
	label,
	unit: {en: 'units', ko: '단위'},
	description: {en, ko},
	step: 5,
});

/** The quadtree's parameters as a learner reads them (labels, units, steps, sources). */
export const quadtreeParamInfo: ParamInfoTable = {
	points: {
		label: {en: 'points', ko: '점'},
		description: {
			en: 'How many points are added, one a step; the same seed gives the same points.',
			ko: '한 단계에 하나씩 더하는 점의 수다. 시드가 같으면 점도 같다.',
		},
		assumed: true,
	},
	distribution: {
		label: {en: 'distribution', ko: '분포'},
		description: {
			en: 'uniform: anywhere alike; clustered: around three hot spots, like city centres on a map.',
			ko: 'uniform은 고르게 흩고, clustered는 지도의 도심처럼 세 곳에 몰아 둔다.',
		},
		assumed: true,
	},
	capacity: {
		label: {en: 'leaf capacity', ko: '리프 용량'},
		unit: {en: 'points', ko: '점'},
		description: {
			en: 'Points a square holds before it splits into four.',
			ko: '사각형 하나가 넷으로 나뉘기 전에 담는 점의 수다.',
		},
		step: 1,
		source: PR_QUADTREE,
	},
	maxDepth: {
		label: {en: 'max depth', ko: '최대 깊이'},
		unit: {en: 'levels', ko: '단계'},
		description: {
			en: 'Deepest level a split reaches (root 0); a leaf there keeps every point.',
			ko: '나뉨이 닿는 가장 깊은 단계다(루트는 0). 거기서는 넘쳐도 나뉘지 않는다.',
		},
		step: 1,
	},
	'query.x': coord(
		'Left edge of the query rectangle (the map runs 0 to 100, west to east).',
		'질의 사각형의 왼쪽 끝이다(지도는 서쪽 0부터 동쪽 100까지다).',
		{en: 'query left', ko: '질의 왼쪽'},
	),
	'query.y': coord(
		'Top edge of the query rectangle (the map runs 0 to 100, north to south).',
		'질의 사각형의 위쪽 끝이다(지도는 북쪽 0부터 남쪽 100까지다).',
		{en: 'query top', ko: '질의 위쪽'},
	),
	'query.w': coord('Width of the query rectangle (0 = no query).', '질의 사각형의 너비다(0이면 질의하지 않는다).', {
		en: 'query width',
		ko: '질의 너비',
	}),
	'query.h': coord('Height of the query rectangle (0 = no query).', '질의 사각형의 높이다(0이면 질의하지 않는다).', {
		en: 'query height',
		ko: '질의 높이',
	}),
};

/** Korean counts read best without a unit word after the number ("찾은 점 8"), so the noun sits in the label. */
const PTS = {en: 'pts', ko: ''};

/** The summary figures the screen shows, most telling first: the tree's checks against a scan of every point. */
export const quadtreeResultInfo: ResultInfoTable = {
	pointsChecked: {label: {en: 'checked', ko: '검사한 점'}, unit: PTS},
	bruteForceChecked: {label: {en: 'brute force', ko: '전수 검사'}, unit: PTS},
	found: {label: {en: 'found', ko: '찾은 점'}, unit: PTS},
	wastedChecks: {label: {en: 'wasted', ko: '헛검사'}, unit: PTS},
	nodesVisited: {label: {en: 'visited', ko: '방문한 노드'}, unit: {en: 'nodes', ko: ''}},
	precision: {label: {en: 'checks that found', ko: '적중 비율'}, percent: true},
	checkedFraction: {label: {en: 'share checked', ko: '검사한 비율'}, percent: true},
	depth: {label: {en: 'depth', ko: '깊이'}, unit: {en: 'levels', ko: '단계'}},
	leafCount: {label: {en: 'leaves', ko: '리프'}, unit: {en: 'squares', ko: ''}},
	nodeCount: {label: {en: 'tree', ko: '트리 노드'}, unit: {en: 'nodes', ko: ''}},
	pointCount: {label: {en: 'added', ko: '더한 점'}, unit: PTS},
};
