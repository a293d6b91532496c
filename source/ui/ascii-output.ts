/*
 * A terminal whose locale is not UTF-8 cannot show the drawing characters the
 * screens use (bars, rules, arrows, marks, box corners). Rather than teach every
 * screen and simulation view a second alphabet, what the game writes is mapped
 * once on its way out: each character to an ASCII one of the same width (one
 * column), so no layout shifts. Text in Korean is left as it is.
 */
const ASCII: Readonly<Record<string, string>> = {
	'─': '-',
	'━': '-',
	'│': '|',
	'┃': '|',
	'╭': '+',
	'╮': '+',
	'╰': '+',
	'╯': '+',
	'┌': '+',
	'┐': '+',
	'└': '+',
	'┘': '+',
	'├': '+',
	'┤': '+',
	'┬': '+',
	'┴': '+',
	'┼': '+',
	'█': '#',
	'▓': '#',
	'▒': ':',
	'░': '.',
	'▏': '|',
	'▕': '|',
	'▁': '_',
	'▂': '_',
	'▃': '_',
	'▄': '=',
	'▅': '=',
	'▆': '=',
	'▇': '#',
	'❯': '>',
	'✓': 'v',
	'✗': 'x',
	'○': 'o',
	'●': '*',
	'◆': '*',
	'■': '#',
	'□': 'o',
	'▪': '*',
	'·': '-',
	'•': '*',
	'↑': '^',
	'↓': 'v',
	'←': '<',
	'→': '>',
	'↔': '-',
	'◀': '<',
	'▶': '>',
	'⏸': '=',
	'▸': '>',
	'…': '.',
	'×': 'x',
	'≈': '~',
	'≤': '<',
	'≥': '>',
	'±': '+',
	'—': '-',
	'–': '-',
	'“': '"',
	'”': '"',
	'‘': "'",
	'’': "'",
};
const PATTERN = new RegExp(`[${Object.keys(ASCII).join('')}]`, 'g');

export function toAscii(text: string): string {
	return text.replace(PATTERN, (ch) => ASCII[ch] ?? ch);
}

/** From now on, everything written to `stream` has its drawing characters in ASCII. */
export function writeAscii(stream: NodeJS.WriteStream): void {
	const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
	stream.write = ((chunk: unknown, ...rest: unknown[]) =>
		write(typeof chunk === 'string' ? toAscii(chunk) : chunk, ...rest)) as typeof stream.write;
}
