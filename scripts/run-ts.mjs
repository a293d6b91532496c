#!/usr/bin/env node
// Runs a TypeScript module from source: bundles it with esbuild into a cache file, then imports it.
import {mkdirSync, rmSync} from 'node:fs';

let calls = 0;
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

export async function importTs(entry) {
	// A file of its own per call: builds running side by side must not share one.
	const out = path.resolve('node_modules/.cache/sd-trainer', `${path.basename(entry, '.ts')}-${process.pid}-${++calls}.mjs`);
	mkdirSync(path.dirname(out), {recursive: true});
	await build({
		entryPoints: [entry],
		outfile: out,
		bundle: true,
		platform: 'node',
		format: 'esm',
		packages: 'external',
		logLevel: 'error',
	});
	try {
		return await import(pathToFileURL(out).href);
	} finally {
		rmSync(out, {force: true});
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const [entry, ...args] = process.argv.slice(2);
	const mod = await importTs(entry);
	await mod.main?.(args);
}
