/** Strings of the confidence step, its setting and the calibration section of stats; spread into messages.ts. */

const brier = (b: number) => b.toFixed(3);

export const en = {
	confidenceAsk: 'How sure are you? 1 low · 2 medium · 3 high',
	confidenceRequired: 'Pick 1, 2 or 3: the exam asks every time.',
	/** Beside the verdict: what the learner said before seeing it. */
	confidenceSaid: ['you were unsure', 'you were fairly sure', 'you were sure'] as [string, string, string],
	confidenceSureMiss: 'You were sure: this one comes back first, and sooner than usual.',
	settingAskConfidence: (on: boolean) => `Ask how sure I am after each answer: ${on ? 'on' : 'off'}`,
	settingAskConfidenceHelp:
		'Before the feedback, one key says how sure you were: sure misses come back sooner, and stats shows your calibration.',
	calibrationTitle: 'Calibration: how sure you said vs how often right',
	calibrationHead: ['said', 'right', 'count'] as [string, string, string],
	calibrationLevels: ['low', 'medium', 'high'] as [string, string, string],
	calibrationLegend: '█ share right · │ what you said',
	calibrationBrier: (b: number) => `Brier score ${brier(b)} (0 is perfect; always saying 50% scores 0.250)`,
	calibrationNone: 'No answers with a confidence yet: after each answer, 1–3 says how sure you are.',
	calibrationTooFew: (n: number, min: number) => `Too few answers with a confidence to judge yet (${n} of ${min}).`,
	calibrationVerdict: {
		over: 'Overconfident: you are right less often than you say.',
		under: 'Underconfident: you are right more often than you say.',
		mixed: 'Mixed: too sure at one level, not sure enough at another.',
		calibrated: 'Well calibrated: you are right about as often as you say.',
	},
	confidenceKeys: {
		confidence: 'how sure',
		skip: 'skip',
		toAnswer: 'change answer',
	},
};

export const ko: typeof en = {
	confidenceAsk: '얼마나 확신하는가? 1 낮음 · 2 보통 · 3 높음',
	confidenceRequired: '1, 2, 3 중 하나를 고른다. 시험은 매번 묻는다.',
	confidenceSaid: ['확신 낮음', '확신 보통', '확신 높음'],
	confidenceSureMiss: '확신했지만 틀렸다. 이 문제는 다른 복습보다 먼저, 평소보다 빨리 다시 나온다.',
	settingAskConfidence: (on) => `답마다 확신도 묻기: ${on ? '켬' : '끔'}`,
	settingAskConfidenceHelp:
		'피드백 전에 키 하나로 얼마나 확신했는지 답한다. 확신하고 틀린 문제는 더 빨리 돌아오고, 통계에 보정 결과가 나온다.',
	calibrationTitle: '보정: 말한 확신과 실제 정답률',
	calibrationHead: ['확신', '정답률', '답 수'],
	calibrationLevels: ['낮음', '보통', '높음'],
	calibrationLegend: '█ 정답률 · │ 말한 확신',
	calibrationBrier: (b) => `브라이어 점수 ${brier(b)} (0이 완벽하다. 늘 50%라고 하면 0.250이다)`,
	calibrationNone: '확신을 밝힌 답이 아직 없다. 답할 때마다 1–3으로 확신을 고른다.',
	calibrationTooFew: (n, min) => `판단하기에는 확신을 밝힌 답이 아직 적다(${n}/${min}).`,
	calibrationVerdict: {
		over: '과신한다: 말한 확신보다 덜 맞힌다.',
		under: '확신이 부족하다: 말한 확신보다 더 자주 맞힌다.',
		mixed: '들쭉날쭉하다: 어떤 확신에서는 지나치고 어떤 확신에서는 모자란다.',
		calibrated: '보정이 잘 되어 있다: 말한 확신만큼 맞힌다.',
	},
	confidenceKeys: {
		confidence: '확신도',
		skip: '건너뛰기',
		toAnswer: '답 고치기',
	},
};
