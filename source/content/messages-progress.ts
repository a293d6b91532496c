/** Strings of the progress figures: the map's status line, stats and their explanation in `?`. */
export const en = {
	homeStatus: (level: number, xp: number, streak: number, due: number, fresh: number) =>
		`Lv ${level} · ${xp} XP · streak ${streak} day${streak === 1 ? '' : 's'} · ${due} due · ${fresh} new`,
	statsProgress: 'Progress by chapter',
	statsProgressHead: ['cards', 'best', 'mastery'],
	chapterMastery: (pct: number) => `mastery ${pct}%`,
	progressHelp:
		"Cards: cards marked known (the map's bar). Best: the best chapter quiz score. Mastery: questions right when last answered. Due: reviews for today; new: questions not yet seen.",
};

export const ko: typeof en = {
	homeStatus: (level, xp, streak, due, fresh) => `Lv ${level} · ${xp} XP · 연속 ${streak}일 · 복습 ${due}개 · 새 문제 ${fresh}개`,
	statsProgress: '장별 진도',
	statsProgressHead: ['카드', '최고', '숙달'],
	chapterMastery: (pct) => `숙달 ${pct}%`,
	progressHelp:
		'카드: 익힘으로 표시한 카드(지도의 막대). 최고: 장 퀴즈의 최고 점수. 숙달: 마지막 답이 맞은 문제의 비율. 복습: 오늘 할 복습. 새 문제: 아직 풀지 않은 문제.',
};
