// Keys while a simulation plays: the playback draws a frame every 50 ms, and a
// key's frame must not wait long behind them. In the built game in a pty, a
// simulation is opened and played at ×1; then, while it plays, `+` (→ "playing
// ×5"), `-` (→ "playing ×1") and Space (→ "paused") are timed key→frame.
import {KEY, spawnInPty} from './bench-pty.mjs';

/** The simulations timed: the chapter's place on the map and the simulation's in its list. */
export const SIMS = [
	{name: 'Raft', chapter: 58, sim: 'Raft leader election'},
	{name: 'Kafka', chapter: 60, sim: 'A Kafka topic'},
];

/** Opens `sim` from the map (chapters in map order) and plays it at ×1. */
async function openAndPlay(game, chapters, {chapter, sim}) {
	const index = chapters.findIndex((c) => c.chapter === chapter);
	for (let i = 1; i <= index; i++) await game.press('j', `❯ ${chapters[i].chapter} `);
	await game.press(KEY.enter, `Chapter ${chapter}`);
	await game.press('j', '❯ Simulations');
	// A chapter with one simulation opens it at once; otherwise pick it from the list.
	let shown = (await game.press(KEY.enter, (t) => t.includes(`Chapter ${chapter} · Simulations`) || t.includes('step 0 · paused'))).text;
	if (!shown.includes('step 0 · paused')) {
		while (!shown.includes(`❯ ${sim}`)) shown = (await game.press('j', '❯')).text;
		await game.press(KEY.enter, 'step 0 · paused');
	}
	// Slowest speed, then play.
	game.write('---');
	await game.press(' ', 'playing ×1');
}

/**
 * `count` key→frame samples while `sim` plays in one run of `cli`.
 * A sample whose run ended before its frame is dropped and the run restarted.
 */
export async function simKeys(cli, env, chapters, sim, count) {
	const game = spawnInPty(cli, ['--lang', 'en'], {env});
	await game.waitFor('q quit', 'the map');
	await openAndPlay(game, chapters, sim);
	const samples = [];
	const timed = async (key, expected) => {
		const {ms, text} = await game.press(key, (t) => t.includes(expected) || t.includes('· done'));
		if (text.includes(expected)) samples.push(ms);
		return !text.includes('· done');
	};
	while (samples.length < count) {
		// Wait for a playback frame first, so each key lands while frames are being drawn.
		game.mark();
		let playing = (await game.waitFor((t) => /step \d+ · playing|· done/.test(t))).text.includes('playing');
		playing &&= await timed('+', 'playing ×5');
		playing &&= await timed('-', 'playing ×1');
		playing &&= await timed(' ', 'paused');
		if (playing) await game.press(' ', 'playing ×1');
		else {
			// A restart may bring back the default speed: slowest again, then play.
			await game.press('x', 'step 0 · paused');
			game.write('---');
			await game.press(' ', 'playing ×1');
		}
	}
	await game.quit();
	return samples;
}
