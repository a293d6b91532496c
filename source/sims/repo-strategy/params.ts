import {z} from 'zod';

export const repoStrategyParams = z.object({
	mode: z.enum(['polyrepo', 'monorepo']).default('polyrepo'),
	services: z.number().int().min(1).max(120).default(40),
	libraries: z.number().int().min(0).max(30).default(8),
	libsPerService: z.number().int().min(0).max(5).default(2),
	directCoreShare: z.number().min(0).max(1).default(0.5),
	otherPackages: z.number().int().min(0).max(2000).default(300),
	buildMinutes: z.number().int().min(1).max(120).default(6),
	ciRunners: z.number().int().min(1).max(200).default(20),
	affectedOnly: z.boolean().default(false),
	remoteCache: z.boolean().default(false),
	cacheHitMinutes: z.number().min(0).max(10).default(0.2),
	reviewHours: z.number().int().min(0).max(48).default(4),
	breaking: z.boolean().default(false),
	fixHoursPerDependent: z.number().min(0).max(8).default(0.25),
	teamPickupDays: z.number().min(0).max(30).default(3),
	bumpBot: z.boolean().default(false),
	oneVersion: z.boolean().default(false),
	skewVersions: z.number().int().min(1).max(6).default(3),
	deployEveryHours: z.number().int().min(1).max(168).default(24),
	maxDays: z.number().int().min(1).max(60).default(30),
});

export type RepoStrategyParams = z.output<typeof repoStrategyParams>;

export const repoStrategyParamHelp: Readonly<Record<string, string>> = {
	mode: "Where the code lives: 'polyrepo' (a repository per package) or 'monorepo' (one repository)",
	services: 'Deployable services that (transitively) use the core library (1-120)',
	libraries: 'Shared libraries between core and the services; each depends on core (0-30)',
	libsPerService: 'Shared libraries each service depends on (0-5)',
	directCoreShare: 'Share of services that also depend on core directly',
	otherPackages: 'Packages in the organization that do not depend on core',
	buildMinutes: 'CI minutes to build and test one package',
	ciRunners: 'CI jobs that run in parallel',
	affectedOnly: 'Monorepo: build only the packages the change affects (Bazel/Nx style)',
	remoteCache: 'Monorepo: unaffected packages come from a shared build cache instead of being rebuilt',
	cacheHitMinutes: 'CI minutes to fetch one package from the remote cache',
	reviewHours: 'Hours for a pull request to be reviewed and merged',
	breaking: 'The fix changes core API: every dependent needs code changes',
	fixHoursPerDependent: 'Monorepo, breaking change: hours the author spends per dependent fixing call sites',
	teamPickupDays: 'Polyrepo: mean days before a team acts on a bump pull request',
	bumpBot: 'Polyrepo: a bot (Dependabot/Renovate) opens bump PRs and merges them when CI passes',
	oneVersion: 'Polyrepo: a shared version catalog pins one core version for every repository',
	skewVersions: 'Polyrepo: core versions in use across repositories before the fix',
	deployEveryHours: 'Each service deploys once per this many hours (at its own time of day)',
	maxDays: 'Run length in days (one tick is one hour)',
};
