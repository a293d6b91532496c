/*
 * Scenario review: the words of a question built from a simulation run (both
 * languages, used by source/quiz/scenario.ts to make its bilingual item) and
 * the screen's few strings (spread into messages.ts).
 */

export const en = {
	/** The question's words. */
	words: {
		predict: (sim: string, seed: number, settings: string, metric: string) =>
			`${sim}, seed ${seed}. Settings: ${settings}. Run it: what will ${metric} be?`,
		challenge: (sim: string, seed: number, title: string) =>
			`${sim}, seed ${seed}. Challenge: ${title}. Which setting meets it on this seed?`,
		asItStarts: 'the simulation as it starts (nothing changed)',
		noneMeets: 'none of these meets it on this seed',
		percentUnit: '%',
		on: 'on',
		off: 'off',
		ranTo: (seed: number, metric: string, value: string) => `On seed ${seed} the run gives ${metric} = ${value}.`,
		alsoSaw: (figures: string) => `The same run: ${figures}.`,
		meets: (option: string) => `✓ ${option}`,
		misses: (option: string, why: string) => `✗ ${option}: ${why}`,
		needs: (figure: string, actual: string, op: string, value: string) => `${figure} ${actual} (needs ${op} ${value})`.trim(),
		onSeed: (seed: number) => `On seed ${seed}:`,
		noneRight: 'none of the settings meets it on this seed.',
		changesScenario: 'it changes the scenario the challenge is about',
	},
	text: {
		scenarioWatch: 'w plays this run on the simulation screen (Esc comes back).',
	},
	keys: {watch: 'play the run'},
};

export type ScenarioMessages = typeof en;

/** A goal's comparison in Korean words: "5% 미만이어야 한다". */
const KO_NEEDS: Record<string, (value: string) => string> = {
	'<': (v) => `${v} 미만이어야 한다`,
	'<=': (v) => `${v} 이하여야 한다`,
	'>': (v) => `${v} 초과여야 한다`,
	'>=': (v) => `${v} 이상이어야 한다`,
	'==': (v) => `${v} 값이어야 한다`,
	'!=': (v) => `${v} 외의 값이어야 한다`,
};

export const ko: ScenarioMessages = {
	words: {
		predict: (sim: string, seed: number, settings: string, metric: string) =>
			`${sim}, 시드 ${seed}. 설정: ${settings}. 실행하면 ${metric} 값은 얼마가 되는가?`,
		challenge: (sim: string, seed: number, title: string) =>
			`${sim}, 시드 ${seed}. 도전 과제: ${title}. 이 시드에서 과제를 달성하는 설정은 어느 것인가?`,
		asItStarts: '처음 설정 그대로(아무것도 바꾸지 않음)',
		noneMeets: '이 시드에서는 어느 설정도 달성하지 못한다',
		percentUnit: '%',
		on: '켬',
		off: '끔',
		ranTo: (seed: number, metric: string, value: string) => `시드 ${seed}에서 실행하면 ${metric} 값은 ${value}이다.`,
		alsoSaw: (figures: string) => `같은 실행의 다른 값: ${figures}.`,
		meets: (option: string) => `✓ ${option}`,
		misses: (option: string, why: string) => `✗ ${option}: ${why}`,
		needs: (figure: string, actual: string, op: string, value: string) =>
			`${figure} ${actual}(${KO_NEEDS[op]?.(value) ?? `${op} ${value}`})`.trim(),
		onSeed: (seed: number) => `시드 ${seed}에서:`,
		noneRight: '이 시드에서는 어느 설정도 과제를 달성하지 못한다.',
		changesScenario: '과제가 다루는 상황 자체를 바꾼다',
	},
	text: {
		scenarioWatch: 'w를 누르면 이 실행을 시뮬레이션 화면에서 재생한다(Esc로 돌아온다).',
	},
	keys: {watch: '실행 보기'},
};
