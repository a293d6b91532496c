import type {Localized} from '../content/schema.js';
import {type ParamMeta, setParam} from './param-meta.js';
import type {AnySim} from './types.js';

export type ParamChange = {ok: true; params: unknown} | {ok: false; reason: Localized};

const say = (en: string, ko: string): Localized => ({en, ko});

/** Typed text as the parameter's kind reads it, or why it cannot be. */
function read(meta: ParamMeta, text: string): {value: unknown} | {reason: Localized} {
	const t = text.trim();
	switch (meta.kind) {
		case 'number': {
			const n = t === '' ? Number.NaN : Number(t);
			if (!Number.isFinite(n)) return {reason: say(`"${t}" is not a number`, `"${t}": 숫자가 아니다`)};
			if (meta.integer && !Number.isInteger(n)) return {reason: say('a whole number, please', '정수여야 한다')};
			if (n < meta.min) return {reason: say(`at least ${meta.min}`, `${meta.min} 이상이어야 한다`)};
			if (n > meta.max) return {reason: say(`at most ${meta.max}`, `${meta.max} 이하여야 한다`)};
			return {value: n};
		}
		case 'boolean': {
			if (/^(true|on|yes|1)$/i.test(t)) return {value: true};
			if (/^(false|off|no|0)$/i.test(t)) return {value: false};
			return {reason: say('on or off', 'on 또는 off여야 한다')};
		}
		case 'choice': {
			const found = meta.options.filter((o) => o === t || o.startsWith(t));
			if (t !== '' && (found.length === 1 || found.includes(t))) return {value: found.includes(t) ? t : found[0]};
			return {reason: say(`one of ${meta.options.join(', ')}`, `다음 중 하나: ${meta.options.join(', ')}`)};
		}
		case 'text':
			return {value: text};
		case 'fixed':
			return {reason: say('set this one with sd-trainer sim', '이 값은 sd-trainer sim으로 설정한다')};
	}
}

/**
 * The params with one value changed, if the simulation takes it; otherwise the
 * reason, in words (a bound, a multiple, a rule between two parameters).
 */
export function changeParam(sim: AnySim, params: unknown, meta: ParamMeta, input: {text: string} | {value: unknown}): ParamChange {
	const read_ = 'text' in input ? read(meta, input.text) : {value: input.value};
	if ('reason' in read_) return {ok: false, reason: read_.reason};
	const parsed = sim.engine.params.safeParse(setParam(params as Record<string, unknown>, meta.name, read_.value));
	if (parsed.success) return {ok: true, params: parsed.data};
	const issue = parsed.error.issues[0]!;
	const i = issue as {code: string; minimum?: unknown; maximum?: unknown; divisor?: unknown};
	if (i.code === 'too_small') return {ok: false, reason: say(`at least ${i.minimum}`, `${i.minimum} 이상이어야 한다`)};
	if (i.code === 'too_big') return {ok: false, reason: say(`at most ${i.maximum}`, `${i.maximum} 이하여야 한다`)};
	if (i.code === 'not_multiple_of') return {ok: false, reason: say(`a multiple of ${i.divisor}`, `${i.divisor}의 배수여야 한다`)};
	// A rule the schema states in its own words (in English), such as one bound above another.
	return {ok: false, reason: say(issue.message, `규칙 위반: ${issue.message}`)};
}
