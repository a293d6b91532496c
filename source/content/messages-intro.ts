/** The one-screen "how this works", shown at the first start and with i on the map. */
export const en = {
	introTitle: 'How sd-trainer works',
	introLines: [
		'Fifteen chapters, each a real system-design story. Start anywhere: Enter opens a chapter.',
		'In a chapter: read the concept cards (Space marks one known), play its simulation where there is one, then take the quiz.',
		'The bar beside a chapter counts the cards you marked known; the chapter also shows your best quiz score and your mastery (questions right when last answered).',
		'Every question you answer comes back for review just before you would forget it. The line under the title says how many are due today and how many are new; r starts a review.',
		'/ searches every card and term, in either language. ? lists the keys of any screen. i shows this page again.',
	],
	introClose: 'Press any key to begin.',
};

export const ko: typeof en = {
	introTitle: 'sd-trainer 사용법',
	introLines: [
		'열다섯 장이 있고, 장마다 실제 시스템 설계 사례를 다룬다. 어디서 시작해도 된다. Enter로 장을 연다.',
		'장 안에서는 개념 카드를 읽고(Space로 익힘 표시), 시뮬레이션이 있으면 직접 돌려 보고, 퀴즈를 푼다.',
		'장 옆의 막대는 익힘으로 표시한 카드 수다. 장 화면에는 퀴즈 최고 점수와 숙달(마지막 답이 맞은 문제의 비율)도 나온다.',
		'답한 문제는 잊어버리기 직전에 복습으로 다시 나온다. 제목 아래 줄이 오늘 복습할 문제와 새 문제의 수를 알려 준다. r로 복습을 시작한다.',
		'/는 모든 카드와 용어를 두 언어로 찾는다. ?는 어느 화면에서나 키를 보여 준다. i를 누르면 이 화면이 다시 나온다.',
	],
	introClose: '아무 키나 누르면 시작한다.',
};
