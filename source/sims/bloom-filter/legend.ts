import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: phase and progress · n items now · share of cells set',
		'FP 2.9% (≈3.1%): false positives measured (formula (1 − e^(−kn/m))^k)',
		'· an empty cell · █ a set bit (one character per cell)',
		'░ ▒ ▓ a run of cells, up to 1/3, 2/3 or almost all set',
		'1-f counting filter: the counter in hex; f = stuck at 15',
		'✓ a cell of the last item, set · ✗ one that is empty',
		'+ inserted · - deleted · ? looked up, then its cell numbers',
		'= no: a cell is empty, certainly absent · maybe: all cells set',
		'colours: red = a false positive or a false negative, also named in words',
	],
	ko: [
		'맨 위: 단계와 진행 · n 현재 항목 수 · 켜진 칸의 비율',
		'오탐 2.9% (≈3.1%): 측정한 오탐률(공식 (1 − e^(−kn/m))^k)',
		'· 빈 칸 · █ 켜진 비트(글자 하나가 칸 하나)',
		'░ ▒ ▓ 여러 칸을 묶은 글자: 1/3, 2/3, 거의 전부 켜짐',
		'1-f 카운팅 필터: 카운터를 16진수로, f는 15에 고정',
		'✓ 마지막 항목의 켜진 칸 · ✗ 비어 있는 칸',
		'+ 삽입 · - 삭제 · ? 조회, 뒤에 칸 번호',
		'= 없음: 빈 칸이 있어 확실히 없다 · 있을 수도: 모든 칸이 켜짐',
		'색: 빨강은 오탐이나 미탐이며 글로도 적는다',
	],
};

/** What every code and glyph of the Bloom filter's drawing means. */
export function bloomFilterLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
