import path from 'node:path';
import {fileURLToPath} from 'node:url';
import meow from 'meow';
import builtinPacks from 'virtual:builtin-packs';
import {listCommand} from './commands/list.js';
import type {LessonPack} from './content/schema.js';
import type {Lang} from './content/text.js';
import {HOME_ENV, progressPath} from './store/home.js';
import {peekLang} from './store/peek-lang.js';

const cli = meow(
	`
  An offline terminal game that teaches system design: a chapter map, concept
  cards, simulations and quizzes, in Korean or English.

  Usage
    $ sd-trainer                 open the game (needs an interactive terminal)
    $ sd-trainer list [--json]   chapters with their card and quiz counts
    $ sd-trainer validate [DIR]  check lesson packs (default: the shipped ones);
                                 prints file:line:col for each problem, exit 1 if any

  Options
    --lang ko|en      language for this run (default: your saved choice, else the locale)
    --lessons DIR     also load the lesson packs (*.yaml) in DIR; bad ones are skipped
    --json            machine-readable output (list)
    --help, --version

  In the game
    ↑↓ or j/k move · Enter open · ←→ or h/l page cards · Space mark a card known
    Esc back · s settings · ? keys · q quit (progress is saved as you go)

  Progress
    Saved in ${progressPath()}
    Set ${HOME_ENV}=DIR to keep it elsewhere; copy that file to move it.

  Exit codes
    0 ok · 1 validation problems · 2 usage error or no interactive terminal
`,
	{
		importMeta: import.meta,
		description: false,
		flags: {
			lang: {type: 'string', choices: ['ko', 'en']},
			lessons: {type: 'string', isMultiple: true},
			json: {type: 'boolean', default: false},
		},
	},
);

/** The shipped packs' folder, beside the bundle in the package. */
const SHIPPED_LESSONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../lessons');

function localeLang(env = process.env): Lang {
	const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
	return locale.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

async function withExtraPacks(): Promise<{packs: LessonPack[]; problems: string[]}> {
	const dirs = cli.flags.lessons ?? [];
	if (dirs.length === 0) return {packs: builtinPacks, problems: []};
	// Only here are YAML and the validator loaded: never on the plain start-up path.
	const [{loadPackDir}, {formatProblem}] = await Promise.all([
		import('./content/load-packs.js'),
		import('./content/parse-pack.js'),
	]);
	const packs = [...builtinPacks];
	const problems: string[] = [];
	for (const dir of dirs) {
		const result = loadPackDir(dir, packs);
		packs.push(...result.packs);
		problems.push(...result.problems.map(formatProblem));
	}
	return {packs: packs.sort((a, b) => a.chapter - b.chapter), problems};
}

async function main(): Promise<number> {
	const [command, ...rest] = cli.input;
	const lang = (cli.flags.lang as Lang | undefined) ?? peekLang(progressPath()) ?? localeLang();
	if (command === 'list') {
		const {packs, problems} = await withExtraPacks();
		for (const p of problems) console.error(p);
		console.log(listCommand(packs, {json: cli.flags.json, lang}));
		return 0;
	}
	if (command === 'validate') {
		const {validateCommand} = await import('./commands/validate.js');
		const result = validateCommand(rest.length > 0 ? rest : [SHIPPED_LESSONS]);
		for (const line of result.err) console.error(line);
		for (const line of result.out) console.log(line);
		return result.ok ? 0 : 1;
	}
	if (command !== undefined) {
		console.error(`sd-trainer: unknown command "${command}". Try: sd-trainer --help`);
		return 2;
	}
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		console.error(
			'sd-trainer: the game needs an interactive terminal (stdin and stdout must be a TTY).\n' +
				'Without one, use the plain commands: sd-trainer list [--json], sd-trainer validate [DIR], sd-trainer --help',
		);
		return 2;
	}
	const {packs, problems} = await withExtraPacks();
	for (const p of problems) console.error(`warning: ${p}`);
	const {runTui} = await import('./tui.js');
	await runTui({packs, lang, langForced: cli.flags.lang !== undefined, packWarnings: problems.length});
	return 0;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: Error) => {
		console.error(`sd-trainer: ${error.message}`);
		process.exitCode = 1;
	},
);
