import realStringWidth from 'string-width';

/*
 * string-width, with a fast path. The real one segments every non-ASCII
 * string into grapheme clusters and tests each against emoji regexes; the
 * first such call compiles /\p{RGI_Emoji}/v, which costs ~15 ms before the
 * first frame. Text made only of the code points below has one code point per
 * cluster and no emoji, so its width is a plain sum; anything else goes to
 * the real implementation. The build aliases every `string-width` import
 * (Ink's included) to this module.
 */

function simpleWidth(cp: number): number {
	if (cp >= 0x20 && cp <= 0x7e) return 1; // ASCII
	if (cp >= 0xac00 && cp <= 0xd7a3) return 2; // Hangul syllables
	if (cp >= 0x3131 && cp <= 0x318e) return 2; // Hangul compatibility jamo
	if (cp >= 0x4e00 && cp <= 0x9fff) return 2; // CJK unified ideographs
	if (cp >= 0x3001 && cp <= 0x3003) return 2; // 、。〃
	if (cp >= 0x3008 && cp <= 0x3011) return 2; // 〈〉《》「」『』【】
	if (cp >= 0xff01 && cp <= 0xff60) return 2; // fullwidth forms
	if (cp >= 0xa1 && cp <= 0xff && cp !== 0xad) return 1; // Latin-1 (not the soft hyphen)
	if (cp >= 0x2500 && cp <= 0x259f) return 1; // box drawing, block elements
	if (cp >= 0x2190 && cp <= 0x2193) return 1; // ← ↑ → ↓
	switch (cp) {
		case 0x2013: // –
		case 0x2014: // —
		case 0x2018: // ‘
		case 0x2019: // ’
		case 0x201c: // “
		case 0x201d: // ”
		case 0x2022: // •
		case 0x2026: // …
		case 0x2192: // →
		case 0x21d2: // ⇒
		case 0x2264: // ≤
		case 0x2265: // ≥
		case 0x2248: // ≈
		case 0x2260: // ≠
		case 0x2713: // ✓
		case 0x276f: // ❯
		case 0x25cf: // ●
		case 0x25cb: // ○
			return 1;
		default:
			return -1;
	}
}

export default function stringWidth(text: string, options?: {countAnsiEscapeCodes?: boolean; ambiguousIsNarrow?: boolean}): number {
	if (options?.countAnsiEscapeCodes) return realStringWidth(text, options);
	let width = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		// Colour codes (ESC [ … m) are zero-width; Ink measures coloured lines.
		if (code === 0x1b && text.charCodeAt(i + 1) === 0x5b) {
			let end = i + 2;
			while (end < text.length && /[0-9;]/.test(text[end]!)) end++;
			if (text[end] === 'm') {
				i = end;
				continue;
			}
		}
		const w = simpleWidth(code);
		if (w < 0) return realStringWidth(text, options);
		width += w;
	}
	return width;
}
