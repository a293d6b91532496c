import {readFileSync} from 'node:fs';

/**
 * The stored language, read cheaply before the first frame so the first
 * screen is already in the learner's language. Anything odd means "unknown";
 * the real store reads, validates and repairs the file later.
 */
export function peekLang(file: string): 'ko' | 'en' | undefined {
	try {
		const doc = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as {settings?: {lang?: {value?: unknown}}};
		const value = doc.settings?.lang?.value;
		return value === 'ko' || value === 'en' ? value : undefined;
	} catch {
		return undefined;
	}
}
