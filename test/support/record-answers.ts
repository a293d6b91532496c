import {ConfStore} from '../../source/store/conf-store.js';
import {addAnswer} from '../../source/progress/progress-doc.js';

/**
 * A stand-in for a learner's terminal: records answers one by one, saving
 * after each as the game does. `count` 0 means forever (for kill tests).
 * Usage: node record-answers.mjs HOME PREFIX COUNT [--hold]
 * With --hold it says "held" while holding the lock before each write, and
 * keeps it for 1.5 s (for tests that stop a live holder).
 */
export function main([home, prefix = 'p', count = '100', flag] = process.argv.slice(2)): void {
	const pause = new Int32Array(new SharedArrayBuffer(4));
	const beforeWrite = () => {
		process.stdout.write('held\n');
		Atomics.wait(pause, 0, 0, 1500);
	};
	const store = new ConfStore({home, ...(flag === '--hold' ? {beforeWrite} : {})});
	let doc = store.open().doc;
	const total = Number(count);
	for (let i = 0; total === 0 || i < total; i++) {
		doc = addAnswer(doc, `${prefix}-${i}`, {
			pack: 'kafka',
			item: `q-${i % 20}`,
			at: 1_700_000_000_000 + i,
			ms: 1000,
			correct: i % 3 !== 0,
			score: i % 3 !== 0 ? 1 : 0,
			rating: i % 3 !== 0 ? 3 : 1,
			mode: 'review',
		});
		doc = store.save(doc).doc;
		if (total === 0) process.stdout.write(`${i}\n`);
	}
}

if (process.argv[1]?.endsWith('record-answers.mjs')) main();
