import {describe, expect, it} from 'vitest';
import {messages} from '../source/content/messages.js';
import {width} from '../source/content/text.js';
import {fitHints} from '../source/ui/components/key-help.js';
import {SCREEN_KEYS, type ScreenName, showKeys} from '../source/ui/keys.js';

const hints = (screen: ScreenName, lang: 'ko' | 'en') =>
	SCREEN_KEYS[screen].map((h) => ({text: `${showKeys(h.actions)} ${messages[lang].keys[h.label]}`, help: h.label === 'help'}));

describe('the footer', () => {
	it('keeps everything when it fits', () => {
		expect(fitHints(hints('quiz-choice', 'en'), 76)).toBe('↑↓/jk move · Enter answer · Esc back · ? help · q quit');
	});

	it('drops whole hints, never a cut word, and keeps ? help', () => {
		expect(fitHints(hints('quiz-feedback', 'en'), 56)).toBe('Enter next · c open card · ↑↓/jk scroll · ? help');
		for (const screen of Object.keys(SCREEN_KEYS) as ScreenName[]) {
			for (const lang of ['ko', 'en'] as const) {
				for (const columns of [56, 58, 76, 78]) {
					const all = hints(screen, lang);
					const line = fitHints(all, columns);
					expect(width(line)).toBeLessThanOrEqual(columns);
					expect(line).not.toContain('…');
					// Every part is a whole hint.
					for (const part of line.split(' · ')) expect(all.map((h) => h.text)).toContain(part);
					if (all.some((h) => h.help)) expect(line).toContain(`? ${messages[lang].keys.help}`);
				}
			}
		}
	});
});
