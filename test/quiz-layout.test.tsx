import {describe, expect, it} from 'vitest';
import {loadPackDir} from '../source/content/load-packs.js';
import {messages} from '../source/content/messages.js';
import type {LessonPack, QuizItem} from '../source/content/schema.js';
import {type Lang, pick, width} from '../source/content/text.js';
import {emptyDoc, setLang} from '../source/progress/progress-doc.js';
import {MemoryStore} from '../source/store/memory-store.js';
import {KEY} from './support/render-ink.js';
import {startApp} from './support/start-app.js';

/*
 * Every question kind at the smallest and the usual terminal, in both
 * languages, with the largest item of that kind in the shipped lessons:
 * nothing overflows, no two items share a row, and every item is on screen
 * or reachable by scrolling, with an indicator saying more is there.
 */
const shipped = loadPackDir('lessons').packs;
const KINDS: QuizItem['type'][] = ['single', 'multi', 'true-false', 'order', 'match', 'numeric'];
const SIZES = [
	{columns: 60, rows: 16},
	{columns: 80, rows: 24},
];

/** The texts a learner must be able to see, one per item on screen. */
function itemTexts(item: QuizItem, lang: Lang): string[] {
	switch (item.type) {
		case 'single':
		case 'multi':
			return item.choices.map((c) => pick(c, lang));
		case 'order':
			return item.steps.map((s) => pick(s, lang));
		case 'match':
			return [...item.pairs.map((p) => pick(p.right, lang)), ...item.pairs.map((p) => pick(p.left, lang))];
		default:
			return [];
	}
}

const size = (item: QuizItem) => itemTexts(item, 'ko').reduce((n, t) => n + width(t), 0) + width(item.prompt.ko);

/** The largest item of a kind, alone in a copy of its pack. */
function largest(kind: QuizItem['type']): LessonPack {
	const all = shipped.flatMap((p) => p.quiz.filter((q) => q.type === kind).map((q) => ({p, q})));
	const {p, q} = all.sort((a, b) => size(b.q) - size(a.q))[0]!;
	return {...p, quiz: [q], simulations: []};
}

const MARKER = /^\s*(?:[❯⇅]\s)?\s*(?:\d+\.|[A-F]\)|\[[A-F ]\]|→)\s(?:\[[x ]\]\s)?(.*)$/;

/** The row an item's text starts on: a list marker, then the start of the text. */
function rowOf(lines: string[], text: string): number {
	return lines.findIndex((l) => {
		const start = MARKER.exec(l)?.[1]?.trimEnd();
		return start !== undefined && start.length > 0 && text.startsWith(start);
	});
}

describe('question layouts', () => {
	for (const kind of KINDS) {
		for (const {columns, rows} of SIZES) {
			for (const lang of ['ko', 'en'] as const) {
				it(`${kind} at ${columns}×${rows} in ${lang}`, async () => {
					const m = messages[lang];
					const pack = largest(kind);
					const item = pack.quiz[0]!;
					const {ui} = startApp([pack], new MemoryStore(setLang(emptyDoc(), lang, 0)), {columns, rows});
					await ui.waitForText(m.overall);
					ui.write(KEY.enter);
					await ui.waitForText(m.chapter(pack.chapter));
					ui.write('j');
					await ui.waitForText(`❯ ${m.menuQuiz}`);
					ui.write(KEY.enter);
					let frame = await ui.waitForText(m.quizOf(1, 1));
					const texts = itemTexts(item, lang);
					const seen = new Set<string>();
					// Walk the cursor over every item; on a match, also cycle the first item's pick through every right side.
					const moves =
						kind === 'numeric' || kind === 'true-false'
							? []
							: kind === 'match'
								? [...'l'.repeat(texts.length / 2), ...'j'.repeat(texts.length / 2 - 1)]
								: [...'j'.repeat(texts.length - 1)];
					for (let step = 0; step <= moves.length; step++) {
						const lines = frame.split('\n');
						expect(lines.length, frame).toBeLessThanOrEqual(rows);
						for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
						const at = texts.map((t) => rowOf(lines, t));
						const rowsUsed = at.filter((r) => r >= 0);
						// A right side shows twice (listed, and as a pick); distinct texts never share a row.
						const byRow = new Map<number, Set<string>>();
						for (const [i, t] of texts.entries()) {
							if (at[i]! >= 0) byRow.set(at[i]!, (byRow.get(at[i]!) ?? new Set()).add(t));
						}
						for (const [, set] of byRow) expect(set.size, `two items on one row:\n${frame}`).toBe(1);
						for (const [i, t] of texts.entries()) if (at[i]! >= 0) seen.add(t);
						if (rowsUsed.length < new Set(texts).size) expect(frame, 'an indicator of more').toMatch(/[↑↓] \d+/);
						if (step < moves.length) frame = await ui.press(moves[step]!);
					}
					expect([...seen].sort()).toEqual([...new Set(texts)].sort());
					// The footer never cuts a word.
					const footer = frame
						.split('\n')
						.filter((l) => l.trim() !== '')
						.at(-1)!;
					expect(footer.endsWith('…'), footer).toBe(false);
					// Answer (anything that is an answer) and check the feedback the same way.
					const count = texts.length / 2;
					const answer = {multi: ' ', order: ' k ', match: `j${'a'.repeat(count)}`, numeric: '1'}[kind as 'multi'] ?? '';
					ui.write(`${answer}${KEY.enter}`);
					// How sure?, under the answer as given: it fits too, and its help line is whole.
					frame = await ui.waitForText(m.confidenceAsk);
					for (const line of frame.split('\n')) expect(width(line), line).toBeLessThanOrEqual(columns);
					expect(frame.split('\n').length, frame).toBeLessThanOrEqual(rows);
					expect(frame).toContain(`Enter Space ${m.keys.skip} · Esc ${m.keys.toAnswer}`);
					ui.write('2');
					frame = await ui.waitFor(
						(f) =>
							f.includes(m.quizYourAnswer) || f.includes(m.quizYourPicks) || f.includes(m.quizYourOrder) || f.includes(m.quizYourPairs),
						'feedback',
					);
					let why = false;
					for (;;) {
						why ||= frame.includes(m.quizWhy);
						const lines = frame.split('\n');
						expect(lines.length, frame).toBeLessThanOrEqual(rows);
						for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
						if (!/↓ \d+/.test(frame)) break;
						frame = await ui.press('j');
					}
					expect(why, 'the explanation, on screen or by scrolling').toBe(true);
					ui.unmount();
				});
			}
		}
	}
});

describe('chapter screens', () => {
	for (const {columns, rows} of SIZES) {
		for (const lang of ['ko', 'en'] as const) {
			it(`every shipped chapter fits ${columns}×${rows} in ${lang}, title on top and every entry shown`, async () => {
				const m = messages[lang];
				const sorted = [...shipped].sort((a, b) => a.chapter - b.chapter);
				const {ui} = startApp(sorted, new MemoryStore(setLang(emptyDoc(), lang, 0)), {columns, rows});
				await ui.waitForText(m.overall);
				for (const pack of sorted) {
					ui.write(KEY.enter);
					const frame = await ui.waitForText(`${m.chapter(pack.chapter)} · `);
					const lines = frame.split('\n');
					expect(lines.length, frame).toBeLessThanOrEqual(rows);
					for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(columns);
					expect(lines[0], frame).toContain(m.chapter(pack.chapter));
					expect(frame).toContain(m.menuCards);
					expect(frame).toContain(m.menuShortQuiz(10));
					if (pack.glossary.length > 0) expect(frame).toContain(m.menuGlossary);
					if (pack.simulations.length > 0) expect(frame).toContain(m.menuSims);
					ui.write(KEY.escape);
					await ui.waitForText(m.overall);
					ui.write('j');
				}
				ui.unmount();
			});
		}
	}
});
