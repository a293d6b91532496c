#!/usr/bin/env node
// `npm start`: builds when the sources or lessons are newer than dist/, then opens the game.
import {spawnSync} from 'node:child_process';
import {readdirSync, statSync} from 'node:fs';
import path from 'node:path';
import {buildCli} from './build.mjs';

function newest(dir) {
	let latest = 0;
	for (const entry of readdirSync(dir, {withFileTypes: true})) {
		const full = path.join(dir, entry.name);
		latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
	}
	return latest;
}

const built = (() => {
	try {
		return statSync('dist/cli.js').mtimeMs;
	} catch {
		return 0;
	}
})();
if (built < Math.max(newest('source'), newest('lessons'), statSync('package-lock.json').mtimeMs)) {
	process.stderr.write('building…\n');
	await buildCli();
}
const result = spawnSync(process.execPath, ['dist/cli.js', ...process.argv.slice(2)], {stdio: 'inherit'});
process.exitCode = result.status ?? 1;
