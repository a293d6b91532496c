#!/usr/bin/env node
// Bundles the CLI into dist/cli.js (production React), with the shipped lesson
// packs validated and compiled in, so start-up never parses YAML.
import {chmodSync, readFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {importTs} from './run-ts.mjs';

const LESSONS = 'lessons';

/**
 * The shipped packs through the one pack checker (the same as `sd-trainer
 * validate` and `--lessons`): any problem, a warning included, fails the build.
 */
export async function checkShippedPacks(dir = LESSONS) {
	const {loadPackDir} = await importTs('source/content/load-packs.ts');
	const {formatProblem} = await importTs('source/content/parse-pack.ts');
	const {indexOf} = await importTs('source/content/pack-index.ts');
	const {packs, problems} = loadPackDir(dir);
	packs.sort((x, y) => x.chapter - y.chapter);
	return {packs, index: packs.map(indexOf), problems: problems.map(formatProblem)};
}

const builtinPacks = (dir) => ({
	name: 'builtin-packs',
	setup(b) {
		b.onResolve({filter: /^virtual:(builtin-packs|pack-index)$/}, (a) => ({path: a.path.slice(8), namespace: 'packs'}));
		// Both virtual modules come from one validated load (run once per build).
		let loaded;
		b.onStart(() => {
			loaded = undefined;
		});
		const load = () => {
			loaded ??= checkShippedPacks(dir);
			return loaded;
		};
		b.onLoad({filter: /.*/, namespace: 'packs'}, async (a) => {
			const {packs, index, problems} = await load();
			if (problems.length > 0) return {errors: problems.map((text) => ({text}))};
			const data = a.path === 'pack-index' ? index : packs;
			// JSON.parse of a string literal is faster to start than the same object literal.
			return {contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`, loader: 'js', watchDirs: [dir]};
		});
	},
});

// Ink loads React DevTools only when DEV=true; they are not shipped.
const noDevtools = {
	name: 'no-devtools',
	setup(b) {
		b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'devtools', namespace: 'stub'}));
		b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {connectToDevTools() {}};'}));
	},
};

// Every `string-width` import, Ink's included, goes through the fast path.
const fastStringWidth = {
	name: 'fast-string-width',
	setup(b) {
		const shim = path.resolve('source/vendor/fast-string-width.ts');
		b.onResolve({filter: /^string-width$/}, (a) => (a.importer === shim ? undefined : {path: shim}));
	},
};

// Yoga (Ink's layout engine) decodes its wasm from a data: URL with fetch when
// fetch exists; merely looking at `fetch` makes Node load its fetch machinery,
// 55–75 ms before the first frame. Without it, yoga decodes the same bytes with atob.
const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(b) {
		b.onLoad({filter: /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/][^\\/]+\.js$/}, (a) => {
			const text = readFileSync(a.path, 'utf8');
			const contents = text.replaceAll('typeof fetch', '"undefined"');
			if (contents === text) return {errors: [{text: `yoga-layout has changed: no "typeof fetch" in ${a.path}`}]};
			return {contents, loader: 'js'};
		});
	},
};

// Ink turns every line it draws into styled characters (an ANSI tokenizer, an
// object per character) and caches that only within one frame. Moving on the
// map changes two lines of twenty-four; the rest were tokenized the frame
// before. Lines of the last frame are kept for the next one (and no more, so
// nothing piles up for the garbage collector): a key re-tokenizes only the
// lines it changed.
const inkOutputCache = {
	name: 'ink-output-cache',
	setup(b) {
		b.onLoad({filter: /[\\/]ink[\\/]build[\\/]output\.js$/}, (a) => {
			const text = readFileSync(a.path, 'utf8');
			const perFrame = 'caches = new OutputCaches();';
			const tokenized = 'cached = styledCharsFromTokens(tokenize(line));';
			for (const part of [perFrame, tokenized])
				if (!text.includes(part)) return {errors: [{text: `ink has changed: no "${part}" in ${a.path}`}]};
			const contents = `${text
				.replace(perFrame, 'caches = newFrameCaches();')
				.replace(
					tokenized,
					'cached = lastFrameLines.get(line) ?? styledCharsFromTokens(tokenize(line));\n\t\t\tthisFrameLines.set(line, cached);',
				)}
let lastFrameLines = new Map();
let thisFrameLines = new Map();
function newFrameCaches() {
	lastFrameLines = thisFrameLines;
	thisFrameLines = new Map();
	return new OutputCaches();
}`;
			return {contents, loader: 'js'};
		});
	},
};

/** How every bundle is made (the benchmark's baseline uses it too): ESM for Node 20, production React. */
export const BUNDLE_OPTIONS = {
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	minify: true,
	legalComments: 'none',
	jsx: 'automatic',
	define: {'process.env.NODE_ENV': '"production"'},
	banner: {
		js: "import {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
	},
	plugins: [noDevtools],
	logLevel: 'warning',
};

/**
 * Code splitting keeps the first frame's code small: the entry holds the CLI,
 * Ink, React and the screens; the store (conf, zod), the YAML loader and the
 * full packs are chunks loaded on demand.
 */
export async function buildCli(outdir = 'dist', lessons = LESSONS) {
	rmSync(outdir, {recursive: true, force: true});
	const result = await build({
		...BUNDLE_OPTIONS,
		entryPoints: ['source/cli.tsx'],
		outdir,
		splitting: true,
		chunkNames: 'chunks/[name]-[hash]',
		plugins: [builtinPacks(lessons), noDevtools, fastStringWidth, yogaWithoutFetch, inkOutputCache],
		metafile: true,
	});
	chmodSync(path.join(outdir, 'cli.js'), 0o755);
	return result.metafile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
