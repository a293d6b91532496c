import type {StoreErrorKind} from '../store/store-error.js';

/** What the game says about saving and reading progress (spread into messages.ts). */
export const en = {
	/** Why a save failed, in a few words. */
	saveWhy: {
		'disk-full': 'disk full',
		'not-writable': 'the progress file cannot be written',
		busy: 'another sd-trainer is saving',
		link: 'the progress file links to a file that is not progress',
		unreadable: 'the progress file cannot be read',
		corrupt: 'the progress file is not valid',
		newer: 'the progress file is from a newer sd-trainer',
		other: 'an error',
	} as Record<StoreErrorKind, string>,
	saveFailedSafe: (why: string, time: string) =>
		`Could not save: ${why} — your progress is safe up to ${time}. Changes since are kept and saved at your next step.`,
	waitingForOther: 'waiting for another sd-trainer…',
	goodBackup: (backup: string, answers: number) =>
		`Your newest good backup (${answers} answers) is ${backup}; quit and run sd-trainer restore to bring it back.`,
};

export const ko: typeof en = {
	saveWhy: {
		'disk-full': '디스크가 가득 찼다',
		'not-writable': '진도 파일에 쓸 수 없다',
		busy: '다른 sd-trainer가 저장 중이다',
		link: '진도 파일이 진도가 아닌 파일을 가리킨다',
		unreadable: '진도 파일을 읽을 수 없다',
		corrupt: '진도 파일이 올바르지 않다',
		newer: '더 새로운 sd-trainer의 진도 파일이다',
		other: '오류가 났다',
	},
	saveFailedSafe: (why, time) =>
		`저장하지 못했다: ${why}. 진도는 ${time}까지 안전하다. 그 뒤의 변경은 기억해 두었다가 다음 동작 때 저장한다.`,
	waitingForOther: '다른 sd-trainer를 기다리는 중…',
	goodBackup: (backup, answers) => `가장 최근의 온전한 백업(답 ${answers}개)은 ${backup} 이다. 종료한 뒤 sd-trainer restore로 되살린다.`,
};
