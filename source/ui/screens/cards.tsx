import {Box, Text} from 'ink';
import {useEffect, useState} from 'react';
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
import {theme} from '../theme.js';

type Props = {
	pack: LessonPack;
	columns: number;
	rows: number;
	now: () => number /** Open at this card (else where the learner left off). */;
	start?: string | undefined;
};

const colourOf = {body: undefined, gap: undefined, point: undefined, pitfall: theme.warn, practice: theme.done} as const;

/** The cards of a chapter, once the full packs have loaded (a moment after start). */
export function CardsLoader(props: Omit<Props, 'pack'> & {pack: PackIndex}) {
	const {m} = useI18n();
	const pack = usePack(props.pack.id);
	if (!pack) return <Text color={theme.muted}> {m.loading}</Text>;
	return <Cards {...props} pack={pack} />;
}

/** Concept cards: page through, mark known; the position is remembered. */
export function Cards({pack, columns, rows, now, start}: Props) {
	const {lang, m} = useI18n();
	const {doc, update} = useProgress();
	const progress = chapterOf(doc, pack.id);
	const remembered = pack.cards.findIndex((c) => c.id === (start ?? progress.position?.value));
	const [index, setIndex] = useState(Math.max(0, remembered));
	const [scroll, setScroll] = useState(0);
	const card = pack.cards[index]!;
	const inner = columns - 4;
	const lines = cardLines(card, lang, inner, {pitfall: m.pitfall, practice: m.practice});
	// header, rule, title, blank | text | more, bar, help
	const textRows = Math.max(1, rows - 8);
	const maxScroll = Math.max(0, lines.length - textRows);
	const shown = lines.slice(scroll, scroll + textRows);
	const known = progress.known[card.id]?.value === true;

	useEffect(() => {
		update((d) => viewCard(d, pack.id, card.id, now()));
	}, [card.id, pack.id, update, now]);

	// Updates are functional: several keys can arrive in one chunk.
	const go = (step: number) => {
		setIndex((i) => Math.min(pack.cards.length - 1, Math.max(0, i + step)));
		setScroll(0);
	};
	useKeys(
		{
			prev: () => go(-1),
			next: () => go(1),
			up: () => setScroll((s) => Math.max(0, s - 1)),
			down: () => setScroll((s) => Math.min(maxScroll, s + 1)),
			toggle: () => update((d) => setKnown(d, pack.id, card.id, !isKnown(d, pack.id, card.id), now())),
		},
		'cards',
	);

	const position = m.cardOf(index + 1, pack.cards.length);
	const mark = known ? m.known : '';
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
			<Text color={theme.muted}>{'─'.repeat(inner)}</Text>
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
			<Text color={theme.muted}>{more > 0 ? m.more(more) : ' '}</Text>
			<ProgressBar value={index + 1} total={pack.cards.length} width={inner} />
			<KeyHelp screen="cards" columns={inner} />
		</Box>
	);
}
