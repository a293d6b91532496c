import path from 'node:path';
import envPaths from 'env-paths';

export const HOME_ENV = 'SD_TRAINER_HOME';
export const PROGRESS_FILE = 'progress.json';

/** The data directory: $SD_TRAINER_HOME, else the platform's config folder. */
export function dataHome(env: NodeJS.ProcessEnv = process.env): string {
	return env[HOME_ENV] || envPaths('sd-trainer', {suffix: ''}).config;
}

export function progressPath(env: NodeJS.ProcessEnv = process.env): string {
	return path.join(dataHome(env), PROGRESS_FILE);
}
