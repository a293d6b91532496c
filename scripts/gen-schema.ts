import {writeFileSync} from 'node:fs';
import {lessonPackJsonSchema} from '../source/content/json-schema.js';

export const SCHEMA_FILE = 'lessons/lesson-pack.schema.json';

export function main(): void {
	writeFileSync(SCHEMA_FILE, `${JSON.stringify(lessonPackJsonSchema(), null, '\t')}\n`);
	console.log(`wrote ${SCHEMA_FILE}`);
}
