import {loadPackDir} from '../content/load-packs.js';
import {formatProblem} from '../content/parse-pack.js';

export type ValidateOutput = {ok: boolean; out: string[]; err: string[]};

/** `sd-trainer validate [DIR…]`: every problem as file:line:col, exit 1 if any. */
export function validateCommand(targets: string[]): ValidateOutput {
	const out: string[] = [];
	const err: string[] = [];
	const seen = new Map<string, string>();
	let valid = 0;
	for (const target of targets) {
		const {packs, problems} = loadPackDir(target);
		err.push(...problems.map(formatProblem));
		for (const pack of packs) {
			const clash = seen.get(pack.id) ?? seen.get(`chapter ${pack.chapter}`);
			if (clash) err.push(`${target}: pack "${pack.id}" (chapter ${pack.chapter}) clashes with ${clash}`);
			seen.set(pack.id, `${target} ${pack.id}`);
			seen.set(`chapter ${pack.chapter}`, `${target} ${pack.id}`);
			valid++;
			out.push(`ok  ${String(pack.chapter).padStart(3)} ${pack.id}: ${pack.cards.length} cards, ${pack.quiz.length} quiz items`);
		}
	}
	const ok = err.length === 0;
	out.push(ok ? `${valid} pack(s) valid` : `${err.length} problem(s)`);
	return {ok, out, err};
}
