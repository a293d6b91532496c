import {derive} from './derive.js';
import type {ProgressDoc} from './progress-doc.js';

export type Level = {xp: number; level: number; intoLevel: number; levelSize: number};

/** XP: 10 per answer scaled by its credit, +5 for a right review, +2 per known card, +20 per perfect quiz. */
export function xpOf(doc: ProgressDoc, knownCards: number, now = Date.now()): number {
	const {items, runs} = derive(doc, now);
	let xp = knownCards * 2;
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
