import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'+ word  shared 3, new 4: the word just inserted, nodes it reused and added',
		'❯ ho_  the typed prefix; "no match" when no word starts with it',
		'words 12/43: words inserted so far / in the list',
		'trie  h→o→w  the plain trie, one node per character walked',
		'radix h→o(w·to)  one node per edge label; (…) the part not typed yet',
		'· a space in a word · ✗x the character where the walk falls off',
		'3 hops · 62 nodes: nodes visited on this lookup · nodes in that trie',
		'1 word ███ 290: completions, most searched first; bar and count = frequency',
		'tree below "ho": ├─ └─ branches, single-child chains folded into one label',
		'●290 a word ends at this branch, searched 290 times · … N more lines: cut',
		'colours: green new word, top pick · cyan prefix, tree · red no match · gray cut',
	],
	ko: [
		'+ 단어  공유 3, 새 노드 4: 방금 넣은 단어, 다시 쓴 노드와 새로 만든 노드',
		'❯ ho_  입력한 접두사, 그 접두사로 시작하는 단어가 없으면 "일치 없음"',
		'단어 12/43: 지금까지 넣은 단어 / 목록의 단어',
		'trie  h→o→w  일반 트라이, 지나간 글자 하나가 노드 하나',
		'radix h→o(w·to)  간선 레이블 하나가 노드 하나, (…)는 아직 입력하지 않은 부분',
		'· 단어 속 공백 · ✗x 경로가 끊긴 글자',
		'3 홉 · 62 노드: 이번 탐색에서 지난 노드 · 그 트라이의 노드 수',
		'1 단어 ███ 290: 자동 완성, 검색이 많은 것부터, 막대와 숫자가 빈도',
		'"ho" 아래 트리: ├─ └─ 가지, 자식이 하나뿐인 사슬은 레이블 하나로 접는다',
		'●290 이 가지에서 단어가 끝나고 290번 검색됐다 · … N 줄 더 있음: 잘림',
		'색: 초록 새 단어, 첫 추천 · 청록 접두사, 트리 · 빨강 일치 없음 · 회색 잘림',
	],
};

/** What every code, glyph and colour of the trie's drawing means. */
export function trieLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
