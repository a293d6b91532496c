declare module 'virtual:builtin-packs' {
	import type {LessonPack} from '../content/schema.js';
	/** The shipped lesson packs, validated and compiled into the bundle at build time. */
	const packs: LessonPack[];
	export default packs;
}

declare module 'virtual:pack-index' {
	import type {PackIndex} from '../content/pack-index.js';
	/** The shipped packs' index (titles, card ids), for the first frame. */
	const index: PackIndex[];
	export default index;
}
