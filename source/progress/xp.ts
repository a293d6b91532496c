import {derive} from './derive.js';
import type {ProgressDoc} from './progress-doc.js';

export type Level = {xp: number; level: number; intoLevel: number; levelSize: number};

/** XP a simulation challenge gives, once, the first time it is met. */
export const CHALLENGE_XP = 25;

/**
 * XP: 10 per answer scaled by its credit, +5 for a right review, +2 per known
 * card, +20 per perfect quiz, +25 per simulation challenge met (counted by the
 * caller among the challenges the packs have, so a stored key for a challenge
 * that does not exist is worth nothing). Predictions give no XP: a learner
 * could run them again and again; stats shows how close they were instead.
 */
export function xpOf(doc: ProgressDoc, knownCards: number, now = Date.now(), challengesMet = 0): number {
	const {items, runs} = derive(doc, now);
	let xp = knownCards * 2 + challengesMet * CHALLENGE_XP;
	for (const facts of items.values()) xp += facts.xp;
	for (const r of runs) if (r.total > 0 && r.correct === r.total) xp += 20;
	return xp;
}

/** Level n starts at 100 × n(n−1)/2 XP: 0, 100, 300, 600, … (each level 100 XP longer). */
export function levelOf(xp: number): Level {
	let level = 1;
	while ((100 * level * (level + 1)) / 2 <= xp) level++;
	const start = (100 * level * (level - 1)) / 2;
	return {xp, level, intoLevel: xp - start, levelSize: 100 * level};
}
