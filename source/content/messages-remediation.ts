/** Strings of misconception remediation: the stats section and the line over a remediation item. */
const enText = {
	remedyTitle: (active: number, resolved: number) => `Misconceptions to fix (${active} active · ${resolved} fixed)`,
	remedyNone: 'None yet: a wrong answer that shows a misconception is listed here.',
	remedyEvidence: (count: number, ago: string, right: number) =>
		`missed ${count}× · last time ${ago}${right > 0 ? ` · right ${right}× since` : ''}`,
	remedyAgo: (days: number) => (days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`),
	remedyCard: (title: string) => `card: ${title}`,
	remedySim: (title: string) => `simulation: ${title}`,
	remedyFixed: (n: number) => `${n} fixed: right twice since, on different days.`,
	remedyMore: (n: number) => `and ${n} more active`,
	/** Over a remediation item while it is answered: says what it is without giving the idea away. */
	remedyCheckNow: '↻ A check on a misconception you showed before',
	/** Over it after the answer: the idea, and the keys that open the remedy. */
	remedyAfter: (label: string) => `↻ Misconception: ${label}`,
	remedyKeys: (card: string, sim?: string) => `${card}: card${sim ? ` · ${sim}: simulation` : ''}`,
	remedyHelpTitle: 'Misconceptions',
	remedyHelp:
		'A wrong answer that shows a misconception is evidence for it. It counts as fixed once the last two chances since were answered right, on different days; until then review brings back an item that checks it.',
};

const enKeys = {remedySim: 'simulation'};

const koText: typeof enText = {
	remedyTitle: (active, resolved) => `바로잡을 오해 (활성 ${active} · 해소 ${resolved})`,
	remedyNone: '아직 없다. 오해를 드러낸 오답이 여기에 나타난다.',
	remedyEvidence: (count, ago, right) => `${count}번 틀림 · 마지막 ${ago}${right > 0 ? ` · 이후 ${right}번 맞힘` : ''}`,
	remedyAgo: (days) => (days <= 0 ? '오늘' : days === 1 ? '어제' : `${days}일 전`),
	remedyCard: (title) => `카드: ${title}`,
	remedySim: (title) => `시뮬레이션: ${title}`,
	remedyFixed: (n) => `${n}개 해소: 이후 다른 날 두 번 맞혔다.`,
	remedyMore: (n) => `활성 ${n}개 더 있다`,
	remedyCheckNow: '↻ 전에 드러난 오해를 점검하는 문제다',
	remedyAfter: (label) => `↻ 오해: ${label}`,
	remedyKeys: (card, sim) => `${card}: 카드${sim ? ` · ${sim}: 시뮬레이션` : ''}`,
	remedyHelpTitle: '오해',
	remedyHelp:
		'오해를 드러낸 오답이 그 증거다. 그 뒤 마지막 두 번의 기회를 서로 다른 날 맞히면 해소된 것으로 본다. 그때까지 복습이 그 오해를 점검하는 문제를 다시 낸다.',
};

const koKeys: typeof enKeys = {remedySim: '시뮬레이션'};

export const en = {text: enText, keys: enKeys};
export const ko = {text: koText, keys: koKeys};
