import {Box, Text} from 'ink';
import {useEffect, useRef, useState} from 'react';
import {cardLines} from '../../content/card-layout.js';
import type {PackIndex} from '../../content/pack-index.js';
import type {LessonPack} from '../../content/schema.js';
import {pick, truncate, width as widthOf} from '../../content/text.js';
import {chapterOf, isKnown, setKnown, viewCard} from '../../progress/progress-doc.js';
import {KeyHelp} from '../components/key-help.js';
import {ProgressBar} from '../components/progress-bar.js';
import {useKeys} from '../hooks/use-keys.js';
import {useI18n} from '../i18n-context.js';
import {usePack} from '../packs-context.js';
import {useProgress} from '../progress-context.js';
import {glyphs, theme} from '../theme.js';

type Props = {
	pack: LessonPack;
	/** Called on reaching the last card: ready what comes after reading (the simulation or the quiz). */
	onFinish?: () => void;
	/** Opens a simulation of this pack (a card's "try it"). */
	onTry?: (sim: string) => void;
	columns: number;
	rows: number;
	now: () => number /** Open at this card (else where the learner left off). */;
	start?: string | undefined;
};

const colourOf = {
	body: undefined,
	gap: undefined,
	point: undefined,
	pitfall: theme.warn,
	practice: theme.done,
	source: theme.muted,
} as const;

/** The cards of a chapter, once the full packs have loaded (a moment after start). */
export function CardsLoader(props: Omit<Props, 'pack'> & {pack: PackIndex}) {
	const {m} = useI18n();
	const pack = usePack(props.pack.id);
	if (!pack) return <Text color={theme.muted}> {m.loading}</Text>;
	return <Cards {...props} pack={pack} />;
}

/** Concept cards: page through, mark known; the position is remembered. */
export function Cards({pack, columns, rows, now, start, onFinish, onTry}: Props) {
	const {lang, m} = useI18n();
	const {doc, update} = useProgress();
	const progress = chapterOf(doc, pack.id);
	const remembered = pack.cards.findIndex((c) => c.id === (start ?? progress.position?.value));
	const [{index, scroll}, setPlace] = useState({index: Math.max(0, remembered), scroll: 0});
	const card = pack.cards[index]!;
	const inner = columns - 4;
	const labels = {pitfall: m.pitfall, practice: m.practice, source: m.source};
	const lines = cardLines(card, lang, inner, labels);
	// header, rule, title, blank | text | more, bar, help
	const textRows = Math.max(1, rows - 8);
	const maxScroll = (i: number) => Math.max(0, cardLines(pack.cards[i]!, lang, inner, labels).length - textRows);
	// Keys can arrive several to a chunk, all handled before the next render: each acts
	// on the card showing after the keys before it, which this ref holds (state lags).
	const place = useRef({index, scroll});
	const move = (next: {index: number; scroll: number}) => {
		place.current = next;
		setPlace(next);
	};
	const shown = lines.slice(scroll, scroll + textRows);
	const known = progress.known[card.id]?.value === true;
	const trySim = onTry ? pack.simulations.find((s) => s.id === card.simulation) : undefined;
	const keyScreen = trySim ? 'cards-try' : 'cards';

	useEffect(() => {
		update((d) => viewCard(d, pack.id, card.id, now()));
	}, [card.id, pack.id, update, now]);

	const last = pack.cards.length - 1;
	const go = (step: number) => move({index: Math.min(last, Math.max(0, place.current.index + step)), scroll: 0});
	// Reaching the last card readies what comes after reading (→ held down still stops here).
	useEffect(() => {
		if (index === last) onFinish?.();
	}, [index, last, onFinish]);
	const scrollBy = (step: number) => {
		const {index: at, scroll: from} = place.current;
		move({index: at, scroll: Math.min(maxScroll(at), Math.max(0, from + step))});
	};
	useKeys(
		{
			prev: () => go(-1),
			next: () => go(1),
			up: () => scrollBy(-1),
			down: () => scrollBy(1),
			toggle: () => {
				const id = pack.cards[place.current.index]!.id;
				update((d) => setKnown(d, pack.id, id, !isKnown(d, pack.id, id), now()));
			},
			// Only on a card that names a simulation (its key list says so).
			open: () => {
				const sim = pack.cards[place.current.index]!.simulation;
				if (sim && onTry && pack.simulations.some((s) => s.id === sim)) onTry(sim);
			},
		},
		keyScreen,
	);

	const position = m.cardOf(index + 1, pack.cards.length);
	const mark = known ? m.known.replace('✓', glyphs.check) : '';
	const head = truncate(`${pack.chapter} ${pick(pack.title, lang)}`, inner - widthOf(position) - widthOf(mark) - 4);
	const more = lines.length - scroll - shown.length;
	return (
		<Box flexDirection="column" paddingX={2}>
			<Box justifyContent="space-between">
				<Text color={theme.muted}>
					{head} · {position}
				</Text>
				<Text color={theme.done}>{mark}</Text>
			</Box>
			<Text color={theme.muted}>{glyphs.rule.repeat(inner)}</Text>
			<Text bold color={theme.accent}>
				{truncate(pick(card.title, lang), inner)}
			</Text>
			<Text> </Text>
			{shown.map((line, i) => (
				<Text key={`${scroll + i}`} color={colourOf[line.kind]}>
					{line.text || ' '}
				</Text>
			))}
			{Array.from({length: textRows - shown.length}, (_, i) => (
				<Text key={`pad-${i}`}> </Text>
			))}
			<Text color={more > 0 ? theme.muted : theme.accent}>
				{more > 0
					? m.more(more).replace('↓', glyphs.down)
					: trySim
						? truncate(m.cardTry(pick(trySim.title, lang)), inner)
						: index === last && onFinish
							? truncate(m.cardsDone(pack.simulations.length > 0), inner)
							: ' '}
			</Text>
			<ProgressBar value={index + 1} total={pack.cards.length} width={inner} />
			<KeyHelp screen={keyScreen} columns={inner} />
		</Box>
	);
}
