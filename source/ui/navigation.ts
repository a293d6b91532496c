import type {PackIndex} from '../content/pack-index.js';
import type {Session} from '../quiz/session.js';
import type {SimRun} from '../sims/sim-run.js';

/** Where the learner is: a stack of screens, the top one showing. */
export type Route =
	| {name: 'home'}
	| {name: 'chapter'; pack: PackIndex}
	| {name: 'cards'; pack: PackIndex; card?: string}
	| {name: 'quiz'; session: Session}
	| {name: 'stats'}
	| {name: 'sims'; pack: PackIndex}
	/** `preset`: a run to start from (a share code's); `watch`: a scenario review's run, played from its start (its settings and seed). */
	| {name: 'sim'; pack: PackIndex; sim: string; preset?: SimRun; watch?: {params: unknown; seed: number} | undefined}
	| {name: 'settings'}
	| {name: 'glossary'; pack: PackIndex; start?: number}
	| {name: 'search'}
	| {name: 'exam-setup'};

export type Navigation = {stack: Route[]};

export type NavAction =
	| {type: 'push'; route: Route}
	| {type: 'back'}
	| {type: 'replace'; route: Route}
	/** Changes the top route in place (a quiz's session moving on) when it is still of that name. */
	| {type: 'update'; name: Route['name']; update: (route: Route) => Route}
	| {type: 'home'};

export const START: Navigation = {stack: [{name: 'home'}]};

/** Pure navigation: the app shell only dispatches these. The map is always at the bottom. */
export function navigate(nav: Navigation, action: NavAction): Navigation {
	const {stack} = nav;
	switch (action.type) {
		case 'push':
			return {stack: [...stack, action.route]};
		case 'back':
			return stack.length > 1 ? {stack: stack.slice(0, -1)} : nav;
		case 'replace':
			return {stack: [...stack.slice(0, -1), action.route]};
		case 'update': {
			const top = stack[stack.length - 1];
			return top?.name === action.name ? {stack: [...stack.slice(0, -1), action.update(top)]} : nav;
		}
		case 'home':
			return START;
	}
}

export function current(nav: Navigation): Route {
	return nav.stack[nav.stack.length - 1] ?? {name: 'home'};
}
