import {gitSandbox} from '../source/sims/git-sandbox/engine.js';
import {gitSandboxSim} from '../source/sims/git-sandbox/index.js';
import {runHeadless} from '../source/sims/run.js';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const commits = Array.from({length: 60}, (_, i) => `commit -m t${i + 1}`);
const script = ['switch -c topic', ...commits, 'switch main', 'commit -m m1', 'switch topic', 'rebase main', 'switch main', 'merge topic'];
const perCommand: number[] = [];
const rebaseMs: number[] = [];
const withView: number[] = [];
for (let run = 0; run < 51; run++) {
	let s = gitSandbox.init(gitSandbox.params.parse({level: 'sandbox', script: ''}), 1);
	const times: number[] = [];
	for (const text of script) {
		const t0 = performance.now();
		const next = gitSandbox.step(s, {type: 'command', text});
		const t1 = performance.now();
		gitSandboxSim.narrate!(s, next, {type: 'command', text});
		gitSandbox.summary(next);
		gitSandboxSim.view(next, 76, 12, 'en');
		const t2 = performance.now();
		times.push(t1 - t0);
		withView.push(t2 - t0);
		if (text === 'rebase main') rebaseMs.push(t1 - t0);
		s = next;
	}
	if (run > 0) perCommand.push(median(times));
	if (run === 0) console.log('main history', gitSandbox.summary(s).reachableFrom.main, 'linear', gitSandbox.summary(s).linear);
}
console.log('median ms per command (engine step)', median(perCommand).toFixed(3));
console.log('rebase of 60 commits, median ms', median(rebaseMs.slice(1)).toFixed(3), 'max', Math.max(...rebaseMs.slice(1)).toFixed(3));
console.log('median ms per command incl. narration+summary+view(76x12)', median(withView).toFixed(3), 'max', Math.max(...withView.slice(script.length)).toFixed(3));
const heads: number[] = [];
for (let i = 0; i < 21; i++) {
	const t0 = performance.now();
	runHeadless(gitSandbox, gitSandbox.params.parse({}), 1);
	heads.push(performance.now() - t0);
}
console.log('default headless run (merge solution), median of 20 ms', median(heads.slice(1)).toFixed(3));
