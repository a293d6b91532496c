import {describe, expect, it} from 'vitest';
import {BEST_PRACTICE, type OAuthFlowState, oauthFlow, oauthFlowSim} from '../../source/sims/oauth-flow/index.js';
import {oauthFlowView as view} from '../../source/sims/oauth-flow/view.js';
import {expectViewFitsEverySize, expectViewLeavesStateAlone, runStates} from '../support/sims.js';

const states = (params: object, seed = 1) => runStates<OAuthFlowState>(oauthFlow, params, seed);
const texts = (s: OAuthFlowState, w: number, r: number, lang: 'ko' | 'en') => view(s, w, r, lang).map((l) => l.text);

// The drawing's box: 56×5 on a 60×16 terminal, 76×13 on 80×24, 116×29 on 120×40 (eleven parameters, live actions, challenges).
describe('oauth-flow view', () => {
	const lax = states({});
	const guarded = states({attack: 'stolen-code', pkce: 'S256', stateCheck: true});

	it('starts with the round, what its attack tries and an empty matrix (60×16)', () => {
		expect(view(lax[0]!, 56, 5, 'en')).toEqual([
			{text: 'round 1/7 · stolen code · blocked 0 · worked 0', color: 'cyan'},
			{text: '» a malicious app catches the redirect with the code'},
			{text: '»code ·CSRF ·redirect ·replay ·late ·implicit ·refresh'},
		]);
	});

	it('says the last messages in words at 60×16, the attacker marked with !, and the verdict', () => {
		// Message 9 ends round 1: the app that caught the code got the user's photos; round 2 (CSRF) is next.
		expect(view(lax[9]!, 56, 5, 'ko')).toEqual([
			{text: '라운드 1/7 · 코드 가로채기 · 막음 0 · 뚫림 1', color: 'cyan'},
			{text: '! 공격자 → 사진 서버: GET /photos Bearer', color: 'yellow'},
			{text: '! 사진 서버 → 공격자: 사용자의 사진', color: 'red'},
			{text: '✗ 뚫렸다 — 공격자가 사용자의 토큰으로 사진을 가져갔다', color: 'red'},
			{text: '✗가로챔 »CSRF ·URI ·재사용 ·늦은 ·암묵 ·리프레시'},
		]);
	});

	it('grows a sequence diagram at 80×24: the refused exchange ends in ✗ and the verdict names PKCE', () => {
		const last = guarded.at(-1)!;
		expect(view(last, 76, 13, 'en')).toEqual([
			{text: 'round 1/1 · stolen code · 6 msgs · 6 s · blocked 1 · worked 0', color: 'cyan'},
			{text: '     user        Print Magic    authz server   photo server     attacker', color: 'cyan'},
			{text: '       │─── start ───▶│               │              │              │'},
			{text: '       │              │─ authorize ──▶│              │              │'},
			{text: '       │◀──────── login page ─────────│              │              │'},
			{text: '       │────── log in, consent ──────▶│              │              │'},
			{text: '!      │              │               │════════ code+state ════════▶│', color: 'yellow'},
			{text: '✗      │              │               │✗═══ /token code+verifier ═══│', color: 'green'},
			{text: '✓ blocked — PKCE (invalid_grant: PKCE verification failed)', color: 'green'},
			{text: '✓ stolen code(PKCE)  · CSRF login  · redirect URI abuse  · code replay'},
			{text: '· late code  · implicit token leak  · refresh token theft'},
		]);
		expect(texts(last, 76, 13, 'ko')).toEqual([
			'라운드 1/1 · 코드 가로채기 · 메시지 6 · 6초 · 막음 1 · 뚫림 0',
			'    사용자       프린트 매직      인가 서버      사진 서버       공격자',
			'       │─ 인쇄 요청 ─▶│               │              │              │',
			'       │              │─ authorize ──▶│              │              │',
			'       │◀──────── 로그인 화면 ────────│              │              │',
			'       │──────── 로그인·동의 ────────▶│              │              │',
			'!      │              │               │════════ code+state ════════▶│',
			'✗      │              │               │✗═══ /token code+verifier ═══│',
			'✓ 막았다 — PKCE (invalid_grant: PKCE verification failed)',
			'✓ 코드 가로채기(PKCE)  · CSRF 로그인  · 리디렉션 URI 악용  · 코드 재사용',
			'· 늦은 코드  · 암묵적 토큰 유출  · 리프레시 토큰 탈취',
		]);
		// One arrow more per step: the diagram grows with the run.
		expect(guarded.map((s) => view(s, 76, 13, 'en').length)).toEqual([5, 6, 7, 8, 9, 10, 11]);
	});

	it('scrolls a long round, keeping its last messages, and drops the attacker column when none plays', () => {
		const normal = states({attack: 'none'}).at(-1)!;
		expect(texts(normal, 76, 13, 'en').slice(0, 4)).toEqual([
			'round 1/1 · normal flow · 11 msgs · 11 s · blocked 0 · worked 0',
			'       user            Print Magic       authz server       photo server',
			'⋮ 4 earlier messages',
			'         │                  │◀───── code ──────│                  │',
		]);
		expect(texts(normal, 76, 13, 'en')[10]).toBe("✓ normal flow — Print Magic got the user's photos");
	});

	it('fills the defense × attack grid at 120×40, ■ under the defense that stopped each attack', () => {
		const all = states(BEST_PRACTICE).at(-1)!;
		const lines = texts(all, 116, 29, 'en');
		expect(lines[1]).toBe(`${' '.repeat(58)}╭───── Snap Store ─────╮`);
		expect(lines.slice(-9)).toEqual([
			'attack              PKCE   state  URI=   life   1-use  secret no-imp rotate result',
			'now set             S256   on     exact  1m     on     no     on     on',
			'stolen code         ■      ·      ·      ·      ·      ·      ·      ·      ✓ blocked',
			'CSRF login          ·      ■      ·      ·      ·      ·      ·      ·      ✓ blocked',
			'redirect URI abuse  ·      ·      ■      ·      ·      ·      ·      ·      ✓ blocked',
			'code replay         ·      ·      ·      ·      ■      ·      ·      ·      ✓ blocked',
			'late code           ·      ·      ·      ■      ·      ·      ·      ·      ✓ blocked',
			'implicit token leak ·      ·      ·      ·      ·      ·      ■      ·      ✓ blocked',
			'refresh token theft ·      ·      ·      ·      ·      ·      ·      ■      ✓ blocked',
		]);
		expect(texts(lax.at(-1)!, 116, 29, 'ko').at(-1)).toBe(
			'리프레시 토큰 탈취 ·      ·      ·      ·      ·      ·      ·      ·      ✗ 뚫림',
		);
	});

	it('marks every refusal and attacker move with a character, not colour alone', () => {
		for (const s of [lax.at(-1)!, states(BEST_PRACTICE).at(-1)!])
			for (const lang of ['en', 'ko'] as const)
				for (const line of view(s, 76, 13, lang)) {
					if (line.color === 'green') expect(line.text).toMatch(/^✓|^✗/);
					if (line.color === 'red') expect(line.text).toMatch(/^!|^✗/);
					if (line.color === 'yellow') expect(line.text).toMatch(/^!/);
				}
	});

	it('fits every box in both languages, after a launched attack too, and leaves the state alone', () => {
		const sizes: [number, number][] = [
			[56, 1],
			[56, 3],
			[56, 5],
			[56, 7],
			[40, 8],
			[76, 13],
			[116, 29],
			[90, 22],
		];
		const launched = oauthFlow.step(lax.at(-1)!, {type: 'attack', attack: 'csrf-login'});
		// Every third state of the lax run (each round's start and end among them), the guarded one whole.
		const some = lax.filter((_, i) => i % 3 === 0);
		expectViewFitsEverySize(view, [...some, ...guarded, launched, oauthFlow.step(launched, {type: 'tick'})], sizes);
		expectViewLeavesStateAlone(view, lax, {freeze: true});
		expect(oauthFlowSim.view).toBe(view);
	});
});
