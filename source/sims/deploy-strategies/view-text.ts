import type {Lang} from '../../content/text.js';

export type Text = {
	min: string;
	share: string;
	errors: string;
	phase: Record<string, string>;
	strategy: Record<string, string>;
	pods: string;
	flag: (share: string, n: number) => string;
	checks: string;
	detect: string;
	rollback: string;
	hit: string;
	seen: string;
	userMin: string;
	budget: (used: string, total: string) => string;
	down: string;
	extra: string;
	canary: (n: number, k: number) => string;
	miss: string;
	falseAlarm: string;
	schema: string;
	schemaPhase: Record<string, string>;
	schemaErrors: string;
	minutes: string;
	podMinutes: string;
};

export const TEXT: Record<Lang, Text> = {
	en: {
		min: 'min',
		share: 'v2',
		errors: 'err',
		phase: {
			before: 'waiting',
			deploying: 'deploying',
			baking: 'baking',
			promoting: 'promoting',
			live: 'live',
			'rolling-back': 'ROLLING BACK',
			'rolled-back': 'rolled back',
		},
		strategy: {'big-bang': 'big bang', rolling: 'rolling', 'blue-green': 'blue-green', canary: 'canary', toggle: 'toggle'},
		pods: 'pods',
		flag: (share, n) => `flag on for ${share} of users · ${n} pods all run v2 (flag off = old path)`,
		checks: 'checks',
		detect: 'detect',
		rollback: 'rollback',
		hit: 'hit',
		seen: 'seen',
		userMin: 'user-min',
		budget: (used, total) => `budget ${used} of ${total} min`,
		down: 'down',
		extra: 'extra',
		canary: (n, k) => `canary ${n} req/check, fails at ≥${k}`,
		miss: 'miss',
		falseAlarm: 'false',
		schema: 'schema',
		schemaPhase: {
			old: 'old column',
			renamed: 'renamed in one step',
			expanded: 'expand ✓',
			backfilling: 'expand ✓ → migrate …',
			contracted: 'expand ✓ → migrate ✓ → contract ✓',
		},
		schemaErrors: 'errors',
		minutes: 'min',
		podMinutes: 'pod-min',
	},
	ko: {
		min: '분',
		share: 'v2',
		errors: '오류',
		phase: {
			before: '대기',
			deploying: '배포 중',
			baking: '관찰 중',
			promoting: '확대 중',
			live: '전체 적용',
			'rolling-back': '롤백 중',
			'rolled-back': '롤백 완료',
		},
		strategy: {'big-bang': '일괄', rolling: '롤링', 'blue-green': '블루-그린', canary: '카나리', toggle: '토글'},
		pods: '파드',
		flag: (share, n) => `사용자 ${share}에게 플래그 켬 · 파드 ${n}개 모두 v2(꺼지면 옛 경로)`,
		checks: '검사',
		detect: '감지',
		rollback: '롤백',
		hit: '피해',
		seen: '노출',
		userMin: '사용자·분',
		budget: (used, total) => `예산 ${total}분 중 ${used}`,
		down: '중단',
		extra: '추가',
		canary: (n, k) => `카나리 검사당 ${n}요청, ${k}건 이상이면 실패`,
		miss: '놓침',
		falseAlarm: '헛경보',
		schema: '스키마',
		schemaPhase: {
			old: '옛 컬럼',
			renamed: '한 번에 이름 변경',
			expanded: '확장 ✓',
			backfilling: '확장 ✓ → 이전 …',
			contracted: '확장 ✓ → 이전 ✓ → 축소 ✓',
		},
		schemaErrors: '오류',
		minutes: '분',
		podMinutes: '파드·분',
	},
};
