import {itemQuality, packStats} from '../source/content/item-quality.js';
import {loadPackDir} from '../source/content/load-packs.js';

/**
 * The quiz-item quality figures per chapter and every rule a pack breaks:
 * `npm run quality [DIR or FILE …]` (default: lessons). Exits 1 on a problem.
 */
export function main(args: string[]): void {
	const packs = (args.length > 0 ? args : ['lessons']).flatMap((target) => loadPackDir(target).packs);
	const pct = (n: number, d: number) => (d === 0 ? '  -' : `${Math.round((100 * n) / d)}%`.padStart(4));
	console.log('chapter  singles  longest-key ko  en   true/false  cards tested  reasoning');
	for (const pack of packs) {
		const s = packStats(pack);
		console.log(
			`${String(pack.chapter).padEnd(8)} ${String(s.ko.singles).padStart(7)}  ${pct(s.ko.longest.length, s.ko.singles).padStart(14)} ${pct(s.en.longest.length, s.en.singles)}   ${`${s.trueFalse.true}/${s.trueFalse.false}`.padStart(10)}  ${`${s.cardsTested}/${s.cards}`.padStart(12)}  ${String(s.reasoning).padStart(9)}`,
		);
	}
	const problems = itemQuality(packs);
	for (const p of problems) console.log(`${p.pack} ${p.path.join('.')}: ${p.message}`);
	console.log(problems.length === 0 ? 'no problems' : `${problems.length} problem(s)`);
	process.exitCode = problems.length === 0 ? 0 : 1;
}
