import type {LessonPack} from '../content/schema.js';
import type {Lang} from '../content/text.js';
import {progressPath} from '../store/home.js';
import {peekLang} from '../store/peek-lang.js';

/** The full shipped packs: a chunk of their own, loaded when needed. */
export const builtinPacks = async (): Promise<LessonPack[]> => (await import('virtual:builtin-packs')).default;

function localeLang(env = process.env): Lang {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
	return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** --lang, else the learner's saved choice, else the locale. */
export function gameLang(flag: Lang | undefined): Lang {
	return flag ?? peekLang(progressPath()) ?? localeLang();
}
