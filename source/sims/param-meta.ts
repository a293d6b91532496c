import type {AnyEngine} from './types.js';

/** What the simulation screen can offer for changing one parameter. */
export type ParamMeta =
	| {name: string; kind: 'number'; min: number; max: number; integer: boolean}
	| {name: string; kind: 'choice'; options: string[]}
	| {name: string; kind: 'boolean'}
	/** Typed in (Enter opens a prompt). */
	| {name: string; kind: 'text'}
	/** Lists and objects: shown, changed only from the command line. */
	| {name: string; kind: 'fixed'};

type Def = {type?: string; innerType?: Schema; in?: Schema; element?: Schema; entries?: Record<string, unknown>};
type Schema = {_zod?: {def?: Def}; minValue?: number | null; maxValue?: number | null; isInt?: boolean; shape?: Record<string, Schema>};

/** The schema inside defaults, optionals, transforms and the like. */
function unwrap(schema: Schema): Schema {
	let s = schema;
	for (let i = 0; i < 8; i++) {
		const def = s._zod?.def;
		const next = def?.innerType ?? (def?.type === 'pipe' ? def.in : undefined);
		if (!next) break;
		s = next;
	}
	return s;
}

function metaOf(name: string, schema: Schema | undefined): ParamMeta {
	if (!schema) return {name, kind: 'fixed'};
	const inner = unwrap(schema);
	const type = inner._zod?.def?.type;
	if (type === 'number') {
		return {name, kind: 'number', min: inner.minValue ?? -1e9, max: inner.maxValue ?? 1e9, integer: inner.isInt === true};
	}
	if (type === 'boolean') return {name, kind: 'boolean'};
	if (type === 'enum') return {name, kind: 'choice', options: Object.values(inner._zod?.def?.entries ?? {}).map(String)};
	if (type === 'string') return {name, kind: 'text'};
	return {name, kind: 'fixed'};
}

/**
 * Reads each parameter's kind and range from the engine's zod schema. A short
 * list of objects (such as servers) is opened up into its items' fields
 * ("servers.2.weight"), so those can be changed too.
 */
export function paramMeta(engine: AnyEngine, params: Record<string, unknown> = {}): ParamMeta[] {
	const root = unwrap(engine.params as unknown as Schema);
	const shape = root.shape ?? {};
	return Object.keys(engine.paramHelp).flatMap((name): ParamMeta[] => {
		const field = shape[name];
		const element = field ? unwrap(unwrap(field)._zod?.def?.element ?? {}) : undefined;
		const list = params[name];
		const object = field ? unwrap(field) : undefined;
		if (object?.shape && list && typeof list === 'object' && !Array.isArray(list)) {
			return Object.keys(object.shape).map((key) => metaOf(`${name}.${key}`, object.shape![key]));
		}
		if (element?.shape && Array.isArray(list) && list.length <= 8) {
			return list.flatMap((_, i) =>
				Object.keys(element.shape!)
					.map((key) => metaOf(`${name}.${i}.${key}`, element.shape![key]))
					// Names and such inside a list stay as they are.
					.filter((m) => m.kind !== 'fixed' && m.kind !== 'text'),
			);
		}
		return [metaOf(name, field)];
	});
}

/** The params with one (possibly dotted) value replaced; nothing else is touched. */
export function setParam<T extends Record<string, unknown> | unknown[]>(params: T, name: string, value: unknown): T {
	const [head, ...rest] = name.split('.') as [string, ...string[]];
	const child = (params as Record<string, unknown>)[head];
	const next = rest.length === 0 ? value : setParam((child ?? {}) as Record<string, unknown> | unknown[], rest.join('.'), value);
	if (Array.isArray(params)) {
		const copy = [...params];
		copy[Number(head)] = next;
		return copy as T;
	}
	return {...params, [head]: next};
}

/** A parameter's next value one notch up or down (numbers by about a tenth, at least one step). */
export function nudge(meta: ParamMeta, value: unknown, direction: 1 | -1): unknown {
	switch (meta.kind) {
		case 'boolean':
			return !value;
		case 'choice': {
			const i = meta.options.indexOf(String(value));
			return meta.options[(i + direction + meta.options.length) % meta.options.length];
		}
		case 'number': {
			const n = Number(value);
			const magnitude = Math.abs(n) * 0.1;
			let step = meta.integer ? Math.max(1, Math.round(magnitude)) : magnitude > 0 ? Number(magnitude.toPrecision(1)) : 0.1;
			if (!meta.integer && step === 0) step = 0.01;
			const next = Number((n + direction * step).toPrecision(6));
			return Math.min(meta.max, Math.max(meta.min, next));
		}
		case 'fixed':
		case 'text':
			return value;
	}
}
