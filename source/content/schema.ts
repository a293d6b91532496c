import {z} from 'zod';
import {crossCheck} from './cross-check.js';

/*
 * The lesson-pack format. Packs are data: every human-readable field carries
 * both languages, every object is strict (an unknown field is a typo), and no
 * string may contain a terminal control character.
 */

// C0 controls except \n, DEL, and C1 controls: any of them could move the
// cursor or change colours when printed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: detecting them is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

// Caps that keep a hostile pack from flooding a screen; the shipped packs stay far below them.
export const MAX_TEXT = 2000;
const many = (n: number) => `at most ${n} entries`;

export const safeText = z
	.string()
	.trim()
	.min(1, 'must not be empty')
	.max(MAX_TEXT, `is longer than ${MAX_TEXT} characters`)
	.refine((s) => !CONTROL.test(s), 'contains a terminal control character');

export const localized = z.strictObject({
	ko: safeText,
	en: safeText,
});

export const slug = z
	.string()
	.max(64, 'is longer than 64 characters')
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');

/** Where a fact from outside the chapter comes from (an engineering blog, an RFC, a book). */
export const source = z.strictObject({
	title: safeText,
	url: z.url({protocol: /^https?$/}).max(500, 'is longer than 500 characters'),
});

export const card = z.strictObject({
	id: slug,
	title: localized,
	body: localized,
	points: z.array(localized).max(20, many(20)).default([]),
	pitfall: localized.optional(),
	inPractice: localized.optional(),
	sources: z.array(source).max(20, many(20)).default([]),
	// Every card is asked about by at least one quiz item, unless it says why not.
	noQuiz: safeText.optional(),
	// A simulation of this pack that shows what the card says ("try it": Enter on the card opens it).
	simulation: slug.optional(),
});

// Where a learner who holds a misconception sees it fail: a simulation of this pack, and
// optionally one of its challenges (the scenario to try). Checked by check-remedies.ts.
const remedy = z.strictObject({
	simulation: slug,
	challenge: slug.optional(),
});

const misconception = z.strictObject({
	id: slug,
	label: localized,
	remedy: remedy.optional(),
});

// An option of a single or multiple choice; picking it can reveal a misconception.
const choice = z.strictObject({
	ko: safeText,
	en: safeText,
	misconception: misconception.optional(),
});

const quizBase = {
	id: slug,
	card: slug,
	prompt: localized,
	explanation: localized,
	misconception: misconception.optional(),
	// "reasoning": the learner estimates, compares, predicts or chooses for a scenario
	// using the chapter's facts, rather than recalling one.
	skill: z.enum(['recall', 'reasoning']).default('recall'),
};

const choices = z.array(choice).min(2, 'needs at least 2 choices').max(8, 'at most 8 choices');

export const quizItem = z.discriminatedUnion('type', [
	z.strictObject({...quizBase, type: z.literal('single'), choices, answer: z.number().int().min(0)}),
	z.strictObject({
		...quizBase,
		type: z.literal('multi'),
		choices,
		answers: z.array(z.number().int().min(0)).min(1),
	}),
	z.strictObject({...quizBase, type: z.literal('true-false'), answer: z.boolean()}),
	z.strictObject({
		...quizBase,
		type: z.literal('order'),
		// Listed in the correct order; shown shuffled.
		steps: z.array(localized).min(3, 'needs at least 3 steps').max(8),
	}),
	z.strictObject({
		...quizBase,
		type: z.literal('match'),
		pairs: z
			.array(z.strictObject({left: localized, right: localized}))
			.min(2)
			.max(6),
	}),
	z.strictObject({
		...quizBase,
		type: z.literal('numeric'),
		answer: z.number(),
		// Always stated: how far from the answer still counts as right.
		tolerance: z.number().min(0),
		unit: localized.optional(),
	}),
]);

export const glossaryTerm = z.strictObject({
	term: localized,
	definition: localized,
});

const comparison = z.enum(['<', '<=', '>', '>=', '==', '!=']);

const goal = z.strictObject({
	metric: z
		.string()
		.max(100, 'is longer than 100 characters')
		.regex(/^[A-Za-z0-9_.]+$/, 'must be a dotted path such as movedFraction'),
	op: comparison,
	value: z.union([z.number(), z.string(), z.boolean()]),
});

export const challenge = z.strictObject({
	id: slug,
	title: localized,
	// A goal over the simulation's JSON summary (`metric` is a dotted path into
	// it), or several that must all hold (e.g. an algorithm and a figure).
	goal: z.union([goal, z.array(goal).min(1).max(10, many(10))]),
	hint: localized.optional(),
	// Parameters that meet it: tests check the challenge can be completed.
	solution: z.record(z.string(), z.unknown()).optional(),
	// The scenario it is about: params (dotted paths such as query.w) that must stay as the
	// simulation sets them, so the goal cannot be met by emptying the scenario instead.
	keep: z
		.array(z.string().regex(/^[A-Za-z0-9_.]+$/, 'must be a param name or a dotted path such as query.w'))
		.max(30, many(30))
		.optional(),
});

export const simulation = z.strictObject({
	id: slug,
	engine: slug,
	title: localized,
	intro: localized.optional(),
	params: z.record(z.string(), z.unknown()).default({}),
	// The summary figure the learner predicts before a run (else the first challenge's main figure).
	predict: z.strictObject({metric: goal.shape.metric}).optional(),
	challenges: z.array(challenge).max(20, many(20)).default([]),
});

// Which cards teach each numbered section of the source notes ("57.1").
export const section = z.strictObject({
	id: z.string().regex(/^\d+(?:\.\d+)*$/, 'must be a section number such as 57.1'),
	title: safeText,
	cards: z.array(slug).min(1).max(50, many(50)),
});

export const lessonPack = z
	.strictObject({
		id: slug,
		chapter: z.number().int().min(1).max(999),
		title: localized,
		summary: localized,
		source,
		cards: z.array(card).min(1, 'a pack needs at least one card').max(100, many(100)),
		quiz: z.array(quizItem).max(300, many(300)).default([]),
		glossary: z.array(glossaryTerm).max(300, many(300)).default([]),
		simulations: z.array(simulation).max(20, many(20)).default([]),
		sections: z.array(section).max(100, many(100)).default([]),
	})
	.superRefine((pack, ctx) => {
		for (const issue of crossCheck(pack)) ctx.addIssue({code: 'custom', ...issue});
	});

export type Localized = z.infer<typeof localized>;
export type Card = z.infer<typeof card>;
export type Choice = z.infer<typeof choice>;
export type Misconception = z.infer<typeof misconception>;
export type Remedy = z.infer<typeof remedy>;
export type Source = z.infer<typeof source>;
export type QuizItem = z.infer<typeof quizItem>;
export type GlossaryTerm = z.infer<typeof glossaryTerm>;
export type Challenge = z.infer<typeof challenge>;
export type Simulation = z.infer<typeof simulation>;
export type LessonPack = z.infer<typeof lessonPack>;
export type Section = z.infer<typeof section>;
/** The YAML's shape before defaults are applied. */
export type LessonPackInput = z.input<typeof lessonPack>;
