import {Box, Text} from 'ink';
import {useRef, useState} from 'react';
import type {PackIndex} from '../../content/pack-index.js';
import {pick, truncate, wrap} from '../../content/text.js';
import {EXAM_DEFAULT_ITEMS, EXAM_DEFAULT_MINUTES} from '../../quiz/exam.js';
import {KeyHelp} from '../components/key-help.js';
import {useKeys} from '../hooks/use-keys.js';
import type {ExamOptions} from '../hooks/use-exam.js';
import {useI18n} from '../i18n-context.js';
import {theme} from '../theme.js';

type Props = {index: PackIndex[]; columns: number; rows: number; onStart: (options: ExamOptions) => void};

const SIZES = [5, 10, 15, 20, 25, 30, 40, 50];
const MINUTES = [5, 10, 15, 20, 30, 45, 60];
// Rows before the chapters: start, questions, time, all chapters.
const FIXED = 4;

type Setup = {cursor: number; size: number; minutes: number; chosen: ReadonlySet<string>; warning?: string | undefined};

const step = (values: number[], value: number, by: number) => values[Math.max(0, Math.min(values.length - 1, values.indexOf(value) + by))]!;

/** Before an exam: which chapters (all, or some), how many questions, how long. Enter starts it. */
export function ExamSetup({index, columns, rows, onStart}: Props) {
	const {lang, m} = useI18n();
	const inner = columns - 4;
	const withItems = index.filter((p) => p.quizIds.length > 0);
	const initial: Setup = {cursor: 0, size: EXAM_DEFAULT_ITEMS, minutes: EXAM_DEFAULT_MINUTES, chosen: new Set(withItems.map((p) => p.id))};
	const [setup, setSetup] = useState(initial);
	// Keys in one burst each see what the one before did.
	const live = useRef(setup);
	live.current = setup;
	const change = (edit: (s: Setup) => Setup) => {
		live.current = edit({...live.current, warning: undefined});
		setSetup(live.current);
	};
	const total = FIXED + withItems.length;
	const toggle = (s: Setup): Setup => {
		const chosen = new Set(s.chosen);
		if (s.cursor === 3) {
			if (chosen.size === withItems.length) chosen.clear();
			else for (const p of withItems) chosen.add(p.id);
		}
		const pack = withItems[s.cursor - FIXED];
		if (pack && !chosen.delete(pack.id)) chosen.add(pack.id);
		return {...s, chosen};
	};
	useKeys(
		{
			up: () => change((s) => ({...s, cursor: (s.cursor - 1 + total) % total})),
			down: () => change((s) => ({...s, cursor: (s.cursor + 1) % total})),
			prev: () => change((s) => adjust(s, -1)),
			next: () => change((s) => adjust(s, 1)),
			toggle: () => change(toggle),
			open: () => {
				const s = live.current;
				if (s.chosen.size === 0) return change((x) => ({...x, warning: m.examPickChapter}));
				const chapters = s.chosen.size === withItems.length ? undefined : withItems.filter((p) => s.chosen.has(p.id)).map((p) => p.id);
				onStart({chapters, items: s.size, minutes: s.minutes});
			},
		},
		'exam-setup',
	);
	const note = wrap(m.examSetupNote, inner);
	const mark = (on: boolean) => (on ? '[x]' : '[ ]');
	const all = setup.chosen.size === withItems.length;
	const labels = [
		m.examStart,
		`${m.examItems(setup.size)}  ←→`,
		`${m.examMinutes(setup.minutes)}  ←→`,
		`${mark(all)} ${all ? m.examAllChapters(withItems.length) : m.examChosen(setup.chosen.size, withItems.length)}`,
		...withItems.map((p) => `  ${mark(setup.chosen.has(p.id))} ${String(p.chapter).padStart(2)} ${pick(p.title, lang)}`),
	];
	// title, rule, note, blank, …list…, warning, help
	const listRows = Math.max(3, rows - 5 - note.length);
	const first = Math.min(Math.max(0, setup.cursor - Math.floor(listRows / 2)), Math.max(0, labels.length - listRows));
	return (
		<Box flexDirection="column" paddingX={2}>
			<Text bold color={theme.accent}>
				{m.examTitle}
			</Text>
			<Text color={theme.muted}>{'─'.repeat(inner)}</Text>
			{note.map((line, i) => (
				<Text key={`n${i}`} color={theme.muted}>
					{line}
				</Text>
			))}
			<Text> </Text>
			<Box flexDirection="column" height={listRows}>
				{labels.slice(first, first + listRows).map((label, i) => {
					const active = first + i === setup.cursor;
					return (
						<Text key={first + i} color={active ? theme.accent : undefined} bold={active || first + i === 0}>
							{truncate(`${active ? theme.pointer : ' '} ${label}`, inner)}
						</Text>
					);
				})}
			</Box>
			<Text color={theme.warn}>{setup.warning ?? ' '}</Text>
			<KeyHelp screen="exam-setup" columns={inner} />
		</Box>
	);
}

function adjust(s: Setup, by: number): Setup {
	if (s.cursor === 1) return {...s, size: step(SIZES, s.size, by)};
	if (s.cursor === 2) return {...s, minutes: step(MINUTES, s.minutes, by)};
	return s;
}
