/** The exam's strings (setup, the clock, handing in, the result), spread into messages.ts. */

const clock = (ms: number) => {
	const s = Math.ceil(ms / 1000);
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export const en = {
	examTitle: 'Exam',
	examMapEntry: '   Exam · a timed test across chapters (e)',
	examMapSummary:
		'A timed exam across all chapters or the ones you choose: no hints, no feedback until the end, then a score per chapter, calibration and the questions to review.',
	examSetupNote: 'Timed, across chapters. No hints and no feedback until the end; the score is kept. Exams give no XP.',
	examStart: 'Start the exam',
	examItems: (n: number) => `Questions: ${n}`,
	examMinutes: (n: number) => `Time: ${n} min`,
	examAllChapters: (n: number) => `All chapters (${n})`,
	examChosen: (n: number, total: number) => `Chapters: ${n} of ${total} chosen`,
	examPickChapter: 'Choose at least one chapter (Space).',
	examNoItems: 'The chosen chapters have no questions.',
	examLeft: (ms: number) => `${clock(ms)} left`,
	examLeaveAsk: 'End the exam?',
	examLeaveWhat: 'Enter hands it in now (unanswered questions count as wrong); x abandons it (not recorded); Esc goes on.',
	examResultTitle: 'Exam result',
	examScore: (correct: number, total: number, pct: number) => `${correct} of ${total} right · ${pct}%`,
	examEndedTime: (n: number) => `Time ran out: ${n} not answered (counted as wrong).`,
	examEndedEarly: (n: number) => `Handed in early: ${n} not answered (counted as wrong).`,
	examByChapter: 'By chapter',
	examCalibration: 'Calibration',
	examBrier: (b: string) => `Brier score ${b} (0 = perfect; "a coin flip" every time = 0.25)`,
	examNoConfidence: 'No confidence was given.',
	examTimes: (median: string, slowest: string) => `Per question: median ${median} · slowest ${slowest}`,
	examHistory: 'Exam scores over time',
	examToReview: 'To review (Enter opens the card)',
	examAllRight: 'All right: nothing to review.',
	examNotAnswered: 'not answered',
	examMeasures: 'Exams give no XP and move no reviews: the score only measures.',
	statsExams: 'Exams',
	statsNoExams: 'No exam yet: press e on the map.',
	statsExamLine: (date: string, pct: number, correct: number, total: number, brier: string) =>
		`${date} · ${pct}% (${correct}/${total})${brier ? ` · Brier ${brier}` : ''}`,
	examKeys: {
		exam: 'exam',
		handIn: 'hand in',
		start: 'start',
		practise: 'practise',
		toCard: 'card',
	},
};

export type ExamMessages = typeof en;

export const ko: ExamMessages = {
	examTitle: '시험',
	examMapEntry: '   시험 · 여러 장을 섞어 시간 안에 푼다 (e)',
	examMapSummary:
		'모든 장이나 고른 장을 섞어 시간 안에 푸는 시험이다. 끝날 때까지 힌트도 채점도 없고, 끝나면 장별 점수와 확신 보정, 복습할 문제를 보여 준다.',
	examSetupNote: '여러 장을 섞어 시간 안에 푼다. 끝날 때까지 힌트도 채점도 없고, 점수는 기록된다. 시험은 XP를 주지 않는다.',
	examStart: '시험 시작',
	examItems: (n) => `문제 수: ${n}`,
	examMinutes: (n) => `시간: ${n}분`,
	examAllChapters: (n) => `모든 장 (${n}개)`,
	examChosen: (n, total) => `장: ${total}개 중 ${n}개 고름`,
	examPickChapter: '장을 하나 이상 고른다 (Space).',
	examNoItems: '고른 장에 문제가 없다.',
	examLeft: (ms) => `${clock(ms)} 남음`,
	examLeaveAsk: '시험을 끝낼까?',
	examLeaveWhat: 'Enter는 지금 제출한다(답하지 않은 문제는 틀린 것으로 친다). x는 포기한다(기록하지 않는다). Esc는 계속 푼다.',
	examResultTitle: '시험 결과',
	examScore: (correct, total, pct) => `${total}문제 중 ${correct}문제 정답 · ${pct}%`,
	examEndedTime: (n) => `시간이 다 됐다. ${n}문제는 답하지 못했다(틀린 것으로 친다).`,
	examEndedEarly: (n) => `일찍 제출했다. ${n}문제는 답하지 않았다(틀린 것으로 친다).`,
	examByChapter: '장별 점수',
	examCalibration: '확신 보정',
	examBrier: (b) => `브라이어 점수 ${b} (0이 완벽하다. 매번 "반반"이라고 하면 0.25)`,
	examNoConfidence: '확신도를 답하지 않았다.',
	examTimes: (median, slowest) => `문제당 시간: 중앙값 ${median} · 가장 오래 ${slowest}`,
	examHistory: '시험 점수 추이',
	examToReview: '복습할 문제 (Enter는 카드를 연다)',
	examAllRight: '모두 맞혔다. 복습할 문제가 없다.',
	examNotAnswered: '답하지 않음',
	examMeasures: '시험은 XP를 주지 않고 복습 일정도 바꾸지 않는다. 점수는 재기만 한다.',
	statsExams: '시험',
	statsNoExams: '아직 본 시험이 없다. 지도에서 e를 누른다.',
	statsExamLine: (date, pct, correct, total, brier) => `${date} · ${pct}% (${correct}/${total})${brier ? ` · 브라이어 ${brier}` : ''}`,
	examKeys: {
		exam: '시험',
		handIn: '제출',
		start: '시작',
		practise: '연습',
		toCard: '카드',
	},
};
