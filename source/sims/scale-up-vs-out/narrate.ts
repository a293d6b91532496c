/** What a step of the scale-up-vs-out run did: one sentence per traffic level, and one per server taken down or brought back. */
import type {Localized} from '../../content/schema.js';
import {grouped} from '../api-evolution/format.js';
import type {ScaleUpVsOutAction, ScaleUpVsOutState} from './engine.js';
import {deployedServers, stages} from './model.js';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function narrateScaleUpVsOut(
	prev: ScaleUpVsOutState,
	next: ScaleUpVsOutState,
	action: ScaleUpVsOutAction | {type: 'tick'},
): Localized[] {
	const p = next.params;
	if (action.type === 'restore') {
		if (prev.failed === 0) return [];
		return [{en: `all ${deployedServers(p)} servers are back`, ko: `서버 ${deployedServers(p)}대가 모두 돌아왔다`}];
	}
	if (action.type === 'fail-server') {
		if (next.failed === prev.failed) return [];
		const down = stages(p, 1, next.failed).find((s) => s.servers < s.deployed)!;
		const left = `${down.servers}/${down.deployed}`;
		if (down.servers === 0)
			return [
				{
					en: `${down.name} has no server left: every page that needs it fails`,
					ko: `${down.name}에 남은 서버가 없다: 이 서비스가 필요한 페이지는 모두 실패한다`,
				},
			];
		return [
			{
				en: `a server of ${down.name} goes down: ${left} carry its load`,
				ko: `${down.name}의 서버 한 대가 멈췄다: ${left}대가 부하를 나눠 진다`,
			},
		];
	}
	const l = next.levels.at(-1);
	if (!l || next.levels.length === prev.levels.length) return [];
	const rate = grouped(Math.round(p.pageLoadsPerSecond * l.traffic));
	if (!Number.isFinite(l.cpu)) {
		const gone = stages(p, l.traffic, next.failed).find((s) => s.servers === 0)?.name ?? 'web';
		return [
			{
				en: `traffic ×${l.traffic} (${rate} pages/s): ${gone} has no server left, so every page fails`,
				ko: `트래픽 ×${l.traffic}(초당 ${rate} 페이지): ${gone}에 남은 서버가 없어 모든 페이지가 실패한다`,
			},
		];
	}
	if (l.p50Ms === null || l.p99Ms === null)
		return [
			{
				en: `traffic ×${l.traffic} (${rate} pages/s): the busiest server would need ${pct(l.cpu)} of its cores, so pages queue without end`,
				ko: `트래픽 ×${l.traffic}(초당 ${rate} 페이지): 가장 바쁜 서버에 코어의 ${pct(l.cpu)}가 필요해 페이지가 끝없이 쌓인다`,
			},
		];
	return [
		{
			en: `traffic ×${l.traffic} (${rate} pages/s): busiest server at ${pct(l.cpu)} CPU, page p50 ${l.p50Ms} ms, p99 ${l.p99Ms} ms`,
			ko: `트래픽 ×${l.traffic}(초당 ${rate} 페이지): 가장 바쁜 서버 CPU ${pct(l.cpu)}, 페이지 p50 ${l.p50Ms} ms, p99 ${l.p99Ms} ms다`,
		},
	];
}
