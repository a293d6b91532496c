import {Box, Text} from 'ink';
import {useMemo, useRef} from 'react';
import type {PackIndex} from '../../content/pack-index.js';
import {pick, truncate, width as widthOf, wrap} from '../../content/text.js';
import {homeStatus} from '../../progress/home-status.js';
import {todayPlan} from '../../progress/session-plan.js';
import {remediationFor} from '../../progress/misconceptions.js';
import {usePacks} from '../packs-context.js';
import {localTz} from '../../progress/days.js';
import {KeyHelp} from '../components/key-help.js';
import {ProgressBar} from '../components/progress-bar.js';
import {SessionShape} from '../components/session-shape.js';
import type {NoticeLine} from '../components/notices.js';
import {useKeys} from '../hooks/use-keys.js';
import {useI18n} from '../i18n-context.js';
import {useProgress} from '../progress-context.js';
import {theme} from '../theme.js';

type Props = {
	packs: PackIndex[];
	selected: number;
	onSelect: (index: number) => void;
	onSearch: () => void;
	onIntro: () => void;
	onOpen: (pack: PackIndex) => void;
	onReview: () => void;
	/** The exam entry: set one up. */
	onExam: () => void;
	onStats: () => void;
	onSettings: () => void;
	/** The clock, read when progress changes (not on every key). */
	now: () => number;
	columns: number;
	rows: number;
	/** Messages for the learner (a corrupt file, nothing to review…), shown under the title and status. */
	notices: NoticeLine[];
};

const BAR = 10;
const SUMMARY_LINES = 3;

/** Arrows saying the map continues above (over the list) or below (under it); a blank line when it does not. */
function moreAbove(first: number): string {
	return first > 0 ? `   ↑ ${first}` : ' ';
}
function moreBelow(first: number, shown: number, total: number): string {
	return first + shown < total ? `   ↓ ${total - first - shown}` : ' ';
}

/** At most `max` lines; the last one ends in "…" when text was cut. */
function clip(lines: string[], max: number, columns: number): string[] {
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	kept[max - 1] = truncate(`${kept[max - 1]} ${lines[max]}`, columns);
	return kept;
}

/** The chapter map: every chapter with its progress, overall progress on top. */
export function Home({
	packs,
	now,
	selected,
	onSelect,
	onOpen,
	onReview,
	onExam,
	onStats,
	onSettings,
	onSearch,
	onIntro,
	columns,
	rows,
	notices,
}: Props) {
	const {lang, m} = useI18n();
	const {doc, loaded} = useProgress();
	const full = usePacks();
	const inner = columns - 2;
	// Derived here, once per change of progress, and only while the map is shown. Today's session
	// counts the remediation items as review will (once the full packs, where misconceptions live, are in).
	const [status, plan] = useMemo(() => {
		const at = now();
		const tz = localTz(at);
		const remediation = full ? remediationFor(doc, full.values(), at, tz) : [];
		return [homeStatus(doc, packs, at), todayPlan(doc, packs, at, tz, remediation)] as const;
	}, [doc, packs, full, now]);
	const shapeRows = loaded && plan.items.length > 0 ? 1 : 0;
	const counts = status.known;
	const known = counts.reduce((a, b) => a + b, 0);
	const total = packs.reduce((a, p) => a + p.cardIds.length, 0);
	const current = packs[selected];
	// The map's last entry, after the chapters: the exam.
	const entries = packs.length + 1;
	const about = current ? pick(current.summary, lang) : m.examMapSummary;
	const summary = clip(wrap(about, inner), SUMMARY_LINES, inner);
	// header, status, the session line (when one is due), blank, scroll hint, summary, help; the rest is for the list.
	const listRows = Math.max(3, rows - 5 - summary.length - notices.length - shapeRows - 1);
	const first = Math.min(Math.max(0, selected - Math.floor(listRows / 2)), Math.max(0, entries - listRows));
	const visible = packs.slice(first, first + listRows);
	const examShown = first + listRows > packs.length;

	// Keys typed faster than a frame arrive together ("jjj\r"): each one must
	// see the selection the previous one made, not the last render's.
	const cursor = useRef(selected);
	cursor.current = selected;
	const move = (step: number) => {
		cursor.current = (cursor.current + step + entries) % entries;
		onSelect(cursor.current);
	};
	useKeys(
		{
			up: () => move(-1),
			down: () => move(1),
			open: () => {
				const pack = packs[cursor.current];
				if (pack) onOpen(pack);
				else onExam();
			},
			review: onReview,
			exam: onExam,
			stats: onStats,
			settings: onSettings,
			search: onSearch,
			intro: onIntro,
		},
		'home',
	);

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
			<Text color={theme.muted}>
				{loaded ? truncate(m.homeStatus(status.level, status.xp, status.streak, status.due, status.fresh), inner) : ' '}
			</Text>
			{shapeRows > 0 && <SessionShape plan={plan} columns={inner} />}
			{notices.map((line, k) => (
				<Text key={`notice-${k}`} color={line.color}>
					{line.text}
				</Text>
			))}
			<Text color={theme.muted}>{moreAbove(first)}</Text>
			{visible.map((pack, i) => {
				const index = first + i;
				const active = index === selected;
				const count = loaded ? `${counts[index]}/${pack.cardIds.length}` : `-/${pack.cardIds.length}`;
				const nameWidth = inner - 2 - 3 - 1 - BAR - 1 - 5;
				const name = truncate(pick(pack.title, lang), nameWidth);
				return (
					// One text node per row: far less layout work than a box of three.
					<Text key={pack.id}>
						<Text color={active ? theme.accent : undefined} bold={active}>
							{active ? `${theme.pointer} ` : '  '}
							{String(pack.chapter).padStart(2)} {name}
							{' '.repeat(Math.max(0, nameWidth - widthOf(name)))}{' '}
						</Text>
						<ProgressBar value={loaded ? (counts[index] ?? 0) : 0} total={pack.cardIds.length} width={BAR} />
						<Text color={theme.muted}> {count.padStart(5)}</Text>
					</Text>
				);
			})}
			{examShown ? (
				<Text color={selected === packs.length ? theme.accent : undefined} bold={selected === packs.length}>
					{selected === packs.length ? `${theme.pointer} ` : '  '}
					{truncate(m.examMapEntry, inner - 2)}
				</Text>
			) : null}
			<Text color={theme.muted}>{moreBelow(first, visible.length + (examShown ? 1 : 0), entries)}</Text>
			{summary.map((line, i) => (
				<Text key={i} color={theme.muted}>
					{line}
				</Text>
			))}
			<KeyHelp screen="home" columns={inner} />
		</Box>
	);
}
