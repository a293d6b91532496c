import type {Localized} from '../../content/schema.js';
import type {PickWhy} from './algorithms.js';
import type {LoadBalancerAction, LoadBalancerState} from './engine.js';
import type {Arrival} from './run.js';

/** Why the request went where it did, in both languages. */
function reason(why: PickWhy): Localized {
	switch (why.kind) {
		case 'turn':
			return why.skipped
				? {en: `next in turn, past ${why.skipped} full`, ko: `꽉 찬 서버 ${why.skipped}대를 건너뛴 차례라서`}
				: {en: 'next in turn', ko: '차례라서'};
		case 'sticky':
			return {en: `client ${why.client} stays with it`, ko: `클라이언트 ${why.client}에 붙은 서버라서`};
		case 'weight':
			return {en: `weighted turn (weight ${why.weight})`, ko: `가중치 ${why.weight}의 차례라서`};
		case 'hash':
			return {en: `hash of ${why.prefix}.x`, ko: `${why.prefix}.x의 해시라서`};
		case 'fewest':
			return {en: `fewest open connections (${why.open})`, ko: `열린 연결이 가장 적어서(${why.open})`};
		case 'fastest':
			return why.srtt === null
				? {en: 'not tried yet', ko: '아직 안 써 봐서'}
				: {en: `fastest lately (${Math.round(why.srtt)}ms)`, ko: `최근 가장 빨라서(${Math.round(why.srtt)}ms)`};
		case 'none':
			return {en: 'no server is up', ko: '켜진 서버가 없어서'};
	}
}

function sentence(a: Arrival, names: readonly string[]): Localized {
	const req = `#${a.id + 1}`;
	const why = reason(a.why);
	if (a.server < 0) return {en: `req ${req} dropped: no server could take it`, ko: `요청 ${req} 버림: 받을 서버가 없다`};
	const name = names[a.server] ?? '?';
	if (a.dropped)
		return {
			en: `req ${req} → ${name} (${why.en}), but ${name} is full: dropped`,
			ko: `요청 ${req} → ${name}(${why.ko}), 그러나 ${name}에 빈자리가 없어 버린다`,
		};
	return {en: `req ${req} → ${name}: ${why.en}`, ko: `요청 ${req} → ${name}: ${why.ko}`};
}

/** One sentence per request that arrived in the step (the main algorithm's run), or for a server taken out or back. */
export function narrateLoadBalancer(
	prev: LoadBalancerState,
	next: LoadBalancerState,
	action: LoadBalancerAction | {type: 'tick'},
): Localized[] {
	if (action.type === 'setDown') {
		return action.down
			? [
					{
						en: `server ${action.server} taken out of rotation (open connections finish)`,
						ko: `서버 ${action.server} 중단: 순환에서 뺀다(열린 연결은 끝까지 처리한다)`,
					},
				]
			: [{en: `server ${action.server} back in rotation`, ko: `서버 ${action.server} 복귀: 다시 순환에 넣는다`}];
	}
	if (next.main === prev.main) return [];
	const names = next.params.servers.map((s) => s.name);
	return next.main.latest.map((a) => sentence(a, names));
}
