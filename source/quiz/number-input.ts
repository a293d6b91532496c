/*
 * What a learner types as a number. A comma groups thousands ("10,800" is ten
 * thousand eight hundred), as in both languages the game speaks; a point
 * starts the decimals.
 */

/** Digits with thousands commas, one point, a leading minus: what the field lets through. */
export const NUMBER_INPUT = /^-?[\d,]*(?:\.\d*)?$/;

/** The typed number, or undefined when the text is not one yet ("", "-", ","). */
export function parseNumberInput(text: string): number | undefined {
	const plain = text.replace(/,/g, '');
	if (!/\d/.test(plain) || !NUMBER_INPUT.test(text)) return undefined;
	const value = Number(plain);
	return Number.isFinite(value) ? value : undefined;
}
