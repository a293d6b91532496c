/** Strings of review sessions and the scheduling settings. */
const s = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const en = {
	sessionShape: (items: number, minutes: number, chapters: number) =>
		`Review: ${s(items, 'item')} · ~${minutes} min · ${s(chapters, 'chapter')}`,
	sessionShapeLater: (n: number) => ` · ${n} for later`,
	sessionLater: (n: number) => `${n} more due — another session later.`,
	settingRetention: (retention: string, factor: string) => `Desired retention: ${retention} (gaps ×${factor})`,
	settingRetentionHelp: 'How likely you are to recall an item when it comes back. Higher → shorter gaps and more reviews.',
	settingMaxInterval: (days: number) => `Longest gap between reviews: ${days} days`,
	settingMaxIntervalHelp: 'No item waits longer than this, however well you know it.',
	settingNewCapHelp: 'New questions review brings in each day (at most a third of a session).',
	settingReviewCapHelp: 'Due reviews past this many wait for the next days.',
};

export const ko: typeof en = {
	sessionShape: (items, minutes, chapters) => `오늘 복습 ${items}개 · 약 ${minutes}분 · ${chapters}개 장`,
	sessionShapeLater: (n) => ` · ${n}개는 다음 세션`,
	sessionLater: (n) => `${n}개가 더 남아 있다 — 다음 세션에서 이어서 한다.`,
	settingRetention: (retention, factor) => `목표 기억률: ${retention} (간격 ×${factor})`,
	settingRetentionHelp: '복습할 때 문제를 기억하고 있을 확률이다. 높일수록 간격이 짧아지고 복습이 늘어난다.',
	settingMaxInterval: (days) => `최대 복습 간격: ${days}일`,
	settingMaxIntervalHelp: '잘 아는 문제라도 이보다 오래 미루지 않는다.',
	settingNewCapHelp: '복습이 하루에 새로 내는 문제 수다(한 세션의 1/3 이하).',
	settingReviewCapHelp: '이 수를 넘는 복습은 다음 날들로 미룬다.',
};
