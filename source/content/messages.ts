import type {Lang} from './text.js';

/** Every string the program itself shows, in both languages. */
const en = {
	appTitle: 'sd-trainer · system design trainer',
	overall: 'Overall',
	knownOf: (known: number, total: number) => `${known} of ${total} known`,
	loadingProgress: 'loading progress…',
	loading: 'loading…',
	chapter: (n: number) => `Chapter ${n}`,
	source: 'Source',
	menuCards: 'Concept cards',
	menuSims: 'Simulations',
	menuQuiz: 'Quiz',
	notYet: 'not yet available',
	cardOf: (i: number, n: number) => `card ${i}/${n}`,
	known: '✓ known',
	pitfall: '! Pitfall:',
	practice: '» In practice:',
	more: (n: number) => `↓ ${n} more lines`,
	settings: 'Settings',
	language: 'Language',
	langName: {ko: '한국어', en: 'English'} as Record<Lang, string>,
	help: 'Keys',
	helpClose: 'Press any key to close.',
	tooSmall: (cols: number, rows: number, minCols: number, minRows: number) =>
		`The terminal is ${cols}×${rows}; sd-trainer needs at least ${minCols}×${minRows}. Please enlarge the window (q quits).`,
	corruptNotice: (copy: string) => `Your progress file could not be read. A copy is kept at ${copy}; starting with fresh progress.`,
	newerNotice: (version: number) =>
		`Your progress was saved by a newer sd-trainer (format ${version}). This version will not change it: progress made now is not saved. Update sd-trainer.`,
	saveFailed: (reason: string) => `Could not save progress: ${reason}`,
	openFailed: (reason: string) => `Could not open your progress (${reason}). You can study, but nothing is saved.`,
	packWarning: (count: number) => `${count} problem(s) in extra lesson packs; those packs were skipped (run sd-trainer validate).`,
	dismiss: 'any key hides this',
	keys: {
		move: 'move',
		open: 'open',
		back: 'back',
		quit: 'quit',
		help: 'help',
		settings: 'settings',
		page: 'page',
		known: 'mark known',
		scroll: 'scroll',
	},
};

export type Messages = typeof en;

const ko: Messages = {
	appTitle: 'sd-trainer · 시스템 디자인 트레이너',
	overall: '전체',
	knownOf: (known, total) => `${total}장 중 ${known}장 익힘`,
	loadingProgress: '진도 불러오는 중…',
	loading: '불러오는 중…',
	chapter: (n) => `${n}장`,
	source: '출처',
	menuCards: '개념 카드',
	menuSims: '시뮬레이션',
	menuQuiz: '퀴즈',
	notYet: '아직 준비 중',
	cardOf: (i, n) => `카드 ${i}/${n}`,
	known: '✓ 익힘',
	pitfall: '! 주의:',
	practice: '» 실무에서는:',
	more: (n) => `↓ ${n}줄 더 있음`,
	settings: '설정',
	language: '언어',
	langName: {ko: '한국어', en: 'English'},
	help: '키 안내',
	helpClose: '아무 키나 누르면 닫힙니다.',
	tooSmall: (cols, rows, minCols, minRows) =>
		`터미널 크기가 ${cols}×${rows}입니다. 최소 ${minCols}×${minRows}가 필요합니다. 창을 키워 주세요 (q: 종료).`,
	corruptNotice: (copy) => `진도 파일을 읽을 수 없어 새로 시작합니다. 원래 파일은 ${copy} 에 보관했습니다.`,
	newerNotice: (version) =>
		`더 새로운 sd-trainer가 저장한 진도입니다 (형식 ${version}). 이 버전은 파일을 바꾸지 않으므로 지금의 진도는 저장되지 않습니다. sd-trainer를 업데이트하세요.`,
	saveFailed: (reason) => `진도를 저장하지 못했습니다: ${reason}`,
	openFailed: (reason) => `진도 파일을 열 수 없습니다 (${reason}). 공부는 할 수 있지만 저장되지 않습니다.`,
	packWarning: (count) => `추가 레슨 팩에서 문제 ${count}개를 발견해 해당 팩을 건너뛰었습니다 (sd-trainer validate로 확인).`,
	dismiss: '아무 키나 누르면 사라짐',
	keys: {
		move: '이동',
		open: '열기',
		back: '뒤로',
		quit: '종료',
		help: '도움말',
		settings: '설정',
		page: '넘기기',
		known: '익힘 표시',
		scroll: '스크롤',
	},
};

export const messages: Record<Lang, Messages> = {ko, en};
