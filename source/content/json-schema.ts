import {z} from 'zod';
import {lessonPack} from './schema.js';

/** The JSON Schema editors use to autocomplete lesson packs (generated from the zod schema). */
export function lessonPackJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(lessonPack, {io: 'input', unrepresentable: 'any'}),
		title: 'sd-trainer lesson pack',
	};
}
