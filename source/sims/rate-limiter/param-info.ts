import type {ParamInfoTable, ResultInfoTable} from '../types.js';

const TANENBAUM = 'Tanenbaum, Computer Networks: the leaky bucket as a queue and the token bucket';
const PER_SECOND = {en: 'req/s', ko: '요청/초'};

/** The rate limiter's parameters as a learner reads them (labels, units, steps, sources). */
export const rateLimiterParamInfo: ParamInfoTable = {
	algorithm: {
		label: {en: 'algorithm', ko: '알고리즘'},
		description: {
			en: 'Leaky bucket: queue drained at a fixed rate. Token bucket: spend a token.',
			ko: '누수 버킷은 대기열을 일정하게 비운다. 토큰 버킷은 요청마다 토큰을 쓴다.',
		},
		source: TANENBAUM,
	},
	capacity: {
		label: {en: 'bucket size', ko: '버킷 크기'},
		unit: {en: 'slots', ko: '칸'},
		description: {
			en: 'Queue slots, or most tokens (starts full): the largest burst let in.',
			ko: '대기열 칸 수 또는 최대 토큰 수(처음엔 가득)다. 한 번에 받는 최대 폭주다.',
		},
		step: 1,
		assumed: true,
	},
	rate: {
		label: {en: 'rate', ko: '처리율'},
		unit: PER_SECOND,
		description: {
			en: 'Requests the queue sends on, or tokens added, each second.',
			ko: '초마다 대기열이 내보내는 요청 수 또는 채워지는 토큰 수다.',
		},
		step: 1,
		assumed: true,
	},
	burst: {
		label: {en: 'burst', ko: '폭주'},
		unit: {en: 'req', ko: '요청'},
		description: {
			en: 'Requests that all arrive at once at the start (0 = no burst).',
			ko: '시작할 때 한꺼번에 도착하는 요청 수다(0이면 폭주 없음).',
		},
		step: 5,
		assumed: true,
	},
	steadyRate: {
		label: {en: 'steady traffic', ko: '꾸준한 요청'},
		unit: PER_SECOND,
		description: {
			en: 'Requests per second after the burst, evenly spaced (0 = none).',
			ko: '폭주 뒤 초당 고르게 도착하는 요청 수다(0이면 없음).',
		},
		step: 1,
		assumed: true,
	},
	duration: {
		label: {en: 'duration', ko: '실행 시간'},
		unit: {en: 's', ko: '초'},
		description: {en: 'Seconds of traffic the run lasts.', ko: '요청이 들어오는 시간(초)이다.'},
		step: 1,
	},
	tickMs: {
		label: {en: 'step size', ko: '한 단계'},
		unit: 'ms',
		description: {
			en: 'Simulated milliseconds per step of playback (smaller = slower, finer).',
			ko: '재생 한 단계의 시뮬레이션 시간이다. 작을수록 느리고 자세하다.',
		},
		step: 10,
	},
	refill: {
		label: {en: 'token refill', ko: '토큰 채우기'},
		description: {
			en: 'Token bucket only. continuous: tokens accrue every moment (the classic definition); discrete: a whole token on a fixed clock, which can let one more through.',
			ko: '토큰 버킷에만 쓴다. continuous는 토큰이 매 순간 조금씩 찬다(고전적 정의). discrete는 고정 시계에 맞춰 한 개씩 떨어져 하나를 더 들여보낼 수 있다.',
		},
	},
};

/** The summary figures the screen shows, most telling first. */
export const rateLimiterResultInfo: ResultInfoTable = {
	accepted: {label: {en: 'accepted', ko: '수락'}, unit: {en: 'req', ko: '요청'}},
	dropped: {label: {en: 'dropped', ko: '거절'}, unit: {en: 'req', ko: '요청'}},
	dropRate: {label: {en: 'drop rate', ko: '거절 비율'}, percent: true},
	peakServedPerSecond: {label: {en: 'peak to backend', ko: '백엔드 최고 부하'}, unit: PER_SECOND},
	maxWaitMs: {label: {en: 'longest wait', ko: '최장 대기'}, unit: 'ms'},
	avgWaitMs: {label: {en: 'mean wait', ko: '평균 대기'}, unit: 'ms'},
	served: {label: {en: 'sent to backend', ko: '백엔드로 보냄'}, unit: {en: 'req', ko: '요청'}},
	level: {label: {en: 'queued or tokens left', ko: '대기 또는 남은 토큰'}},
	arrived: {label: {en: 'arrived', ko: '도착'}, unit: {en: 'req', ko: '요청'}},
	timeMs: {label: {en: 'clock', ko: '경과'}, unit: 'ms'},
};
