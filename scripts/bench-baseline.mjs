// A baseline to compare against in the same run: another commit of this
// repository, exported with `git archive` into a temp folder and built with its
// own build script (sharing this checkout's node_modules).
import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, rmSync, symlinkSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

/** Builds `ref` (a commit, branch or tag) and returns the path of its dist/cli.js. */
export function buildBaseline(ref) {
	const commit = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {encoding: 'utf8'}).trim();
	const dir = path.join(tmpdir(), 'sd-trainer-bench-baseline', commit.slice(0, 12));
	const cli = path.join(dir, 'dist/cli.js');
	if (existsSync(cli)) return {commit, cli};
	rmSync(dir, {recursive: true, force: true});
	mkdirSync(dir, {recursive: true});
	execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], {stdio: 'inherit'});
	symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'), 'dir');
	execFileSync(process.execPath, ['scripts/build.mjs'], {cwd: dir, stdio: 'inherit'});
	return {commit, cli};
}
