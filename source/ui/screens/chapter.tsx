import {Box, Text} from 'ink';
import type {PackIndex} from '../../content/pack-index.js';
import {pick, truncate, wrap} from '../../content/text.js';
import {chapterScores, history} from '../../quiz/history.js';
import {knownCount} from '../../store/progress-doc.js';
import {KeyHelp} from '../components/key-help.js';
import {Menu} from '../components/menu.js';
import {useI18n} from '../i18n-context.js';
import {useProgress} from '../progress-context.js';
import {theme} from '../theme.js';

type Entry = 'cards' | 'sims' | 'quiz' | 'glossary';
type Props = {pack: PackIndex; onOpen: (entry: Entry) => void; columns: number};

/** One chapter: its summary and source, and the ways to study it. */
export function Chapter({pack, onOpen, columns}: Props) {
	const {lang, m} = useI18n();
	const {doc, loaded} = useProgress();
	const inner = columns - 2;
	const known = knownCount(doc, pack.id, pack.cardIds);
	const scores = chapterScores(history(doc).runs, pack.id);
	const best = scores.best === undefined ? undefined : Math.round(scores.best * 100);
	const items: {label: string; value: Entry}[] = [
		{label: `${m.menuCards} · ${loaded ? m.knownOf(known, pack.cardIds.length) : m.loadingProgress}`, value: 'cards'},
		{label: `${m.menuSims} · ${pack.simulations > 0 ? String(pack.simulations) : m.notYet}`, value: 'sims'},
		{label: `${m.menuQuiz} · ${m.menuQuizItems(pack.quiz, best)}`, value: 'quiz'},
		...(pack.glossary > 0 ? [{label: `${m.menuGlossary} · ${m.glossaryTerms(pack.glossary)}`, value: 'glossary' as const}] : []),
	];
	return (
		<Box flexDirection="column" paddingX={1}>
			<Text bold color={theme.accent}>
				{truncate(`${m.chapter(pack.chapter)} · ${pick(pack.title, lang)}`, inner)}
			</Text>
			<Text> </Text>
			{wrap(pick(pack.summary, lang), inner).map((line, i) => (
				<Text key={i}>{line}</Text>
			))}
			<Text> </Text>
			<Text color={theme.muted}>{truncate(`${m.source}: ${pack.source.title}`, inner)}</Text>
			<Text color={theme.muted}>{truncate(pack.source.url, inner)}</Text>
			<Text> </Text>
			<Menu
				items={items}
				columns={inner}
				screen="chapter"
				remember={`chapter:${pack.id}`}
				onSelect={(value) => (value !== 'sims' || pack.simulations > 0) && onOpen(value)}
			/>
			<Text> </Text>
			<KeyHelp screen="chapter" columns={inner} />
		</Box>
	);
}
