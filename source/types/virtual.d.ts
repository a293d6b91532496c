declare module 'virtual:builtin-packs' {
	import type {LessonPack} from '../content/schema.js';
	/** The shipped lesson packs, validated and compiled into the bundle at build time. */
	const packs: LessonPack[];
	export default packs;
}
