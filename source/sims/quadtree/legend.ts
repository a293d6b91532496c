import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'map: the region 0–100 × 0–100, north up; each square holds a few points',
		'│ ─ ┼ splits: a full square divides into four (finer where points crowd)',
		'░ the query rectangle',
		'• a point the query never looked at (its square lies outside the query)',
		'✗ a point checked in vain: its square overlaps the query, the point does not',
		'✓ a point the query found; a cell with several shows ✓ over ✗ over •',
		'checked 12 · brute 100: points the tree checked / a scan of every point',
		'NW NE SW SE: the quarters of a square; NW.SE is the SE quarter of NW',
	],
	ko: [
		'지도: 0–100 × 0–100 영역, 위가 북쪽이다. 사각형마다 점을 몇 개씩 담는다',
		'│ ─ ┼ 나뉨: 가득 찬 사각형이 넷으로 나뉜다(점이 몰린 곳일수록 촘촘하다)',
		'░ 질의 사각형',
		'• 질의가 보지 않은 점(그 사각형이 질의 밖에 있다)',
		'✗ 헛검사한 점: 사각형은 질의와 겹치지만 점은 밖에 있다',
		'✓ 질의가 찾은 점. 한 칸에 여럿이면 ✓, ✗, • 순으로 보인다',
		'검사 12 · 전수 100: 트리가 검사한 점 / 모든 점을 훑는 전수 검사',
		'NW NE SW SE: 사각형의 네 사분면이다. NW.SE는 NW의 SE 사분면이다',
	],
};

/** What every glyph of the quadtree's map and the codes of its narration mean. */
export function quadtreeLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
