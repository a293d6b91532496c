import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: polyrepo or monorepo · day (hour) · PRs merged/needed · CI minutes the fix costs',
		'core ● the core library has the fix · lib ●○ each shared library, fixed or not',
		'svc: one glyph per service, in order',
		'● runs the fix · ◐ merged, waiting for its deploy slot · ○ not started',
		'✗ diamond conflict: its libraries and itself pin different core versions',
		'core versions running: distinct versions deployed right now (1 = one version)',
		'fixed 12/40 ███░░ services running the fix so far',
		'PRs 1 + 8 + 40: what the fix needs (core, libraries, services) · CI min: build work in all; h elapsed: with runners in parallel',
		'fixed by day ▁▄█: share of services running the fix at the end of each day',
		'colours: red a diamond conflict, yellow more than one version running, green all fixed',
	],
	ko: [
		'맨 위: 폴리레포 또는 모노레포 · 일째(시간) · 머지한/필요한 PR · 이 수정에 드는 CI 분',
		'core ● 코어 라이브러리에 수정이 들어감 · lib ●○ 공유 라이브러리마다 수정 여부',
		'svc: 서비스마다 글자 하나, 순서대로',
		'● 수정본이 돈다 · ◐ 머지했고 배포 시각을 기다린다 · ○ 아직 시작 전',
		'✗ 다이아몬드 충돌: 라이브러리와 자신이 서로 다른 코어 버전을 고정했다',
		'운영 중인 코어 버전: 지금 배포된 서로 다른 버전 수(1이면 한 버전)',
		'고친 서비스 12/40 ███░░ 지금까지 수정본으로 도는 서비스',
		'PR 1 + 8 + 40개: 수정에 필요한 PR(코어, 라이브러리, 서비스) · CI 분: 빌드 작업의 합 · 걸린 시간: 러너가 나눠 돌린 시간',
		'하루 끝마다 고친 비율 ▁▄█: 그날이 끝날 때 수정본으로 도는 서비스의 비율',
		'색: 빨강은 다이아몬드 충돌, 노랑은 여러 버전이 도는 중, 초록은 모두 수정',
	],
};

/** What every glyph and colour of the repo-strategy drawing means. */
export function repoStrategyLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
