/** What the game says about lesson packs it cannot use (spread into messages.ts). */
export const en = {
	simBroken: 'This simulation cannot run: its lesson pack is not valid.',
	simBrokenFix: 'Check the pack with sd-trainer validate. Esc goes back.',
};

export const ko: typeof en = {
	simBroken: '이 시뮬레이션은 실행할 수 없다. 레슨 팩이 올바르지 않다.',
	simBrokenFix: 'sd-trainer validate로 팩의 문제를 확인할 수 있다. Esc를 누르면 돌아간다.',
};
