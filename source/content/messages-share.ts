/** Share codes' strings (a run as a code, loading one), both languages; spread into messages.ts. */
import type {ShareProblem} from '../sims/share-data.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function problemEn(p: ShareProblem): string {
	switch (p.kind) {
		case 'notCode':
			return 'this is not a run code: a code starts with sdt1:';
		case 'version':
			return `this code (${p.found}) comes from another version of sd-trainer; this one reads sdt1: codes`;
		case 'tooLong':
			return `this is too long for a code: ${p.length} characters (a code has at most ${p.max})`;
		case 'incomplete':
			return 'this code is cut short: copy it whole, from sdt1: to its last character';
		case 'damaged':
			return 'this code is damaged: a character was changed, lost or added (its checksum does not match)';
		case 'malformed':
			return 'this code’s checksum is right, but what it holds is not a run this version can read';
		case 'unknownPack':
			return `there is no lesson pack "${p.pack}" here (a pack of your own loads with --lessons DIR)`;
		case 'unknownSim':
			return p.pack === undefined ? `no pack here has a simulation "${p.sim}"` : `the pack "${p.pack}" has no simulation "${p.sim}"`;
		case 'unknownEngine':
			return `this version has no simulation engine "${p.engine}"`;
		case 'unknownParam':
			return `the code sets "${p.name}", a parameter ${p.engine} does not have`;
		case 'param':
			return `the simulation refuses the code’s ${p.name}: ${p.reason.en}`;
		case 'seed':
			return 'the code’s seed is not a whole number';
		case 'steps':
			return 'the code’s step is not a step a run can reach';
		case 'tooManyActions':
			return `the code holds ${p.count} live actions; a run has at most ${p.max}`;
		case 'noSuchAction':
			return `step ${p.at}: live action ${p.key} does not exist (this simulation has ${p.count === 0 ? 'none' : `1–${p.count}`})`;
		case 'notNow':
			return `step ${p.at}: "${p.label.en}" cannot be taken at that point of the run`;
		case 'noCommand':
			return `step ${p.at}: this simulation takes no typed commands`;
		case 'unknownAction':
			return `step ${p.at}: this simulation has no action "${p.type}" there`;
		case 'afterEnd':
			return `step ${p.at}: the run ends at step ${p.end}, so no action can come then`;
		case 'actionAfterStep':
			return `an action at step ${p.at} comes after the code’s step ${p.steps}`;
		case 'stepAfterEnd':
			return `the code is at step ${p.steps}, but this run ends at step ${p.end}`;
	}
}

function problemKo(p: ShareProblem): string {
	switch (p.kind) {
		case 'notCode':
			return '실행 코드가 아니다. 코드는 sdt1:로 시작한다';
		case 'version':
			return `다른 버전의 sd-trainer가 만든 코드다(${p.found}). 이 버전은 sdt1: 코드를 읽는다`;
		case 'tooLong':
			return `코드로 보기에 너무 길다. ${p.length}자다(코드는 최대 ${p.max}자)`;
		case 'incomplete':
			return '코드가 잘렸다. sdt1:부터 마지막 글자까지 통째로 복사한다';
		case 'damaged':
			return '코드가 손상되었다. 글자가 바뀌었거나 빠졌거나 더해졌다(체크섬이 맞지 않는다)';
		case 'malformed':
			return '체크섬은 맞지만 담긴 내용이 이 버전이 읽을 수 있는 실행이 아니다';
		case 'unknownPack':
			return `「${p.pack}」 레슨 팩이 여기에 없다(직접 만든 팩은 --lessons DIR로 불러온다)`;
		case 'unknownSim':
			return p.pack === undefined ? `「${p.sim}」 시뮬레이션이 있는 팩이 여기에 없다` : `「${p.pack}」 팩에 「${p.sim}」 시뮬레이션이 없다`;
		case 'unknownEngine':
			return `이 버전에는 「${p.engine}」 시뮬레이션 엔진이 없다`;
		case 'unknownParam':
			return `코드가 「${p.name}」 값을 정하지만 ${p.engine}에는 그런 매개변수가 없다`;
		case 'param':
			return `코드의 ${p.name} 값을 시뮬레이션이 받지 않는다: ${p.reason.ko}`;
		case 'seed':
			return '코드의 시드가 정수가 아니다';
		case 'steps':
			return '코드의 단계가 실행이 닿을 수 있는 단계가 아니다';
		case 'tooManyActions':
			return `코드에 실시간 동작이 ${p.count}개 있다. 한 실행에는 최대 ${p.max}개까지다`;
		case 'noSuchAction':
			return `${p.at}단계: ${p.key}번 실시간 동작은 없다(이 시뮬레이션에는 ${p.count === 0 ? '실시간 동작이 없다' : `1–${p.count}번이 있다`})`;
		case 'notNow':
			return `${p.at}단계: 실행의 그 시점에는 「${p.label.ko}」 동작을 할 수 없다`;
		case 'noCommand':
			return `${p.at}단계: 이 시뮬레이션은 입력한 명령을 받지 않는다`;
		case 'unknownAction':
			return `${p.at}단계: 이 시뮬레이션은 그 시점에 「${p.type}」 동작이 없다`;
		case 'afterEnd':
			return `${p.at}단계: 실행은 ${p.end}단계에서 끝나므로 그때 동작이 올 수 없다`;
		case 'actionAfterStep':
			return `${p.at}단계의 동작이 코드의 단계(${p.steps})보다 뒤에 있다`;
		case 'stepAfterEnd':
			return `코드는 ${p.steps}단계에 있지만 이 실행은 ${p.end}단계에서 끝난다`;
	}
}

export const en = {
	text: {
		shareProblem: problemEn,
		shareTitle: 'Code of this run (it replays the run exactly):',
		shareHow: 'Copy it. o on a simulation screen loads it; sd-trainer sim --code CODE replays it.',
		shareLines: (n: number) => `It takes ${n} lines: copy them all (spaces and line breaks in a code are ignored).`,
		shareRun: (seed: number, steps: number, actions: number) =>
			`seed ${seed} · step ${steps} · ${plural(actions, 'action', 'actions')} taken by hand`,
		shareCodeLabel: 'code',
		shareCodeLong: (lines: number) =>
			`This run's code takes ${lines === 1 ? 'a whole line' : `${lines} lines`}: s shows it whole · o loads a code`,
		shareField: 'Code:',
		shareLoadTitle: 'Load a run from its code',
		shareLoadHow: 'Paste or type a code (sdt1:…); spaces and line breaks are left out. Enter loads it, Esc leaves.',
		shareLoaded: (seed: number, steps: number) => `Run loaded: seed ${seed}, step ${steps}.`,
		shareNotLoaded: (reason: string) => `Not loaded: ${reason}`,
	},
	keys: {
		share: 'share code',
		loadCode: 'load a code',
		load: 'load',
	},
};

export const ko: typeof en = {
	text: {
		shareProblem: problemKo,
		shareTitle: '이 실행의 코드(실행을 그대로 재현한다):',
		shareHow: '복사해 둔다. 시뮬레이션 화면에서 o로 불러오고, sd-trainer sim --code CODE로 재현한다.',
		shareLines: (n) => `${n}줄에 걸쳐 있다. 모두 복사한다(코드 안의 공백과 줄바꿈은 무시한다).`,
		shareRun: (seed, steps, actions) => `시드 ${seed} · ${steps}단계 · 직접 한 동작 ${actions}개`,
		shareCodeLabel: '코드',
		shareCodeLong: (lines) =>
			`이 실행의 코드는 ${lines === 1 ? '한 줄을 다 차지한다' : `${lines}줄이다`}. s로 전체를 보고 o로 코드를 불러온다`,
		shareField: '코드:',
		shareLoadTitle: '코드로 실행 불러오기',
		shareLoadHow: '코드(sdt1:…)를 붙여 넣거나 입력한다. 공백과 줄바꿈은 빼고 읽는다. Enter로 불러오고 Esc로 나간다.',
		shareLoaded: (seed, steps) => `실행을 불러왔다. 시드 ${seed}, ${steps}단계.`,
		shareNotLoaded: (reason) => `불러오지 않았다: ${reason}`,
	},
	keys: {
		share: '공유 코드',
		loadCode: '코드 불러오기',
		load: '불러오기',
	},
};
