// Keys while a simulation plays: the playback draws a frame every 50 ms, and a
// key's frame must not wait long behind them. In the built game in a pty, a
// simulation is opened and played at 20 steps a second; then, while it plays, `+`
// (faster), `-` (back to 20) and Space (paused) are timed key→frame.
import {KEY, spawnInPty} from './bench-pty.mjs';

/** The simulations timed: the chapter's place on the map and the simulation's in its list. */
export const SIMS = [
	{name: 'Raft', chapter: 58, sim: 'Raft leader election'},
	{name: 'Kafka', chapter: 60, sim: 'A Kafka topic'},
];

const PAUSED = 'step 0 · ⏸ paused';
const PLAYING = /step \d+ · ▶ playing · (\d+)(?: steps\/s|\/s)/;
const DONE = '■ done';
/** The speed on the header while playing (steps per second), if it is playing. */
const rateOf = (text) => {
	const all = [...text.matchAll(new RegExp(PLAYING, 'g'))];
	return all.length ? Number(all.at(-1)[1]) : undefined;
};

/** Opens `sim` from the map (chapters in map order) and plays it. */
async function openAndPlay(game, chapters, {chapter, sim}) {
	const index = chapters.findIndex((c) => c.chapter === chapter);
	for (let i = 1; i <= index; i++) await game.press('j', `❯ ${chapters[i].chapter} `);
	await game.press(KEY.enter, `Chapter ${chapter}`);
	await game.press('j', '❯ Simulations');
	// A chapter with one simulation opens it at once; otherwise pick it from the list.
	let shown = (await game.press(KEY.enter, (t) => t.includes(`Chapter ${chapter} · Simulations`) || t.includes(PAUSED))).text;
	if (!shown.includes(PAUSED)) {
		while (!shown.includes(`❯ ${sim}`)) shown = (await game.press('j', '❯')).text;
		await game.press(KEY.enter, PAUSED);
	}
	return play(game);
}

/** Plays from a paused start at 20 steps a second: a frame every 50 ms (simulation-speed.ts). */
async function play(game) {
	let rate = rateOf((await game.press(' ', PLAYING)).text);
	while (rate < 20) rate = rateOf((await game.press('+', (t) => (rateOf(t) ?? 0) > rate)).text);
	while (rate > 20) rate = rateOf((await game.press('-', (t) => (rateOf(t) ?? 99999) < rate)).text);
}

/**
 * `count` key→frame samples while `sim` plays in one run of `cli`: + (faster), - (slower)
 * and Space (pause). A sample whose run ended before its frame is dropped and the run restarted.
 */
export async function simKeys(cli, env, chapters, sim, count) {
	const game = spawnInPty(cli, ['--lang', 'en'], {env});
	await game.waitFor('q quit', 'the map');
	await openAndPlay(game, chapters, sim);
	const samples = [];
	const timed = async (key, expected) => {
		const {ms, text} = await game.press(key, (t) => expected(t) || t.includes(DONE));
		if (!text.includes(DONE)) samples.push(ms);
		return !text.includes(DONE);
	};
	while (samples.length < count) {
		// Wait for a playback frame first, so each key lands while frames are being drawn.
		game.mark();
		let playing = !(await game.waitFor((t) => PLAYING.test(t) || t.includes(DONE))).text.includes(DONE);
		playing &&= await timed('+', (t) => rateOf(t) > 20);
		playing &&= await timed('-', (t) => rateOf(t) === 20);
		playing &&= await timed(' ', (t) => t.includes('⏸ paused'));
		if (playing) await game.press(' ', PLAYING);
		else {
			// Played to the end: from the start again (the speed stays).
			await game.press('x', PAUSED);
			await play(game);
		}
	}
	await game.quit();
	return samples;
}
