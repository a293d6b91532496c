import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {expect, it} from 'vitest';
// @ts-expect-error: a plain JS build script
import {buildCli} from '../scripts/build.mjs';

type Metafile = {outputs: Record<string, {inputs: Record<string, unknown>; imports: {path: string; kind: string}[]}>};

it('keeps the store, YAML, zod and the simulations off the path to the first frame', async () => {
	const out = mkdtempSync(path.join(tmpdir(), 'sd-trainer-build-'));
	try {
		const meta = (await buildCli(out)) as Metafile;
		const entry = Object.keys(meta.outputs).find((o) => o.endsWith('/cli.js'))!;
		// Everything loaded statically from the entry, plus the game's own chunk (preloaded at start).
		const tui = Object.keys(meta.outputs).find((o) => /\/tui-[^/]+\.js$/.test(o))!;
		const seen = new Set<string>();
		const visit = (file: string) => {
			if (seen.has(file)) return;
			seen.add(file);
			for (const i of meta.outputs[file]?.imports ?? []) if (i.kind === 'import-statement' && meta.outputs[i.path]) visit(i.path);
		};
		visit(entry);
		visit(tui);
		const inputs = [...seen].flatMap((f) => Object.keys(meta.outputs[f]!.inputs));
		// (The small seeded generator in sims/random.ts is shared with the quiz; the engines are not.)
		const heavy = inputs.filter((i) => /node_modules\/(zod|conf|ajv|yaml)\/|source\/sims\/(?!random\.ts)|builtin-packs/.test(i));
		expect(heavy).toEqual([]);
		expect(inputs.some((i) => i.includes('node_modules/ink/'))).toBe(true);
	} finally {
		rmSync(out, {recursive: true, force: true});
	}
}, 60_000);
