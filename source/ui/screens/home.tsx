import {Box, Text} from 'ink';
import type {LessonPack} from '../../content/schema.js';
import {pick, truncate, width as widthOf, wrap} from '../../content/text.js';
import {knownCount} from '../../store/progress-doc.js';
import {KeyHelp} from '../components/key-help.js';
import {ProgressBar} from '../components/progress-bar.js';
import {useKeys} from '../hooks/use-keys.js';
import {useI18n} from '../i18n-context.js';
import {useProgress} from '../progress-context.js';
import {theme} from '../theme.js';

type Props = {
	packs: LessonPack[];
	selected: number;
	onSelect: (index: number) => void;
	onOpen: (pack: LessonPack) => void;
	onSettings: () => void;
	columns: number;
	rows: number;
	/** Lines the notices above take, so the list can make room. */
	reserved: number;
};

const BAR = 10;

/** The chapter map: every chapter with its progress, overall progress on top. */
export function Home({packs, selected, onSelect, onOpen, onSettings, columns, rows, reserved}: Props) {
	const {lang, m} = useI18n();
	const {doc, loaded} = useProgress();
	const inner = columns - 2;
	const counts = packs.map((p) => knownCount(doc, p.id, p.cards.map((c) => c.id)));
	const known = counts.reduce((a, b) => a + b, 0);
	const total = packs.reduce((a, p) => a + p.cards.length, 0);
	const current = packs[selected];
	const summary = current ? wrap(pick(current.summary, lang), inner).slice(0, 2) : [];
	// header, blank, blank, summary, help; the rest is for the list.
	const listRows = Math.max(3, rows - 4 - summary.length - reserved - 1);
	const first = Math.min(Math.max(0, selected - Math.floor(listRows / 2)), Math.max(0, packs.length - listRows));
	const visible = packs.slice(first, first + listRows);

	useKeys({
		up: () => onSelect((selected - 1 + packs.length) % packs.length),
		down: () => onSelect((selected + 1) % packs.length),
		open: () => current && onOpen(current),
		settings: onSettings,
	});

	const overall = loaded ? `${m.overall} ${Math.floor((known / Math.max(1, total)) * 100)}%` : m.loadingProgress;
	const title = truncate(m.appTitle, inner - widthOf(overall) - BAR - 3);
	return (
		<Box flexDirection="column" paddingX={1}>
			<Box justifyContent="space-between">
				<Text bold color={theme.accent}>
					{title}
				</Text>
				<Text>
					<ProgressBar value={loaded ? known : 0} total={total} width={BAR} /> {overall}
				</Text>
			</Box>
			<Text> </Text>
			{visible.map((pack, i) => {
				const index = first + i;
				const active = index === selected;
				const count = loaded ? `${counts[index]}/${pack.cards.length}` : `-/${pack.cards.length}`;
				const nameWidth = inner - 2 - 3 - 1 - BAR - 1 - 5;
				const name = truncate(pick(pack.title, lang), nameWidth);
				return (
					<Box key={pack.id}>
						<Text color={active ? theme.accent : undefined} bold={active}>
							{active ? `${theme.pointer} ` : '  '}
							{String(pack.chapter).padStart(2)} {name}
							{' '.repeat(Math.max(0, nameWidth - widthOf(name)))}{' '}
						</Text>
						<ProgressBar value={loaded ? (counts[index] ?? 0) : 0} total={pack.cards.length} width={BAR} />
						<Text color={theme.muted}> {count.padStart(5)}</Text>
					</Box>
				);
			})}
			<Text> </Text>
			{summary.map((line, i) => (
				<Text key={i} color={theme.muted}>
					{line}
				</Text>
			))}
			<KeyHelp screen="home" columns={inner} />
		</Box>
	);
}
