import type {ParamInfoTable, ResultInfoTable} from '../types.js';
import {FARGATE_SIZES_SOURCE, PRICES, QUOTAS_SOURCE} from './prices.js';

const PRIME_VIDEO =
	'Prime Video Tech, "Scaling up the Prime Video audio/video monitoring service and reducing costs by 90%" (2023) — https://www.primevideotech.com/video-streaming/scaling-up-the-prime-video-audio-video-monitoring-service-and-reducing-costs-by-90';

/** The Prime Video bill's parameters as a learner reads them (labels, units, steps, sources). */
export const serverlessCostParamInfo: ParamInfoTable = {
	design: {
		label: {en: 'design the fleet runs', ko: '운영 설계'},
		description: {
			en: 'standard: Step Functions; express: Express workflows; in-process: containers.',
			ko: 'standard는 Step Functions, express는 Express, in-process는 컨테이너다.',
		},
		source: PRIME_VIDEO,
	},
	streams: {
		label: {en: 'streams', ko: '스트림 수'},
		unit: {en: 'streams', ko: '개'},
		description: {
			en: 'Live streams monitored, one monitoring job each.',
			ko: '감시하는 라이브 스트림 수다. 스트림마다 감시 작업이 하나다.',
		},
		step: 100,
		assumed: true,
	},
	transitionsPerSecond: {
		label: {en: 'transitions per video second', ko: '영상 1초당 상태 전환'},
		unit: {en: '/s', ko: '회/초'},
		description: {
			en: 'Step Functions state transitions per second of video per stream.',
			ko: '스트림마다 영상 1초에 일어나는 Step Functions 상태 전환 수다.',
		},
		step: 0.5,
		assumed: true,
		source: PRIME_VIDEO,
	},
	framesPerSecond: {
		label: {en: 'frames sampled', ko: '표본 프레임'},
		unit: {en: 'frames/s', ko: '프레임/초'},
		description: {
			en: 'Frames analysed per second of video, one Lambda call each.',
			ko: '영상 1초에 분석하는 프레임 수다. 프레임마다 Lambda를 한 번 부른다.',
		},
		step: 0.5,
		assumed: true,
	},
	s3RoundTripsPerFrame: {
		label: {en: 'S3 round trips per frame', ko: '프레임당 S3 왕복'},
		unit: {en: 'PUT+GET', ko: 'PUT+GET'},
		description: {
			en: 'Times a frame goes through S3 (one PUT, one GET) between steps.',
			ko: '단계 사이에 프레임이 S3를 거치는 횟수다(PUT 한 번, GET 한 번).',
		},
		step: 1,
		assumed: true,
		source: PRIME_VIDEO,
	},
	lambdaMemoryMb: {
		label: {en: 'Lambda memory', ko: 'Lambda 메모리'},
		unit: 'MB',
		description: {
			en: 'Memory of each Lambda function; duration is billed per GB-second.',
			ko: 'Lambda 함수의 메모리다. 실행 시간은 GB-초로 과금된다.',
		},
		step: 128,
		assumed: true,
	},
	lambdaMsPerFrame: {
		label: {en: 'Lambda time per frame', ko: '프레임당 Lambda 시간'},
		unit: 'ms',
		description: {en: 'How long one Lambda call analyses one frame.', ko: 'Lambda 호출 한 번이 프레임 하나를 분석하는 시간이다.'},
		step: 50,
		assumed: true,
	},
	expressMemoryMb: {
		label: {en: 'Express memory', ko: 'Express 메모리'},
		unit: 'MB',
		description: {
			en: 'Memory an Express execution is billed for, in 64 MB chunks.',
			ko: 'Express 실행 한 번이 과금되는 메모리다. 64MB 단위다.',
		},
		step: 64,
		assumed: true,
		source: PRICES.expressGbSecond.source,
	},
	vcpuPerStream: {
		label: {en: 'vCPU per stream', ko: '스트림당 vCPU'},
		unit: 'vCPU',
		description: {
			en: 'Container CPU one stream needs in the in-process design.',
			ko: 'in-process 설계에서 스트림 하나가 쓰는 컨테이너 CPU다.',
		},
		step: 0.05,
		assumed: true,
	},
	gbPerStream: {
		label: {en: 'memory per stream', ko: '스트림당 메모리'},
		unit: 'GB',
		description: {
			en: 'Container memory one stream needs in the in-process design.',
			ko: 'in-process 설계에서 스트림 하나가 쓰는 컨테이너 메모리다.',
		},
		step: 0.25,
		assumed: true,
	},
	streamsPerContainer: {
		label: {en: 'streams per container', ko: '컨테이너당 스트림'},
		unit: {en: 'streams', ko: '개'},
		description: {
			en: 'Streams sharing one Fargate task, rounded up to a Fargate size.',
			ko: '한 Fargate 태스크에 담는 스트림 수다. 태스크는 Fargate 크기로 올림한다.',
		},
		step: 1,
		source: FARGATE_SIZES_SOURCE,
	},
	retryRate: {
		label: {en: 'retried transitions', ko: '재시도 전환 비율'},
		description: {
			en: 'Share of transitions that fail and are retried; each retry is billed.',
			ko: '실패해 재시도하는 전환의 비율이다. 재시도도 모두 과금된다.',
		},
		step: 0.01,
		assumed: true,
		source: PRICES.sfnTransition.source,
	},
	sfnTransitionLimit: {
		label: {en: 'Step Functions limit', ko: 'Step Functions 한도'},
		unit: {en: 'transitions/s', ko: '전환/초'},
		description: {
			en: "The account's Standard state transitions per second; streams past it throttle.",
			ko: '계정의 Standard 상태 전환 초당 한도다. 넘는 스트림은 스로틀된다.',
		},
		step: 500,
		source: QUOTAS_SOURCE,
	},
	days: {
		label: {en: 'days billed', ko: '과금 일수'},
		unit: {en: 'days', ko: '일'},
		description: {en: 'Days in the month; one step bills one day.', ko: '한 달의 일수다. 한 단계가 하루치를 과금한다.'},
		step: 1,
		assumed: true,
	},
};

const USD = {en: 'USD', ko: '달러'};

/** The summary figures the screen shows, most telling first. */
export const serverlessCostResultInfo: ResultInfoTable = {
	monthlyBill: {label: {en: 'bill of the design run', ko: '운영 설계의 청구액'}, unit: USD},
	saving: {label: {en: 'saving vs Step Functions', ko: 'Step Functions 대비 절감'}, percent: true},
	throttledStreams: {label: {en: 'throttled streams', ko: '스로틀된 스트림'}, unit: {en: 'streams', ko: '개'}},
	inProcessSaving: {label: {en: 'in-process saving', ko: 'in-process 절감'}, percent: true},
	expressSaving: {label: {en: 'Express saving', ko: 'Express 절감'}, percent: true},
	costPerStream: {label: {en: 'per stream-month', ko: '스트림당 월 비용'}, unit: USD},
	standardBill: {label: {en: 'Step Functions bill', ko: 'Step Functions 청구액'}, unit: USD},
	expressBill: {label: {en: 'Express bill', ko: 'Express 청구액'}, unit: USD},
	inProcessBill: {label: {en: 'in-process bill', ko: 'in-process 청구액'}, unit: USD},
	retries: {label: {en: 'retries billed', ko: '과금된 재시도'}, unit: {en: 'transitions', ko: '회'}},
};
