/** The quiz's own strings (feedback, credit rules, leaving and resuming), spread into messages.ts. */

const tolerance = (t: number) => (t > 0 ? `± ${t} counts as right` : 'exactly');

export const en = {
	quizPickOne: 'Pick at least one answer first (Space), then Enter.',
	quizOrderUntouched: 'Move the steps first: the order shown at the start is never right.',
	quizRuleMulti: 'Partial credit: each option is one decision (picked or not); you score the share decided right.',
	quizRuleOrder: 'Partial credit: you score the share of step pairs in the right order relative to each other.',
	quizRuleMatch: 'Partial credit: you score the share of pairs matched right.',
	quizRuleAll: 'Only a fully right answer counts as right for mastery and reviews.',
	quizYourAnswer: 'Your answer:',
	quizYourPicks: 'Your picks:',
	quizYourOrder: 'Your order:',
	quizYourPairs: 'Your pairs:',
	quizRightOrder: 'The right order:',
	quizShouldPick: 'missed: this one is right',
	quizShouldNotPick: 'this one is not right',
	quizBelongsAt: (n: number) => `belongs at ${n}`,
	quizRightPair: (text: string) => `right: ${text}`,
	quizTolerance: tolerance,
	moreAbove: (n: number) => `↑ ${n} more lines`,
	quizLeaveAsk: 'Leave this quiz?',
	quizLeaveKept: (answered: number, total: number) =>
		`Your place is kept while sd-trainer runs (${answered} of ${total} answered): open the quiz again to go on.`,
	menuResume: (answered: number, total: number) => `Resume quiz · ${answered} of ${total} answered`,
	menuShortQuiz: (n: number) => `Short quiz · ${n} questions, weakest first`,
	quizPractice: 'Practice: not a chapter score.',
	quizKeys: {
		leave: 'leave',
		stay: 'stay',
		abandon: 'abandon',
	},
};

export type QuizMessages = typeof en;

export const ko: QuizMessages = {
	quizPickOne: '먼저 답을 하나 이상 고른다(Space). 그다음 Enter.',
	quizOrderUntouched: '먼저 단계를 옮긴다. 처음 보이는 순서는 늘 틀린 순서다.',
	quizRuleMulti: '부분 점수: 보기마다 고를지 말지 한 번씩 판단하고, 맞게 판단한 비율이 점수다.',
	quizRuleOrder: '부분 점수: 단계 두 개씩 짝지었을 때 앞뒤가 맞는 짝의 비율이 점수다.',
	quizRuleMatch: '부분 점수: 맞게 이은 짝의 비율이 점수다.',
	quizRuleAll: '완전히 맞아야만 숙련도와 복습에서 정답으로 친다.',
	quizYourAnswer: '내 답:',
	quizYourPicks: '내 선택:',
	quizYourOrder: '내 순서:',
	quizYourPairs: '내 짝:',
	quizRightOrder: '맞는 순서:',
	quizShouldPick: '빠뜨림: 맞는 보기다',
	quizShouldNotPick: '맞는 보기가 아니다',
	quizBelongsAt: (n) => `${n}번째 자리다`,
	quizRightPair: (text) => `맞는 짝: ${text}`,
	quizTolerance: (t) => (t > 0 ? `± ${t}까지 정답` : '정확히 이 값'),
	moreAbove: (n) => `↑ ${n}줄 더 있음`,
	quizLeaveAsk: '이 퀴즈를 나갈까?',
	quizLeaveKept: (answered, total) =>
		`sd-trainer가 켜져 있는 동안 자리를 기억한다 (${total}문제 중 ${answered}문제 답함). 퀴즈를 다시 열면 이어서 푼다.`,
	menuResume: (answered, total) => `퀴즈 이어서 풀기 · ${total}문제 중 ${answered}문제 답함`,
	menuShortQuiz: (n) => `짧은 퀴즈 · ${n}문제, 약한 문제부터`,
	quizPractice: '연습: 장 점수에 들지 않는다.',
	quizKeys: {
		leave: '나가기',
		stay: '계속 풀기',
		abandon: '버리기',
	},
};
