import type {PackIssue} from './check-simulations.js';
import type {LessonPack, Misconception} from './schema.js';

/** Every misconception tag in a pack (on an item or on one of its options), with where it is, in pack order. */
export function misconceptionTags(pack: LessonPack): {tag: Misconception; item: string; path: (string | number)[]}[] {
	const out: {tag: Misconception; item: string; path: (string | number)[]}[] = [];
	pack.quiz.forEach((q, i) => {
		if (q.type === 'single' || q.type === 'multi') {
			q.choices.forEach((c, j) => {
				if (c.misconception) out.push({tag: c.misconception, item: q.id, path: ['quiz', i, 'choices', j, 'misconception']});
			});
		}
		if (q.misconception) out.push({tag: q.misconception, item: q.id, path: ['quiz', i, 'misconception']});
	});
	return out;
}

const sameLabel = (a: Misconception, b: Misconception) => a.label.ko === b.label.ko && a.label.en === b.label.en;
const sameRemedy = (a: Misconception, b: Misconception) =>
	a.remedy?.simulation === b.remedy?.simulation && a.remedy?.challenge === b.remedy?.challenge;

/**
 * A misconception is one idea however many options carry its id: every copy
 * has the same label, and a remedy given on one copy must agree with any other
 * copy that gives one (a copy without a remedy takes the id's). A remedy names
 * a simulation of this pack and, if it names one, a challenge of it.
 */
export function checkRemedies(pack: LessonPack): PackIssue[] {
	const issues: PackIssue[] = [];
	const issue = (path: (string | number)[], message: string) => issues.push({path, message: `${path.join('.')}: ${message}`});
	const first = new Map<string, Misconception>();
	const firstRemedy = new Map<string, Misconception>();
	for (const {tag, path} of misconceptionTags(pack)) {
		const seen = first.get(tag.id);
		if (seen && !sameLabel(seen, tag)) {
			issue([...path, 'label'], `misconception "${tag.id}" has another label elsewhere ("${seen.label.en}"): one id, one idea`);
		}
		if (!seen) first.set(tag.id, tag);
		if (!tag.remedy) continue;
		const earlier = firstRemedy.get(tag.id);
		if (earlier && !sameRemedy(earlier, tag)) {
			issue([...path, 'remedy'], `misconception "${tag.id}" has another remedy elsewhere (${remedyText(earlier)})`);
		}
		if (!earlier) firstRemedy.set(tag.id, tag);
		const sim = pack.simulations.find((s) => s.id === tag.remedy?.simulation);
		if (!sim) {
			const ids = pack.simulations.map((s) => s.id).join(', ') || 'none';
			issue([...path, 'remedy', 'simulation'], `no simulation with id "${tag.remedy.simulation}" in this pack (it has: ${ids})`);
			continue;
		}
		const challenge = tag.remedy.challenge;
		if (challenge !== undefined && !sim.challenges.some((c) => c.id === challenge)) {
			const ids = sim.challenges.map((c) => c.id).join(', ') || 'none';
			issue([...path, 'remedy', 'challenge'], `simulation "${sim.id}" has no challenge "${challenge}" (it has: ${ids})`);
		}
	}
	return issues;
}

function remedyText(tag: Misconception): string {
	return tag.remedy?.challenge ? `${tag.remedy.simulation} / ${tag.remedy.challenge}` : (tag.remedy?.simulation ?? '');
}
