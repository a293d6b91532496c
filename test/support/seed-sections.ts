import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

/** The source notes live beside the repository (../shared/seed), not in it. */
// Resolved from the repository root (where npm runs tests).
export const SEED_FILE = path.resolve(process.env.SD_TRAINER_SEED ?? '../shared/seed/bytebytego-46-60.ko.md');

export type SeedSection = {id: string; chapter: number; title: string; line: number};

export function seedAvailable(): boolean {
	return existsSync(SEED_FILE);
}

const plain = (s: string) =>
	s
		.replace(/\*\*|`/g, '')
		.replace(/:\s*$/, '')
		.trim();

/**
 * Every section a learner must be taught: each `###` heading ("57.1") and each
 * numbered item at the left margin below one ("57.2.1").
 */
export function seedSections(text = readFileSync(SEED_FILE, 'utf8')): SeedSection[] {
	const sections: SeedSection[] = [];
	let current: string | undefined;
	text.split('\n').forEach((raw, index) => {
		const heading = /^###\s+(?:\*\*)?(\d+\.\d+)\s*(.*)$/.exec(raw);
		if (heading) {
			current = heading[1]!;
			sections.push({id: current, chapter: Number(current.split('.')[0]), title: plain(heading[2] ?? ''), line: index + 1});
			return;
		}
		if (/^##\s/.test(raw)) current = undefined;
		const item = /^(\d+)\.\s+(.*)$/.exec(raw);
		if (item && current) {
			const title = plain(item[2]!.split(/:\*\*|\*\*:/)[0] ?? '');
			sections.push({id: `${current}.${item[1]}`, chapter: Number(current.split('.')[0]), title, line: index + 1});
		}
	});
	return sections;
}

export function main(args: string[]): void {
	const chapters = args.map(Number);
	for (const s of seedSections()) {
		if (chapters.length === 0 || chapters.includes(s.chapter)) console.log(`${s.id}\t${s.title.slice(0, 60)}`);
	}
}
