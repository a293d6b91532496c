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
	readOnlyNotice: (reason: string) => `Your progress folder cannot be written (${reason}). You can study, but nothing is saved.`,
	goodBackup: (when: string, answers: number) => `Good backup: ${when}, ${answers} answers (sd-trainer restore).`,
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
	readOnlyNotice: (reason) => `진도 폴더에 쓸 수 없다 (${reason}). 공부는 할 수 있지만 저장되지 않는다.`,
	goodBackup: (when, answers) => `온전한 백업: ${when}, 답 ${answers}개 (sd-trainer restore).`,
};
