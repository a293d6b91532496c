import path from 'node:path';
import {fileURLToPath} from 'node:url';
import meow from 'meow';
import {indexOf} from '../content/pack-index.js';
import type {LessonPack} from '../content/schema.js';
import type {Lang} from '../content/text.js';
import {startGame} from '../start-game.js';
import {HOME_ENV, progressPath} from '../store/home.js';
import {builtinPacks, gameLang} from './shared.js';
import {listCommand} from './list.js';
import {type CommandResult, fail, ok, shown} from './result.js';

/** Everything but a plain `sd-trainer`: flags, help, commands. Returns the exit code. */
export async function runCommandLine(importMeta: ImportMeta): Promise<number> {
	const cli = meow(
		`
  An offline terminal game that teaches system design: a chapter map, concept
  cards, simulations and quizzes, in Korean or English.

  Usage
    $ sd-trainer                 open the game (needs an interactive terminal)
    $ sd-trainer list [--json]   chapters with their card and quiz counts
    $ sd-trainer validate [DIR]  check lesson packs (default: the shipped ones);
                                 prints file:line:col for each problem, exit 1 if any
    $ sd-trainer stats [--json]  mastery, scores, weak spots, streak, review forecast, exams
    $ sd-trainer exam [--chapters 57,58] [--items N] [--minutes M]
                                 a timed exam across chapters (default: all chapters,
                                 20 questions, 20 minutes); no hints, no feedback until
                                 the result; the score is kept (stats shows them)
    $ sd-trainer sim --list      the simulations and their parameters
    $ sd-trainer sim ID [--PARAM VALUE …] [--seed N] [--json | --narrate]
                                 run a simulation headless and print its summary
    $ sd-trainer sim --code CODE [--json | --narrate]
                                 replay a shared run (the code a simulation screen
                                 shows with s) exactly, to its end
    $ sd-trainer git verify [LEVEL]
                                 replay the git sandbox's solutions in a real git
    $ sd-trainer export FILE     write all progress to FILE
    $ sd-trainer import FILE     merge progress from FILE into yours (nothing is lost)
    $ sd-trainer reset [--chapter N] --yes
                                 clear all progress, or one chapter's (a backup is kept)
    $ sd-trainer restore [N|FILE]
                                 list the backups (date, answers), or bring one back
                                 (the progress before is backed up first)

  Options
    --lang ko|en      language for this run (default: your saved choice, else the locale)
    --lessons DIR     also load the lesson packs (*.yaml) in DIR; bad ones are skipped
    --json            machine-readable output (list, stats)
    --chapter N       the chapter to reset
    --yes             confirm a reset
    --help, --version

  In the game
    ↑↓ or j/k move · Enter open · ←→ or h/l page cards · Space mark a card known
    Esc back · s settings · ? keys · q quit (progress is saved as you go)

  Progress
    Saved in ${progressPath()}
    Set ${HOME_ENV}=DIR to keep it elsewhere; copy that file to move it.

  Exit codes
    0 ok · 1 validation problems, or the progress could not be read or saved
    (the message says why; nothing was changed) · 2 usage error or no interactive terminal
	`,
		{
			importMeta,
			description: false,
			flags: {
				lang: {type: 'string', choices: ['ko', 'en']},
				lessons: {type: 'string', isMultiple: true},
				json: {type: 'boolean', default: false},
				chapter: {type: 'number'},
				yes: {type: 'boolean', default: false},
				seed: {type: 'number', default: 1},
				list: {type: 'boolean', default: false},
				code: {type: 'string'},
			},
		},
	);
	// The shipped packs' folder, beside the entry's folder (dist/) in the package.
	const shippedLessons = path.resolve(path.dirname(fileURLToPath(importMeta.url)), '../lessons');
	const [command, ...args] = cli.input;
	const lang = gameLang(cli.flags.lang as Lang | undefined);
	const dirs = cli.flags.lessons ?? [];
	if (command !== undefined) {
		const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
		const result = entry
			? await entry({args, flags: cli.flags, lang, dirs, shippedLessons})
			: fail(2, `sd-trainer: unknown command "${shown(command)}". Try: sd-trainer --help`);
		for (const line of result.err) console.error(line);
		for (const line of result.out) console.log(line);
		return result.code;
	}
	const options = {lang, langForced: cli.flags.lang !== undefined};
	if (dirs.length === 0) return startGame({...options});
	// Extra packs must be read before the map can list them.
	const {packs, problems} = await allPacks(dirs);
	for (const p of problems) console.error(`warning: ${p}`);
	return startGame({...options, index: packs.map(indexOf), packs: async () => packs, packWarnings: problems.length});
}

type Flags = {json: boolean; chapter?: number | undefined; yes: boolean; seed: number; list: boolean} & Record<string, unknown>;
type Context = {args: string[]; flags: Flags; lang: Lang; dirs: string[]; shippedLessons: string};

/** The store as the commands use it: a corrupt or newer file is refused, never repaired. */
async function commandStore() {
	const {ConfStore} = await import('../store/conf-store.js');
	return new ConfStore({repair: false});
}

const needsFile = (command: string, file: string | undefined) =>
	file ? undefined : fail(2, `sd-trainer: ${command} needs a file: sd-trainer ${command} FILE`);

/** Every command: its name and how it runs; each returns one CommandResult. */
const COMMANDS: Record<string, (c: Context) => Promise<CommandResult>> = {
	list: async ({dirs, flags, lang}) => {
		const {packs, problems} = await allPacks(dirs);
		return ok([listCommand(packs, {json: flags.json, lang})], problems);
	},
	validate: async ({args, shippedLessons}) => {
		const {validateCommand} = await import('./validate.js');
		const result = validateCommand(args.length > 0 ? args : [shippedLessons], {shipped: await builtinPacks(), shippedDir: shippedLessons});
		return {code: result.ok ? 0 : 1, out: result.out, err: result.err};
	},
	sim: async ({args, flags, lang, dirs}) => {
		const {simCode, simList, simRun} = await import('./sim.js');
		const {lang: _l, lessons: _s, json, chapter: _c, yes: _y, seed, list, code, ...params} = flags;
		if (code !== undefined) {
			const {narrate, ...rest} = params;
			// A code is the whole run: a simulation id, --seed or a parameter beside it would be ignored, so they are refused.
			if (args.length > 0 || Object.keys(rest).length > 0 || seed !== 1) {
				return fail(2, 'sd-trainer: --code replays the run the code holds: give it alone (with --json or --narrate)');
			}
			const {packs, problems} = await allPacks(dirs);
			const result = simCode(String(code), packs, Boolean(json), Boolean(narrate), lang);
			return {...result, err: [...problems.map((p) => `warning: ${p}`), ...result.err]};
		}
		return list ? simList(Boolean(json)) : simRun(args[0], params, Number(seed), Boolean(json), lang);
	},
	stats: async ({dirs, flags}) => {
		const [store, {statsCommand}, {packs}] = await Promise.all([commandStore(), import('./progress-commands.js'), allPacks(dirs)]);
		return statsCommand(store, packs, flags.json);
	},
	export: async ({args}) => {
		const [store, {exportCommand}] = await Promise.all([commandStore(), import('./progress-commands.js')]);
		return needsFile('export', args[0]) ?? exportCommand(store, args[0]!);
	},
	import: async ({args}) => {
		const [store, {importCommand}] = await Promise.all([commandStore(), import('./progress-commands.js')]);
		return needsFile('import', args[0]) ?? importCommand(store, args[0]!);
	},
	reset: async ({dirs, flags}) => {
		const [store, {resetCommand}, {packs}] = await Promise.all([commandStore(), import('./progress-commands.js'), allPacks(dirs)]);
		return resetCommand(store, packs, {yes: flags.yes, ...(flags.chapter === undefined ? {} : {chapter: flags.chapter})});
	},
	git: async ({args}) => (await import('./git-verify.js')).gitCommand(args),
	exam: async ({args, flags, dirs, lang}) => {
		if (args.length > 0)
			return fail(2, `sd-trainer: exam takes options only, not "${shown(args[0]!)}". Try: sd-trainer exam --chapters 57,58`);
		const [{examOptions, isExamOptions}, {packs, problems}] = await Promise.all([import('./exam-command.js'), allPacks(dirs)]);
		const index = packs.map(indexOf);
		const options = examOptions(flags, index);
		if (!isExamOptions(options)) return options;
		for (const p of problems) console.error(`warning: ${p}`);
		const code = await startGame({lang, langForced: flags.lang !== undefined, index, packs: async () => packs, exam: options});
		return {code, out: [], err: []};
	},
	restore: async ({args}) => {
		const [store, {restoreCommand}] = await Promise.all([commandStore(), import('./restore-command.js')]);
		return restoreCommand(store, args[0]);
	},
};

/** The shipped packs plus those from --lessons; bad extra packs are skipped and reported. */
async function allPacks(dirs: string[]): Promise<{packs: LessonPack[]; problems: string[]}> {
	const packs = [...(await builtinPacks())];
	if (dirs.length === 0) return {packs, problems: []};
	// Only here are YAML and the validator loaded: never on the plain start-up path.
	const [{loadPackDir}, {formatProblem}] = await Promise.all([import('../content/load-packs.js'), import('../content/parse-pack.js')]);
	const problems: string[] = [];
	for (const dir of dirs) {
		const result = loadPackDir(dir, {known: packs});
		packs.push(...result.packs);
		// Only what kept a pack out; a warning (a card that needs scrolling) is for `validate`.
		problems.push(...result.problems.filter((p) => !p.warning).map(formatProblem));
	}
	return {packs: packs.sort((a, b) => a.chapter - b.chapter), problems};
}
