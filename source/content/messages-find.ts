/** Strings of the glossary and search screens. */
export const en = {
	menuGlossary: 'Glossary',
	glossaryTitle: (chapter: number) => `Chapter ${chapter} · glossary`,
	glossaryTerms: (n: number) => `${n} terms`,
	searchTitle: 'Search cards and terms',
	searchPrompt: 'Find:',
	searchHint: 'Type a word in either language; ㅋㅍㅋ finds 카프카.',
	searchNone: 'Nothing matches.',
	searchCount: (n: number) => `${n} found`,
	searchCard: 'card',
	searchTerm: 'term',
	cardsDone: (sim: boolean) => `Last card. Esc: on to ${sim ? 'the simulation, then the quiz' : 'the quiz'}.`,
	cardTry: (title: string) => `▶ Enter: try it in the simulation "${title}"`,
};

export const ko: typeof en = {
	menuGlossary: '용어집',
	glossaryTitle: (chapter) => `${chapter}장 · 용어집`,
	glossaryTerms: (n) => `용어 ${n}개`,
	searchTitle: '카드와 용어 찾기',
	searchPrompt: '찾기:',
	searchHint: '한국어나 영어로 입력한다. 초성만 써도 된다(ㅋㅍㅋ → 카프카).',
	searchNone: '맞는 항목이 없다.',
	searchCount: (n) => `${n}개 찾음`,
	searchCard: '카드',
	searchTerm: '용어',
	cardsDone: (sim) => `마지막 카드다. Esc로 나가서 ${sim ? '시뮬레이션, 그다음 퀴즈를 한다' : '퀴즈를 푼다'}.`,
	cardTry: (title) => `▶ Enter: 시뮬레이션 「${title}」에서 직접 해 본다`,
};
