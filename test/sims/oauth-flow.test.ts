import {describe, expect, it} from 'vitest';
import {
	ATTACK_KEYS,
	ATTACKS,
	BEST_PRACTICE,
	EXPECTED_BLOCKERS,
	narrate,
	narrateMessage,
	type OAuthFlowAction,
	type OAuthFlowParams,
	type OAuthFlowState,
	type OAuthFlowSummary,
	oauthFlow,
	oauthFlowChallenges,
	oauthFlowLiveActions,
	oauthFlowPredictions,
} from '../../source/sims/oauth-flow/index.js';
import {loadPackDir} from '../../source/content/load-packs.js';
import {oauthFlowSim} from '../../source/sims/oauth-flow/index.js';
import {challengeOf} from '../../source/sims/oauth-flow/secrets.js';
import {challengeMet, mainGoal, meets} from '../../source/sims/run.js';
import {deepFreeze} from '../support/sims.js';

const params = (extra: Partial<OAuthFlowParams> = {}) => oauthFlow.params.parse(extra);

function run(extra: Partial<OAuthFlowParams> = {}, seed = 1): OAuthFlowState {
	let s = oauthFlow.init(params(extra), seed);
	while (!oauthFlow.done(s)) s = oauthFlow.step(s, {type: 'tick'});
	return s;
}
const summaryOf = (extra: Partial<OAuthFlowParams> = {}, seed = 1): OAuthFlowSummary => oauthFlow.summary(run(extra, seed));

/** Every combination of the defence settings (and of the attacker's assumed view of the request). */
function allSettings(): Partial<OAuthFlowParams>[] {
	const out: Partial<OAuthFlowParams>[] = [];
	for (const pkce of ['off', 'plain', 'S256'] as const)
		for (const stateCheck of [false, true])
			for (const redirectMatch of ['prefix', 'exact'] as const)
				for (const codeLifetime of [60, 3600])
					for (const singleUseCode of [false, true])
						for (const clientType of ['public', 'confidential'] as const)
							for (const implicitAllowed of [false, true])
								for (const refreshRotation of [false, true])
									for (const attackerSeesRequest of [false, true])
										out.push({
											pkce,
											stateCheck,
											redirectMatch,
											codeLifetime,
											singleUseCode,
											clientType,
											implicitAllowed,
											refreshRotation,
											attackerSeesRequest,
										});
	return out;
}

describe('oauth-flow: PKCE with a real SHA-256', () => {
	it('reproduces RFC 7636 Appendix B', () => {
		expect(challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', 'S256')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
		expect(challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk', 'plain')).toBe('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
	});

	it('sends a 43-character verifier and its S256 challenge', () => {
		const {pkce} = summaryOf({pkce: 'S256', attack: 'none'});
		expect(pkce?.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(pkce?.challenge).toBe(challengeOf(pkce!.verifier, 'S256'));
		const s = run({pkce: 'S256', attack: 'none'});
		expect(s.messages.find((m) => m.kind === 'authorize')?.fields).toMatchObject({
			code_challenge: pkce?.challenge,
			code_challenge_method: 'S256',
		});
		expect(s.messages.find((m) => m.kind === 'token-request')?.fields.code_verifier).toBe(pkce?.verifier);
	});
});

describe('oauth-flow: the defence × attack matrix', () => {
	const settings = allSettings();

	it('blocks exactly the expected cells over every setting (768 × 7)', () => {
		let blockedCells = 0;
		for (const setting of settings) {
			const p = params(setting);
			const {rounds} = summaryOf(setting);
			expect(rounds.map((r) => r.attack)).toEqual([...ATTACKS]);
			for (const r of rounds) {
				if (r.attack === 'none') continue;
				const expected = EXPECTED_BLOCKERS[r.attack](p);
				const where = `${r.attack} with ${JSON.stringify(setting)}`;
				expect(r.succeeded, where).toBe(expected.length === 0);
				if (!r.succeeded) {
					blockedCells++;
					expect(expected, where).toContain(r.blockedBy);
				}
			}
		}
		// The table counted by hand (of 768 settings): stolen code 576 (S256 384 incl. plain unseen, else confidential 192),
		// CSRF 640, redirect 480, replay 672, expired 672, implicit 384, refresh 576. A change in either shows here.
		expect(blockedCells).toBe(576 + 640 + 480 + 672 + 672 + 384 + 576);
	});

	it('plays each attack alone exactly as in the run of all seven', () => {
		for (const setting of settings.filter((_, i) => i % 7 === 0)) {
			const all = summaryOf(setting).rounds;
			for (const attack of ATTACKS) {
				const [alone] = summaryOf({...setting, attack}).rounds;
				const inAll = all.find((r) => r.attack === attack)!;
				expect({...alone, round: 0}).toEqual({...inAll, round: 0});
			}
		}
	});

	it('with all RFC 9700 defences on, the attacker never holds a token, for every attack and client type', () => {
		for (const clientType of ['public', 'confidential'] as const)
			for (const attackerSeesRequest of [true, false]) {
				const s = run({...BEST_PRACTICE, clientType, attackerSeesRequest});
				const summary = oauthFlow.summary(s);
				expect(summary.attacksTried).toBe(7);
				expect(summary.attacksSucceeded).toBe(0);
				expect(summary.attackerGotToken).toBe(false);
				expect(summary.attackerUsableTokens).toBe(0);
				// No message ever hands the attacker a working victim token.
				for (const m of s.messages.filter((x) => x.to === 'attacker' && x.ok))
					expect(m.kind, JSON.stringify(m)).not.toMatch(/token-(response|in-url)/);
			}
	});

	it('with no defences every attack succeeds, and the attacker keeps usable tokens', () => {
		const summary = summaryOf();
		expect(summary.attacksSucceeded).toBe(7);
		expect(Object.values(summary.blocked).every((b) => b === false)).toBe(true);
		expect(summary.attackerUsableTokens).toBeGreaterThan(0);
	});

	it('redeems a code at most once when single use is on, and twice in a replay when it is off', () => {
		for (const setting of settings) {
			const {maxRedemptions} = summaryOf({...setting, attack: 'code-replay'});
			if (setting.singleUseCode) expect(maxRedemptions, JSON.stringify(setting)).toBeLessThanOrEqual(1);
		}
		expect(summaryOf({attack: 'code-replay'}).maxRedemptions).toBe(2);
	});

	it('revokes the tokens a replayed code gave (RFC 6749 §4.1.2)', () => {
		const {tokens} = summaryOf({attack: 'code-replay', singleUseCode: true});
		expect(tokens.filter((t) => t.heldBy.includes('client')).map((t) => t.valid)).toEqual([false, false]);
	});

	it('leaves the normal flow working under every setting', () => {
		for (const setting of settings) {
			const summary = summaryOf({...setting, attack: 'none'});
			expect(summary.clientGotPhotos, JSON.stringify(setting)).toBe(1);
			expect(summary.tokens.every((t) => t.valid && t.account === 'victim' && t.heldBy.join() === 'client')).toBe(true);
		}
	});

	it('fills one cell per attack id, keyed for challenge goals', () => {
		expect(Object.keys(summaryOf().matrix)).toEqual(Object.values(ATTACK_KEYS));
		expect(summaryOf({attack: 'implicit-leak', implicitAllowed: false}).matrix).toMatchObject({
			implicitLeak: {outcome: 'blocked', blockedBy: 'noImplicit'},
			stolenCode: {outcome: 'untried', blockedBy: null},
		});
	});
});

describe('oauth-flow: engine contract', () => {
	it('is deterministic per seed: same seed same run, other seeds other secrets but the same outcomes', () => {
		expect(run({}, 5)).toEqual(run({}, 5));
		const a = summaryOf(BEST_PRACTICE, 1);
		const b = summaryOf(BEST_PRACTICE, 2);
		expect(a.pkce?.verifier).not.toBe(b.pkce?.verifier);
		expect(a.rounds).toEqual(b.rounds);
	});

	it('never mutates a state', () => {
		for (const extra of [{}, BEST_PRACTICE]) {
			let s = deepFreeze(oauthFlow.init(params(extra), 3));
			while (!oauthFlow.done(s)) s = deepFreeze(oauthFlow.step(s, {type: 'tick'}));
			deepFreeze(oauthFlow.step(s, {type: 'attack', attack: 'refresh-theft'}));
		}
	});

	it('sends one message per tick and ends on the last one', () => {
		let s = oauthFlow.init(params(), 1);
		let ticks = 0;
		while (!oauthFlow.done(s)) {
			const before = s.messages.length;
			s = oauthFlow.step(s, {type: 'tick'});
			ticks++;
			expect(s.messages.length).toBe(before + 1);
		}
		expect(ticks).toBe(s.messages.length);
	});

	it('summarises as plain JSON', () => {
		const summary = summaryOf(BEST_PRACTICE);
		expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
	});

	it('plays a launched attack as one more round, even after the run ended', () => {
		const ended = run({attack: 'none'});
		expect(oauthFlow.done(ended)).toBe(true);
		const action = oauthFlowLiveActions[6]!.make(ended) as OAuthFlowAction;
		let s = oauthFlow.step(ended, action);
		expect(oauthFlow.done(s)).toBe(false);
		while (!oauthFlow.done(s)) s = oauthFlow.step(s, {type: 'tick'});
		expect(oauthFlow.summary(s).rounds.map((r) => [r.attack, r.succeeded])).toEqual([
			['none', false],
			['refresh-theft', true],
		]);
		expect(oauthFlow.step(ended, {type: 'attack', attack: 'nope' as never}).note).toMatch(/unknown attack/);
	});
});

describe('oauth-flow: narration', () => {
	it('says each step in one sentence, in Korean and English', () => {
		for (const extra of [{}, BEST_PRACTICE, {pkce: 'plain' as const, stateCheck: true}]) {
			const s = run(extra);
			for (const m of s.messages)
				for (const lang of ['ko', 'en'] as const) {
					const text = narrateMessage(m, s.plan[m.round]!, lang, s.params.leakDelay);
					expect(text).not.toMatch(/undefined|null|NaN/);
					if (lang === 'ko') expect(text, text).toMatch(/다( \(.*\))?( → 거절된다: .*)?$/);
				}
		}
	});

	it('names the state and challenge the client sends, and the defence that refused', () => {
		let s = oauthFlow.init(params({...BEST_PRACTICE, attack: 'stolen-code'}), 1);
		s = oauthFlow.step(oauthFlow.step(s, {type: 'tick'}), {type: 'tick'});
		const m = s.messages.at(-1)!;
		const state = m.fields.state!.slice(0, 8);
		const challenge = m.fields.code_challenge!.slice(0, 8);
		expect(narrate(s, 'ko')).toBe(`프린트 매직이 브라우저를 인가 서버로 보낸다 (state=${state}…, code_challenge=${challenge}…)`);
		expect(narrate(s, 'en')).toBe(
			`Print Magic sends the browser to the authorization server (state=${state}…, code_challenge=${challenge}…)`,
		);
		while (!oauthFlow.done(s)) s = oauthFlow.step(s, {type: 'tick'});
		expect(narrate(s, 'en')).toMatch(
			/^The attacker tries to exchange the code for tokens .* → refused: invalid_grant: PKCE verification failed \(PKCE\)$/,
		);
		expect(narrate(s, 'ko')).toMatch(/→ 거절된다: invalid_grant: PKCE verification failed \(PKCE\)$/);
	});
});

describe('oauth-flow: challenges and predictions', () => {
	const seeds = Array.from({length: 20}, (_, i) => i + 1);
	const degenerate: Record<string, Partial<OAuthFlowParams>[]> = {
		'oauth-stolen-code-phone': [{pkce: 'plain'}, {clientType: 'confidential'}, {pkce: 'plain', attackerSeesRequest: false}],
		'oauth-csrf-without-state': [{stateCheck: true}, {stateCheck: true, pkce: 'S256'}],
		'oauth-refresh-theft-spa': [{clientType: 'confidential'}, {singleUseCode: true}],
		'oauth-late-code-no-pkce': [{codeLifetime: 600}, {codeLifetime: 60, leakDelay: 61}, {pkce: 'S256'}],
		// With S256 on, state, the short life and single use are backups (S256 alone stops CSRF, replay and the
		// late code), so the minimal set is S256, exact redirect, no implicit grant and rotation: drop any one and it fails.
		'oauth-block-all-public': [
			...(['pkce', 'redirectMatch', 'implicitAllowed', 'refreshRotation'] as const).map((k) => ({...BEST_PRACTICE, [k]: params()[k]})),
			{...BEST_PRACTICE, pkce: 'plain' as const},
			{...BEST_PRACTICE, clientType: 'confidential' as const},
			{...BEST_PRACTICE, attack: 'none' as const},
		],
	};

	it('needs only S256, exact redirect, no implicit grant and rotation to block all seven for a public client', () => {
		const minimal = {pkce: 'S256', redirectMatch: 'exact', implicitAllowed: false, refreshRotation: true} as const;
		expect(summaryOf(minimal).attacksSucceeded).toBe(0);
	});

	it('has at least three challenges and a prediction', () => {
		expect(oauthFlowChallenges.length).toBeGreaterThanOrEqual(3);
		expect(oauthFlowPredictions.length).toBeGreaterThanOrEqual(1);
		expect(Object.keys(degenerate).sort()).toEqual(oauthFlowChallenges.map((c) => c.id).sort());
	});

	/** Met as the screen judges it: the goal holds and what the challenge keeps is as the pack's params (the defaults) set it. */
	const met = (c: (typeof oauthFlowChallenges)[number], setting: Partial<OAuthFlowParams>, seed = 1) =>
		challengeMet(c, params(), params(setting), summaryOf(setting, seed));

	it.each(oauthFlowChallenges.map((c) => [c.id, c] as const))(
		'%s: the defaults fail, the solution holds on 20 seeds, degenerate settings fail',
		(id, c) => {
			for (const seed of seeds) {
				expect(met(c, {}, seed), `defaults, seed ${seed}`).toBe(false);
				expect(met(c, {attack: 'none'}, seed), `no attack, seed ${seed}`).toBe(false);
				expect(met(c, c.solution, seed), `solution, seed ${seed}`).toBe(true);
				// Nothing tried means nothing blocked.
				expect(met(c, {...c.solution, attack: 'none'}, seed), `solution with no attack, seed ${seed}`).toBe(false);
			}
			for (const setting of degenerate[id]!) expect(met(c, setting), JSON.stringify(setting)).toBe(false);
		},
	);

	it('refuses the shortcuts the bare goal would count: changing the scenario the challenge keeps', () => {
		const shortcuts: [string, Partial<OAuthFlowParams>][] = [
			// A secret, or an attacker who cannot read the request (then plain hides the verifier too).
			['oauth-stolen-code-phone', {clientType: 'confidential'}],
			['oauth-stolen-code-phone', {pkce: 'plain', attackerSeesRequest: false}],
			['oauth-csrf-without-state', {stateCheck: true}],
			['oauth-refresh-theft-spa', {clientType: 'confidential'}],
			// The code turning up later than its hour of life, or PKCE, instead of a short life.
			['oauth-late-code-no-pkce', {leakDelay: 7200}],
			['oauth-late-code-no-pkce', {pkce: 'S256'}],
			['oauth-block-all-public', {...BEST_PRACTICE, clientType: 'confidential'}],
			['oauth-block-all-public', {...BEST_PRACTICE, pkce: 'plain', attackerSeesRequest: false}],
		];
		for (const [id, shortcut] of shortcuts) {
			const c = oauthFlowChallenges.find((x) => x.id === id)!;
			expect(meets(summaryOf(shortcut), c.goal), `${id} goal alone with ${JSON.stringify(shortcut)}`).toBe(true);
			expect(met(c, shortcut), `${id} with ${JSON.stringify(shortcut)}`).toBe(false);
		}
	});

	it('the S256-alone prediction has one answer on every seed: three attacks still succeed', () => {
		const [prediction] = oauthFlowPredictions;
		for (const seed of seeds) expect(summaryOf(prediction!.params, seed).attacksSucceeded).toBe(3);
		expect(summaryOf(prediction!.params).matrix).toMatchObject({
			redirectAbuse: {outcome: 'succeeded'},
			implicitLeak: {outcome: 'succeeded'},
			refreshTheft: {outcome: 'succeeded'},
		});
	});
});

describe('oauth-flow: as the screen plays it', () => {
	/** Every narrated line of a run, step by step. */
	function told(extra: Partial<OAuthFlowParams>) {
		let s = oauthFlow.init(params(extra), 1);
		const steps: ReturnType<NonNullable<typeof oauthFlowSim.narrate>>[] = [];
		while (!oauthFlow.done(s)) {
			const next = oauthFlow.step(s, {type: 'tick'});
			steps.push(oauthFlowSim.narrate!(s, next, {type: 'tick'}));
			s = next;
		}
		return steps;
	}

	it('announces a round, says each message, and closes the round with its verdict', () => {
		const steps = told({});
		expect(steps[0]!.map((l) => l.en)).toEqual([
			'round 1: stolen code — a malicious app catches the redirect with the code',
			'The user asks Print Magic to print photos (scope=photos.read)',
		]);
		expect(steps[0]![0]!.ko).toBe('1라운드: 코드 가로채기. 휴대폰의 악성 앱이 코드가 담긴 리디렉션을 가로챈다');
		// Message 9 (the photos handed to the attacker) ends round 1.
		expect(steps[8]!.at(-1)).toEqual({
			en: "round 1, stolen code: the attack worked — the attacker holds the user's token",
			ko: '1라운드 코드 가로채기: 뚫린다. 공격자가 사용자의 토큰을 쥔다',
		});
		const guarded = told({attack: 'stolen-code', pkce: 'S256'});
		expect(guarded.at(-1)!.at(-1)).toEqual({en: 'round 1, stolen code: blocked (PKCE)', ko: '1라운드 코드 가로채기: 막힌다 (PKCE)'});
	});

	it('narrates every step of every setting in one sentence per event, Korean in 한다체', () => {
		for (const extra of [{}, BEST_PRACTICE, {attack: 'none' as const}, {pkce: 'plain' as const, clientType: 'confidential' as const}]) {
			const steps = told(extra);
			expect(steps.every((lines) => lines.length >= 1)).toBe(true);
			for (const line of steps.flat()) {
				expect(`${line.en}${line.ko}`).not.toMatch(/undefined|null|NaN|\n/);
				expect(line.ko, line.ko).toMatch(/다( \(.*\))?( → 거절된다: .*)?$/);
			}
		}
	});

	it('says when a launched attack plays: at once after the run, or after the rounds before it', () => {
		const ended = run({attack: 'none'});
		const now = oauthFlow.step(ended, {type: 'attack', attack: 'code-replay'});
		expect(oauthFlowSim.narrate!(ended, now, {type: 'attack', attack: 'code-replay'})).toEqual([
			{en: 'attack launched: code replay plays now as round 2', ko: '공격 시작: 코드 재사용. 바로 2라운드로 돈다'},
		]);
		const start = oauthFlow.init(params(), 1);
		const queued = oauthFlow.step(start, {type: 'attack', attack: 'csrf-login'});
		expect(oauthFlowSim.narrate!(start, queued, {type: 'attack', attack: 'csrf-login'})[0]!.en).toBe(
			'attack queued: CSRF login plays as round 8, after the rounds before it',
		);
	});

	it('names the RFC section behind every defense, and marks the modelling numbers as assumed', () => {
		const defenses = [
			'pkce',
			'stateCheck',
			'redirectMatch',
			'codeLifetime',
			'singleUseCode',
			'clientType',
			'implicitAllowed',
			'refreshRotation',
		];
		for (const name of defenses) expect(oauthFlowSim.params![name]!.source, name).toMatch(/RFC (6749|7636|9700)\b.*§\d/);
		expect(oauthFlowSim.params!.leakDelay!.assumed).toBe(true);
		expect(oauthFlowSim.params!.attackerSeesRequest!.assumed).toBe(true);
		expect(Object.keys(oauthFlowSim.params!).sort()).toEqual(Object.keys(oauthFlow.paramHelp).sort());
	});

	it('offers in the pack the same challenges, in the same order; the first asks for a prediction of the attacks that work', () => {
		const {packs} = loadPackDir('lessons/51-oauth2.yaml');
		const sim = packs[0]!.simulations.find((x) => x.engine === 'oauth-flow')!;
		expect(sim.challenges).toEqual(oauthFlowChallenges);
		expect(mainGoal(sim.challenges[0]!.goal)?.metric).toBe('attacksSucceeded');
		expect(Object.keys(oauthFlowSim.results!)[0]).toBe('attacksSucceeded');
		// The lax defaults: all seven work; S256 alone leaves three (the prediction worth making).
		expect(summaryOf().attacksSucceeded).toBe(7);
		expect(summaryOf({pkce: 'S256'}).attacksSucceeded).toBe(3);
	});
});
