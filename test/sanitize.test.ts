import {describe, expect, it} from 'vitest';
import {sanitize, sanitizeLine} from '../source/text/sanitize.js';

describe('sanitize', () => {
	it('removes OSC, CSI and two-character escapes', () => {
		expect(sanitize('a\u001b]0;pwned\u0007b\u001b[2Jc\u001b[31;1md\u001bMe')).toBe('abcde');
		expect(sanitize('x\u001b]8;;http://e\u001b\\link\u001b]8;;\u001b\\y')).toBe('xlinky');
	});

	it('removes every C0 and C1 control but tab and newline', () => {
		for (let code = 0; code < 0xa0; code++) {
			if (code >= 0x20 && code < 0x7f) continue;
			const ch = String.fromCharCode(code);
			const out = sanitize(`a${ch}b`);
			if (ch === '\t' || ch === '\n') expect(out).toBe(`a${ch}b`);
			// ESC and the 8-bit introducers may take the next character as part of their sequence.
			else expect(['a', 'ab'], `U+${code.toString(16)}`).toContain(out);
		}
	});

	it('removes 8-bit CSI and OSC sequences with their payload', () => {
		expect(sanitize('a\u009b2Jb')).toBe('ab');
		expect(sanitize('a\u009d0;title\u0007b')).toBe('ab');
	});

	it('keeps Korean and symbols', () => {
		expect(sanitize('카프카 → ✓ 100%')).toBe('카프카 → ✓ 100%');
	});

	it('makes one short line', () => {
		expect(sanitizeLine('a\nb\tc')).toBe('a b c');
		expect(sanitizeLine('x'.repeat(300), 10)).toBe(`${'x'.repeat(9)}…`);
	});
});
