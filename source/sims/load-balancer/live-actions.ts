import type {LiveAction} from '../types.js';
import type {LoadBalancerState} from './engine.js';

/** Take the last server that is up down (never the last one), or bring one back. */
export const loadBalancerLiveActions: readonly LiveAction<LoadBalancerState>[] = [
	{
		label: {ko: '서버 내리기', en: 'server down'},
		make: (s) => {
			const up = s.main.servers.flatMap((x, i) => (x.down ? [] : [i]));
			const last = s.params.servers[up.at(-1) ?? -1];
			return up.length > 1 && last ? {type: 'setDown', server: last.name, down: true} : undefined;
		},
	},
	{
		label: {ko: '서버 올리기', en: 'server up'},
		make: (s) => {
			const down = s.params.servers[s.main.servers.findIndex((x) => x.down)];
			return down ? {type: 'setDown', server: down.name, down: false} : undefined;
		},
	},
];
