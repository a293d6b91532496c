import {z} from 'zod';
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

/** The part of a JSON Schema (draft 2020-12, as zod writes it) that parameters use. */
type JsonSchema = {
	type?: string | string[];
	enum?: unknown[];
	minimum?: number;
	maximum?: number;
	exclusiveMinimum?: number;
	exclusiveMaximum?: number;
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
};

const schemas = new WeakMap<AnyEngine, JsonSchema>();

/**
 * The engine's params as zod's public JSON Schema output describes them
 * (input side: defaults make fields optional; anything JSON Schema cannot
 * say, such as a refinement, is left out). Read once per engine. Metadata a
 * schema declares with zod's `.meta()` comes through here too.
 */
function jsonSchemaOf(engine: AnyEngine): JsonSchema {
	let schema = schemas.get(engine);
	if (!schema) {
		schema = z.toJSONSchema(engine.params, {io: 'input', unrepresentable: 'any'}) as JsonSchema;
		schemas.set(engine, schema);
	}
	return schema;
}

function metaOf(name: string, schema: JsonSchema | undefined): ParamMeta {
	if (!schema) return {name, kind: 'fixed'};
	if (schema.enum && schema.enum.length > 0) return {name, kind: 'choice', options: schema.enum.map(String)};
	switch (schema.type) {
		case 'integer':
		case 'number':
			return {
				name,
				kind: 'number',
				min: schema.minimum ?? schema.exclusiveMinimum ?? -1e9,
				max: schema.maximum ?? schema.exclusiveMaximum ?? 1e9,
				integer: schema.type === 'integer',
			};
		case 'boolean':
			return {name, kind: 'boolean'};
		case 'string':
			return {name, kind: 'text'};
		default:
			return {name, kind: 'fixed'};
	}
}

/**
 * Reads each parameter's kind and range from the engine's params schema. A short
 * list of objects (such as servers) is opened up into its items' fields
 * ("servers.2.weight"), and so is an object ("query.x"), so those can be changed too.
 */
export function paramMeta(engine: AnyEngine, params: Record<string, unknown> = {}): ParamMeta[] {
	const shape = jsonSchemaOf(engine).properties ?? {};
	return Object.keys(engine.paramHelp).flatMap((name): ParamMeta[] => {
		const field = shape[name];
		const value = params[name];
		const fields = field?.properties;
		if (fields && value && typeof value === 'object' && !Array.isArray(value)) {
			return Object.keys(fields).map((key) => metaOf(`${name}.${key}`, fields[key]));
		}
		const itemFields = field?.type === 'array' ? field.items?.properties : undefined;
		if (itemFields && Array.isArray(value) && value.length <= 8) {
			return value.flatMap((_, i) =>
				Object.keys(itemFields)
					.map((key) => metaOf(`${name}.${i}.${key}`, itemFields[key]))
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
