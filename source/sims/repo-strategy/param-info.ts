import type {ParamInfoTable, ResultInfoTable} from '../types.js';
import {POTVIN, SWE_BOOK} from './sources.js';

const h = {en: 'h', ko: '시간'};
const min = {en: 'min', ko: '분'};

/** Every parameter as a learner reads it. */
export const repoStrategyParamInfo: ParamInfoTable = {
	mode: {
		label: {en: 'repositories', ko: '저장소 방식'},
		description: {
			en: 'polyrepo: a repository per package; monorepo: everything in one repository.',
			ko: 'polyrepo는 패키지마다 저장소 하나, monorepo는 모두 한 저장소에 둔다.',
		},
		source: POTVIN,
	},
	services: {
		label: {en: 'services', ko: '서비스 수'},
		description: {
			en: 'Deployable services that use core, directly or through libraries.',
			ko: '코어를 직접 또는 라이브러리를 거쳐 쓰는 배포 단위 서비스 수다.',
		},
		step: 1,
		assumed: true,
	},
	libraries: {
		label: {en: 'shared libraries', ko: '공유 라이브러리'},
		description: {
			en: 'Libraries between core and the services; each depends on core.',
			ko: '코어와 서비스 사이의 라이브러리 수다. 모두 코어에 의존한다.',
		},
		step: 1,
		assumed: true,
	},
	libsPerService: {
		label: {en: 'libraries per service', ko: '서비스당 라이브러리'},
		description: {en: 'Shared libraries each service uses (0 = core only).', ko: '서비스 하나가 쓰는 공유 라이브러리 수다(0이면 코어만).'},
		step: 1,
		assumed: true,
	},
	directCoreShare: {
		label: {en: 'direct core users', ko: '코어 직접 사용 비율'},
		description: {en: 'Share of services that also import core directly.', ko: '코어를 직접 가져다 쓰기도 하는 서비스의 비율이다.'},
		step: 0.05,
		assumed: true,
	},
	otherPackages: {
		label: {en: 'unrelated packages', ko: '무관한 패키지'},
		description: {
			en: 'Packages that do not depend on core: a full monorepo build still builds them.',
			ko: '코어와 무관한 패키지 수다. 모노레포 전체 빌드는 이것도 빌드한다.',
		},
		step: 10,
		assumed: true,
	},
	buildMinutes: {
		label: {en: 'build per package', ko: '패키지당 빌드'},
		unit: min,
		description: {en: 'CI minutes to build and test one package.', ko: '패키지 하나를 빌드하고 테스트하는 CI 시간이다.'},
		step: 1,
		assumed: true,
	},
	ciRunners: {
		label: {en: 'CI runners', ko: 'CI 러너'},
		description: {en: 'CI jobs that run side by side.', ko: '동시에 돌 수 있는 CI 작업 수다.'},
		step: 1,
		assumed: true,
	},
	affectedOnly: {
		label: {en: 'affected-only builds', ko: '영향받은 것만 빌드'},
		description: {
			en: 'Monorepo: build only what the change can affect (Bazel, Nx).',
			ko: '모노레포에서 변경이 영향을 주는 패키지만 빌드한다(Bazel, Nx).',
		},
		source: POTVIN,
	},
	remoteCache: {
		label: {en: 'remote build cache', ko: '원격 빌드 캐시'},
		description: {
			en: 'Monorepo: unchanged packages come from a shared cache instead of a rebuild.',
			ko: '모노레포에서 바뀌지 않은 패키지는 다시 빌드하지 않고 공유 캐시에서 가져온다.',
		},
	},
	cacheHitMinutes: {
		label: {en: 'cache fetch', ko: '캐시 가져오기'},
		unit: min,
		description: {en: 'CI minutes to fetch one package from the remote cache.', ko: '원격 캐시에서 패키지 하나를 가져오는 CI 시간이다.'},
		step: 0.1,
		assumed: true,
	},
	reviewHours: {
		label: {en: 'review time', ko: '리뷰 시간'},
		unit: h,
		description: {en: 'Hours for a pull request to be reviewed and merged.', ko: 'PR 하나가 리뷰받고 머지되는 시간이다.'},
		step: 1,
		assumed: true,
	},
	breaking: {
		label: {en: 'breaking change', ko: '호환성 깨짐'},
		description: {
			en: "The fix changes core's API, so every dependent needs code changes.",
			ko: '수정이 코어 API를 바꿔 모든 의존 패키지의 코드도 고쳐야 한다.',
		},
	},
	fixHoursPerDependent: {
		label: {en: 'call-site fix', ko: '호출부 수정'},
		unit: h,
		description: {
			en: 'Monorepo, breaking change: hours the author spends per dependent.',
			ko: '모노레포에서 호환성이 깨질 때 작성자가 의존 패키지 하나에 쓰는 시간이다.',
		},
		step: 0.25,
		assumed: true,
	},
	teamPickupDays: {
		label: {en: 'team pickup', ko: '팀 대응 시간'},
		unit: {en: 'days', ko: '일'},
		description: {
			en: 'Polyrepo: mean days before a team acts on a bump PR.',
			ko: '폴리레포에서 팀이 버전 올림 PR을 처리하기까지의 평균 일수다.',
		},
		step: 0.5,
		assumed: true,
	},
	bumpBot: {
		label: {en: 'bump bot', ko: '버전 올림 봇'},
		description: {
			en: 'Polyrepo: a bot opens bump PRs and merges them when CI passes.',
			ko: '폴리레포에서 봇이 버전 올림 PR을 열고 CI가 통과하면 머지한다.',
		},
	},
	oneVersion: {
		label: {en: 'one version', ko: '단일 버전'},
		description: {
			en: 'Polyrepo: one core version pinned for every repository (a version catalog).',
			ko: '폴리레포에서 모든 저장소가 같은 코어 버전을 쓰도록 고정한다(버전 카탈로그).',
		},
		source: SWE_BOOK,
	},
	skewVersions: {
		label: {en: 'versions in use', ko: '사용 중인 버전'},
		description: {
			en: 'Polyrepo: core versions pinned across repositories before the fix.',
			ko: '폴리레포에서 수정 전에 저장소마다 고정해 둔 코어 버전의 가짓수다.',
		},
		step: 1,
		assumed: true,
	},
	deployEveryHours: {
		label: {en: 'deploy cycle', ko: '배포 주기'},
		unit: h,
		description: {en: 'Each service deploys once per cycle, at its own time.', ko: '서비스마다 주기에 한 번, 제각기 정한 시각에 배포한다.'},
		step: 1,
		assumed: true,
	},
	vacationDays: {
		label: {en: 'vacation', ko: '휴가'},
		unit: {en: 'days', ko: '일'},
		description: {
			en: 'Polyrepo: days a team on vacation (key 1) adds before it merges its bump.',
			ko: '폴리레포에서 휴가 간 팀(1 키)이 버전 올림을 머지하기까지 더 걸리는 일수다.',
		},
		step: 1,
		assumed: true,
	},
	maxDays: {
		label: {en: 'run length', ko: '실행 길이'},
		unit: {en: 'days', ko: '일'},
		description: {en: 'The longest the run lasts; one tick is one hour.', ko: '실행의 최대 길이다. 한 틱은 한 시간이다.'},
		step: 1,
	},
};

/** The summary figures the screen shows, most telling first. */
export const repoStrategyResultInfo: ResultInfoTable = {
	daysToAllFixed: {label: {en: 'days to fix all', ko: '전부 고치기까지'}, unit: {en: 'days', ko: '일'}},
	fixedServices: {label: {en: 'services fixed', ko: '고친 서비스'}},
	prsNeeded: {label: {en: 'PRs needed', ko: '필요한 PR'}},
	prsMerged: {label: {en: 'PRs merged', ko: '머지한 PR'}},
	ciMinutes: {label: {en: 'CI', ko: 'CI'}, unit: min},
	ciShare: {label: {en: 'of a full build', ko: '전체 빌드 대비'}, percent: true},
	versionsInFlight: {label: {en: 'core versions running', ko: '운영 중인 코어 버전'}},
	peakDiamonds: {label: {en: 'worst diamond conflicts', ko: '최대 다이아몬드 충돌'}},
	affected: {label: {en: 'affected packages', ko: '영향받는 패키지'}},
	fanIn: {label: {en: 'core fan-in', ko: '코어 팬인'}},
};
