// What a learner feels, measured in the built game in a real pty: how soon the
// map is usable after start, and key→frame times for moving on the map, paging
// cards and answering a chapter quiz. Each key waits for the frame that must
// follow it (exact text), so one slow frame cannot hide behind the next key.
import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {benchEnv, KEY, spawnInPty} from './bench-pty.mjs';

/** The map with the learner's progress loaded (before that it says "loading"). */
const USABLE = /Overall \d+%/;

/** Stops sampling a kind once it has at least `min` samples and has taken `budgetMs`. */
function sampler(min, budgetMs) {
	const samples = [];
	let spent = 0;
	return {
		samples,
		add(ms) {
			samples.push(ms);
			spent += ms;
		},
		get done() {
			return samples.length >= min && spent >= budgetMs;
		},
	};
}

/** Time from spawn to the first frame and to the usable map, for a plain start (language from the file). */
export async function timeStart(cli, env, timeoutMs) {
	const game = spawnInPty(cli, [], {env, timeoutMs});
	const first = await game.waitFor('sd-trainer ·', 'the header');
	const usable = await game.waitFor(USABLE, 'the loaded map').catch(() => undefined);
	if (usable) await game.quit();
	else {
		game.kill();
		await game.exited;
	}
	return {first: first.ms, usable: usable?.ms};
}

/**
 * One learner session on chapter `pack` (from `list --json`, with its quiz items):
 * map moves, paging every card forth and back, then the chapter quiz.
 */
export async function learnerSession(cli, env, chapters, quizItems, {budgetMs = 20_000, keyTimeoutMs = 60_000} = {}) {
	const game = spawnInPty(cli, [], {env, timeoutMs: keyTimeoutMs});
	const map = sampler(10, budgetMs);
	const cards = sampler(10, budgetMs);
	const answer = sampler(3, budgetMs);
	const next = sampler(3, budgetMs);
	const sure = sampler(3, budgetMs);
	const result = {
		usable: undefined,
		map: map.samples,
		cards: cards.samples,
		answer: answer.samples,
		next: next.samples,
		sure: sure.samples,
		timedOut: undefined,
		/** CPU ms per map key (the game's process, from /proc). */
		mapCpu: Number.NaN,
	};
	// The step being timed, so a frame that never comes is reported as "over the timeout" there.
	let step = 'map usable';
	try {
		result.usable = (await game.waitFor(USABLE, 'the loaded map')).ms;

		// Down the map towards the last chapter and back up (as far as the budget allows).
		step = 'map move';
		let index = 0;
		// CPU time per map key too: unlike key→frame times, it hardly moves with the load on the machine.
		const cpuBefore = game.cpuMs();
		while (index < chapters.length - 1 && !map.done) map.add((await game.press('j', `❯ ${chapters[++index].chapter} `)).ms);
		while (index > 0 && !map.done) map.add((await game.press('k', `❯ ${chapters[--index].chapter} `)).ms);
		result.mapCpu = (game.cpuMs() - cpuBefore) / map.samples.length;
		const chapter = chapters[index];

		// The chapter's cards, from wherever the learner left off, to the end and back.
		step = 'opening cards';
		await game.press(KEY.enter, `Chapter ${chapter.chapter}`);
		const opened = await game.press(KEY.enter, /card (\d+)\/(\d+)/);
		let at = Number(/card (\d+)\//.exec(opened.text)[1]);
		const n = chapter.cards;
		step = 'card page';
		const page = async (key, to) => {
			cards.add((await game.press(key, `card ${to}/${n}`)).ms);
			at = to;
		};
		while (at < n && !cards.done) await page('l', at + 1);
		while (at > 1 && !cards.done) await page('h', at - 1);
		step = 'opening the quiz';
		await game.press(KEY.escape, `Chapter ${chapter.chapter}`);

		// The chapter menu's length varies (simulations, glossary, a short quiz): step down to the quiz.
		for (let i = 0; i < 8 && !game.text().includes('❯ Quiz ·'); i++) await game.press('j', '❯');
		if (!game.text().includes('❯ Quiz ·')) throw new Error('no frame with the quiz selected in the chapter menu');
		// The chapter quiz, each answer timed from its keys to the feedback: Enter for a single
		// choice or true/false, a pick (Space) for multiple choice, a step moved for an order
		// item (an untouched one is no answer); numeric and match items, which need typing, untimed.
		// A frame arrives in several writes: the question is read once its key line (the last) is in.
		const whole = (test) => (t) => test.test(t) && /(q|Ctrl\+C) quit/.test(t);
		let frame = (await game.press(KEY.enter, whole(/question 1\/\d+/))).text;
		const total = Number(/question 1\/(\d+)/.exec(frame)[1]);
		const feedback = /✓ Right|✗ /;
		// An answer is followed by "How sure are you?" (a build before that step shows the feedback
		// at once): the confidence key is the one that grades and saves, timed as `sure`.
		const answered = /How sure are you|✓ Right|✗ /;
		// The game saves an answer just after its feedback is on screen. "Next" is pressed once
		// that save is on disk (the file changes), so it times the key itself: a learner presses
		// it a reaction time (150 ms or more) after the feedback appears, when the save (about
		// 20 ms at 50k answers) is long done. Pressed the instant the feedback shows, it would
		// wait for the save. A build that saves before the feedback has nothing to wait for.
		const file = path.join(env.SD_TRAINER_HOME, 'progress.json');
		const written = () => statSync(file, {throwIfNoEntry: false})?.mtimeMs ?? 0;
		const savedSince = async (before) => {
			for (let waited = 0; written() === before && waited < 5000; waited++) await new Promise((r) => setTimeout(r, 1));
		};
		const sureStep = async (shown) => {
			if (!shown.text.includes('How sure')) return;
			step = 'confidence';
			const graded = await game.press('3', feedback);
			if (!sure.done) sure.add(graded.ms);
		};
		for (let i = 1; i <= total && !(answer.done && next.done); i++) {
			// Prompts wrap over lines, and many start alike ("What does this chapter…"): matched whole.
			const flat = frame.replace(/\s+/g, ' ');
			const item = quizItems.find((q) => flat.includes(q.prompt.en.replace(/\s+/g, ' ').slice(0, 70)));
			step = 'quiz answer';
			const before = written();
			let given;
			if (item?.type === 'numeric') given = await game.press(`${item.answer}\r`, answered);
			else if (item?.type === 'match') given = await game.press(`${'abcdef'.slice(0, item.pairs.length)}\r`, answered);
			else {
				given = await game.press(item?.type === 'multi' ? ' \r' : item?.type === 'order' ? ' j \r' : KEY.enter, answered);
				answer.add(given.ms);
			}
			await sureStep(given);
			await savedSince(before);
			step = 'next question';
			const shown = await game.press(KEY.enter, i < total ? whole(new RegExp(`question ${i + 1}/${total}`)) : 'Quiz finished');
			next.add(shown.ms);
			frame = shown.text;
		}
		await game.quit();
	} catch (error) {
		if (!String(error.message).startsWith('no frame')) throw error;
		result.timedOut = step;
		result.detail = String(error.message);
		game.kill();
		await game.exited;
	}
	return result;
}

/**
 * Everything measured at one log size, on a fresh home with a generated file:
 * plain starts, learner sessions, saves (`timeSaves`, the real store) and `stats --json`.
 */
export async function measureSize(
	cli,
	size,
	{writeProgress, timeSaves, chapters, quizItems, starts, sessions, saves, keyTimeoutMs, progress},
) {
	const home = mkdtempSync(path.join(tmpdir(), 'sd-bench-'));
	try {
		progress(`${size}: writing the progress file`);
		writeProgress(home, size);
		const env = benchEnv({SD_TRAINER_HOME: home});
		const row = {size, mb: statSync(path.join(home, 'progress.json')).size / 1e6, first: [], usable: [], timeouts: []};
		for (const k of ['map', 'cards', 'answer', 'sure', 'next', 'stats']) row[k] = [];
		for (let i = 0; i < starts; i++) {
			progress(`${size}: start ${i + 1}/${starts}`);
			const t = await timeStart(cli, env, 3 * keyTimeoutMs);
			row.first.push(t.first);
			if (t.usable === undefined) row.timeouts.push('map usable');
			else row.usable.push(t.usable);
		}
		for (let i = 0; i < sessions; i++) {
			progress(`${size}: learner session ${i + 1}/${sessions}`);
			const s = await learnerSession(cli, env, chapters, quizItems, {keyTimeoutMs});
			if (s.usable !== undefined) row.usable.push(s.usable);
			if (s.timedOut) {
				row.timeouts.push(s.timedOut);
				console.error(`\n${size} answers, session ${i + 1}: ${s.detail}`);
			}
			for (const k of ['map', 'cards', 'answer', 'sure', 'next']) row[k].push(...s[k]);
		}
		progress(`${size}: saves`);
		const saved = timeSaves(home, saves);
		row.open = saved.open;
		row.saves = saved.saves;
		for (let i = 0; i < 5; i++) {
			progress(`${size}: stats --json ${i + 1}/5`);
			const started = process.hrtime.bigint();
			const r = spawnSync(process.execPath, [cli, 'stats', '--json'], {env, encoding: 'utf8', timeout: 3 * keyTimeoutMs});
			if (r.error?.code === 'ETIMEDOUT') {
				row.timeouts.push('stats --json');
				break;
			}
			if (r.status !== 0 || !r.stdout.startsWith('{')) throw new Error(`stats --json failed: ${r.stderr}`);
			row.stats.push(Number(process.hrtime.bigint() - started) / 1e6);
		}
		return row;
	} finally {
		rmSync(home, {recursive: true, force: true});
	}
}

/**
 * Learner sessions of two builds side by side (`clis` = {game, baseline}), taking
 * turns (game first in even rounds, baseline first in odd ones), each session on
 * a fresh copy of the same progress file, so both meet the same log and the same
 * load on the machine. The file is first opened once by the measured build, as a
 * learner's first start would (old answers packed into the archive).
 */
export async function pairedSessions(clis, size, {writeProgress, chapters, quizItems, sessions, keyTimeoutMs, progress}) {
	const pristine = mkdtempSync(path.join(tmpdir(), 'sd-bench-'));
	const out = Object.fromEntries(
		Object.keys(clis).map((k) => [
			k,
			{map: [], cards: [], answer: [], sure: [], next: [], usable: [], mapCpu: [], perSession: [], timeouts: []},
		]),
	);
	try {
		progress(`${size}: writing the progress file (paired)`);
		writeProgress(pristine, size);
		await timeStart(clis.game, benchEnv({SD_TRAINER_HOME: pristine}), 3 * keyTimeoutMs);
		for (let i = 0; i < sessions; i++) {
			const order = i % 2 ? Object.keys(clis).reverse() : Object.keys(clis);
			for (const name of order) {
				progress(`${size}: paired session ${i + 1}/${sessions}, ${name}`);
				const home = mkdtempSync(path.join(tmpdir(), 'sd-bench-'));
				try {
					copyFileSync(path.join(pristine, 'progress.json'), path.join(home, 'progress.json'));
					const s = await learnerSession(clis[name], benchEnv({SD_TRAINER_HOME: home}), chapters, quizItems, {keyTimeoutMs});
					// A frame that never came is reported (with what was on screen); the samples before it count.
					if (s.timedOut) out[name].timeouts.push(`${s.timedOut}: ${s.detail}`);
					out[name].usable.push(s.usable);
					out[name].mapCpu.push(s.mapCpu);
					for (const k of ['map', 'cards', 'answer', 'sure', 'next']) out[name][k].push(...s[k]);
					out[name].perSession.push(s);
				} finally {
					rmSync(home, {recursive: true, force: true});
				}
			}
		}
		return out;
	} finally {
		rmSync(pristine, {recursive: true, force: true});
	}
}
