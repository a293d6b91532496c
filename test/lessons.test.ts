import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {formatProblem, parsePack} from '../source/content/parse-pack.js';
import type {Localized} from '../source/content/schema.js';
import {seedAvailable, seedSections} from './support/seed-sections.js';

const {packs, problems} = loadPackDir('lessons');
const SNAPSHOT = 'test/fixtures/seed-sections.json';
const expected = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as {id: string; title: string}[];
const HANGUL = /[\uac00-\ud7a3]/;

/** Every {ko, en} object in a pack, with where it is. */
function localized(value: unknown, path = ''): {path: string; text: Localized}[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => localized(v, `${path}[${i}]`));
	if (value && typeof value === 'object') {
		if ('ko' in value && 'en' in value) return [{path, text: value as Localized}];
		return Object.entries(value).flatMap(([k, v]) => localized(v, `${path}.${k}`));
	}
	return [];
}

describe('the shipped lesson packs', () => {
	// The pack checker: the schema, the simulations, unique ids, and cards that fit (a warning).
	it('are fifteen valid packs, chapters 46 to 60', () => {
		expect(problems.filter((p) => !p.warning).map(formatProblem)).toEqual([]);
		expect(packs.map((p) => p.chapter)).toEqual(Array.from({length: 15}, (_, i) => 46 + i));
	});

	it.each(packs.map((p) => [p.chapter, p] as const))('chapter %i has enough quiz items of enough kinds', (chapter, pack) => {
		expect(pack.quiz.length).toBeGreaterThanOrEqual(chapter === 58 ? 24 : 12);
		expect(new Set(pack.quiz.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
		expect(pack.glossary.length).toBeGreaterThanOrEqual(5);
		expect(pack.source.url).toMatch(/^https:\/\/www\.youtube\.com\//);
	});

	it('has every card fit one 80×24 screen in both languages', () => {
		expect(problems.filter((p) => p.warning).map(formatProblem)).toEqual([]);
	});

	it('writes Korean in every Korean field of the cards and quiz, and no Korean in English ones', () => {
		const bad: string[] = [];
		for (const pack of packs) {
			for (const {path, text} of localized(pack)) {
				if (HANGUL.test(text.en)) bad.push(`${pack.id}${path}.en has Korean: ${text.en.slice(0, 40)}`);
			}
			for (const {path, text} of localized({cards: pack.cards.map((c) => c.body), quiz: pack.quiz.map((q) => q.explanation)})) {
				if (!HANGUL.test(text.ko)) bad.push(`${pack.id}${path}.ko has no Korean: ${text.ko.slice(0, 40)}`);
			}
		}
		expect(bad).toEqual([]);
	});
});

describe('coverage of the source notes', () => {
	// A clone without ../shared checks against the snapshot alone (and says so: skipped).
	it.skipIf(!seedAvailable())('keeps the list of sections in step with the notes', () => {
		expect(seedSections().map(({id, title}) => ({id, title}))).toEqual(expected);
	});

	it('teaches every section of the notes with at least one card', () => {
		const covered = new Map(packs.flatMap((p) => p.sections.map((s) => [s.id, {pack: p, section: s}] as const)));
		const missing = expected.filter((s) => !covered.has(s.id)).map((s) => `${s.id} ${s.title}`);
		expect(missing).toEqual([]);
		for (const {id, title} of expected) {
			const {pack, section} = covered.get(id)!;
			expect(section.title, id).toBe(title);
			expect(pack.chapter, id).toBe(Number(id.split('.')[0]));
			for (const card of section.cards)
				expect(
					pack.cards.some((c) => c.id === card),
					`${id} → ${card}`,
				).toBe(true);
		}
		expect(covered.size).toBe(expected.length);
	});

	it('fails validation when a card that a section names is deleted', () => {
		const file = 'lessons/57-load-balancing.yaml';
		const text = readFileSync(file, 'utf8');
		const pack = packs.find((p) => p.chapter === 57)!;
		const victim = pack.sections[0]!.cards[0]!;
		// Drop the card's whole list item from the YAML.
		const lines = text.split('\n');
		const start = lines.findIndex((l) => l.trim() === `- id: ${victim}`);
		expect(start).toBeGreaterThan(0);
		let end = start + 1;
		while (end < lines.length && !/^ {2}- id: /.test(lines[end]!) && !/^\S/.test(lines[end]!)) end++;
		const without = [...lines.slice(0, start), ...lines.slice(end)].join('\n');
		const result = parsePack(without, file);
		expect(result.pack).toBeUndefined();
		expect(result.problems.map((p) => p.message)).toContain(`sections.0.cards.0: no card with id "${victim}"`);
	});
});
