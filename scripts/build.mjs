#!/usr/bin/env node
// Bundles the CLI into dist/cli.js (production React), with the shipped lesson
// packs validated and compiled in, so start-up never parses YAML.
import {chmodSync} from 'node:fs';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import {importTs} from './run-ts.mjs';

const LESSONS = 'lessons';

const builtinPacks = {
	name: 'builtin-packs',
	setup(b) {
		b.onResolve({filter: /^virtual:builtin-packs$/}, () => ({path: 'builtin-packs', namespace: 'packs'}));
		b.onLoad({filter: /.*/, namespace: 'packs'}, async () => {
			const [{loadPackDir}, {formatProblem}] = await Promise.all([
				importTs('source/content/load-packs.ts'),
				importTs('source/content/parse-pack.ts'),
			]);
			const {packs, problems} = loadPackDir(LESSONS);
			if (problems.length > 0) {
				return {errors: problems.map((p) => ({text: formatProblem(p)}))};
			}
			packs.sort((a, c) => a.chapter - c.chapter);
			// JSON.parse of a string literal is faster to start than the same object literal.
			return {contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(packs))});`, loader: 'js', watchDirs: [LESSONS]};
		});
	},
};

// Ink loads React DevTools only when DEV=true; they are not shipped.
const noDevtools = {
	name: 'no-devtools',
	setup(b) {
		b.onResolve({filter: /^react-devtools-core$/}, () => ({path: 'devtools', namespace: 'stub'}));
		b.onLoad({filter: /.*/, namespace: 'stub'}, () => ({contents: 'export default {connectToDevTools() {}};'}));
	},
};

export async function buildCli(outfile = 'dist/cli.js') {
	const result = await build({
		entryPoints: ['source/cli.tsx'],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		minify: true,
		legalComments: 'none',
		jsx: 'automatic',
		define: {'process.env.NODE_ENV': '"production"'},
		banner: {
			js: "#!/usr/bin/env node\nimport {createRequire as __cr} from 'node:module';const require=__cr(import.meta.url);",
		},
		plugins: [builtinPacks, noDevtools],
		logLevel: 'warning',
		metafile: true,
	});
	chmodSync(outfile, 0o755);
	return result.metafile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildCli();
