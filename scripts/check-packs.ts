import {loadPackDir} from '../source/content/load-packs.js';
import {formatProblem} from '../source/content/parse-pack.js';
import {CARD_ROWS, overlongCards} from '../source/content/card-layout.js';
import {messages} from '../source/content/messages.js';

/** Validates packs from source (no build needed): `node scripts/run-ts.mjs scripts/check-packs.ts lessons/57-x.yaml`. */
export function main(args: string[]): void {
	let failed = false;
	for (const target of args.length > 0 ? args : ['lessons']) {
		const {packs, problems} = loadPackDir(target);
		for (const p of problems) console.log(formatProblem(p));
		for (const pack of packs) {
			for (const o of overlongCards(pack, messages)) {
				console.log(`${pack.id}: card "${o.card}" (${o.lang}) is ${o.lines} lines; at most ${CARD_ROWS} fit on an 80x24 screen`);
				failed = true;
			}
			const types = new Set(pack.quiz.map((q) => q.type));
			console.log(
				`ok ${pack.chapter} ${pack.id}: ${pack.cards.length} cards, ${pack.quiz.length} quiz items (${[...types].join(', ')}), ${pack.glossary.length} terms, ${pack.sections.length} sections`,
			);
		}
		if (problems.length > 0) failed = true;
	}
	process.exitCode = failed ? 1 : 0;
}
