import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: the last change, keys it moved · total moved so far · mod N would move',
		'now: the ring cut open at 0 and laid flat, 0 to 2^32, left to right',
		'a b c … a server owns that stretch; many short runs = many virtual nodes',
		'was: the same ring before the last change (drawn in gray)',
		'moved ▁▂▃▄▅▆▇█ where the last change moved keys: █ the most in one column',
		'keys a▄: keys per server, ▄ = the average; max = busiest / average, cv = spread',
		'a=node-0 a-j=node-0..9: which letter is which server',
		'a node-0 ███ 1476 1.62× -41: its keys (bar: the busiest fills it), × the average, gained/lost in the last change',
	],
	ko: [
		'맨 위: 마지막 변경과 옮긴 키 · 지금까지 옮긴 비율 · mod N이면 옮길 비율',
		'현재: 링을 0에서 잘라 펼친 모습, 왼쪽 0부터 오른쪽 2^32까지',
		'a b c … 그 구간을 가진 서버, 짧은 토막이 많으면 가상 노드가 많다',
		'이전: 마지막 변경 전의 같은 링(회색)',
		'이동 ▁▂▃▄▅▆▇█ 마지막 변경으로 키가 옮겨진 곳, █가 한 칸에 가장 많다',
		'키 a▄: 서버별 키 수, ▄가 평균 · max는 최다/평균, cv는 편차',
		'a=node-0 a-j=node-0..9: 어느 글자가 어느 서버인지',
		'a node-0 ███ 1476 1.62× -41: 키 수(막대는 최다 서버가 꽉 참), 평균의 몇 배, 마지막 변경의 증감',
	],
};

/** What every code and glyph of the consistent-hashing drawing means. */
export function consistentHashingLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
