import {Text} from 'ink';
import type {PackIndex} from '../../content/pack-index.js';
import {pick, truncate, wrap} from '../../content/text.js';
import {chapterProgress} from '../../progress/chapter-progress.js';
import {answeredCount, type Session} from '../../quiz/session.js';
import {Menu} from '../components/menu.js';
import {ScreenFrame} from '../components/screen-frame.js';
import {useI18n} from '../i18n-context.js';
import {useProgress} from '../progress-context.js';
import {theme} from '../theme.js';

export type ChapterEntry = 'cards' | 'sims' | 'quiz' | 'short-5' | 'short-10' | 'resume' | 'glossary';
type Props = {pack: PackIndex; paused?: Session | undefined; onOpen: (entry: ChapterEntry) => void; columns: number; rows: number};

/** Short quizzes offered beside the full one, where the chapter has more questions than that. */
export const SHORT_SIZES = [5, 10] as const;

/** One chapter: its summary and source, and the ways to study it. */
export function Chapter({pack, paused, onOpen, columns, rows}: Props) {
	const {lang, m} = useI18n();
	const {doc, loaded} = useProgress();
	// The same figures as the map and stats (progress/chapter-progress.ts).
	const progress = chapterProgress(doc, pack);
	const known = progress.cardsKnown;
	const best = progress.best === undefined ? undefined : Math.round(progress.best * 100);
	const mastery = progress.answered > 0 ? ` · ${m.chapterMastery(Math.round(progress.mastery * 100))}` : '';
	const items: {label: string; value: ChapterEntry}[] = [
		{label: `${m.menuCards} · ${loaded ? m.knownOf(known, pack.cardIds.length) : m.loadingProgress}`, value: 'cards'},
	];
	// A chapter without a simulation lists none (no entry that leads nowhere).
	if (pack.simulations > 0) items.push({label: `${m.menuSims} · ${pack.simulations}`, value: 'sims'});
	if (paused) {
		// One quiz at a time per chapter: the one left half-way comes back until finished or abandoned.
		items.push({label: m.menuResume(answeredCount(paused), paused.items.length), value: 'resume'});
	} else if (pack.quiz > 0) {
		items.push({label: `${m.menuQuiz} · ${m.menuQuizItems(pack.quiz, best)}${mastery}`, value: 'quiz'});
		for (const size of SHORT_SIZES) {
			if (pack.quiz > size) items.push({label: m.menuShortQuiz(size), value: `short-${size}`});
		}
	}
	if (pack.glossary > 0) items.push({label: `${m.menuGlossary} · ${m.glossaryTerms(pack.glossary)}`, value: 'glossary'});
	return (
		<ScreenFrame title={`${m.chapter(pack.chapter)} · ${pick(pack.title, lang)}`} screen="chapter" columns={columns} rows={rows}>
			{(body) => (
				<>
					{aboutLines(
						wrap(pick(pack.summary, lang), body.columns),
						[`${m.source}: ${pack.source.title}`, pack.source.url],
						body.columns,
						body.rows - items.length,
					).map((line, i) => (
						<Text key={i} color={line.muted ? theme.muted : undefined}>
							{line.text || ' '}
						</Text>
					))}
					<Menu
						key={paused ? 'paused' : 'fresh'}
						items={items}
						// Back from a quiz left half-way: the cursor waits on it.
						initialIndex={paused ? items.findIndex((i) => i.value === 'resume') : 0}
						columns={body.columns}
						screen="chapter"
						remember={paused ? undefined : `chapter:${pack.id}`}
						onSelect={onOpen}
					/>
				</>
			)}
		</ScreenFrame>
	);
}

/**
 * The summary and source above the menu, in `room` rows (title, blank, menu,
 * blank and footer take the rest): the link goes first, then the source, then
 * summary lines from the end (the last one kept ends in "…").
 */
export function aboutLines(summary: string[], source: string[], columns: number, room: number): {text: string; muted?: boolean}[] {
	const src = source.map((text) => ({text: truncate(text, columns), muted: true}));
	for (let keep = src.length; keep >= 0; keep--) {
		const tail = keep > 0 ? [{text: ''}, ...src.slice(0, keep)] : [];
		const fits = room - tail.length - 1;
		if (fits >= Math.min(summary.length, 2) || keep === 0) {
			const cut = summary.length > fits;
			const lines = summary.slice(0, Math.max(0, fits)).map((text) => ({text}));
			const last = lines.at(-1);
			if (cut && last) last.text = truncate(`${last.text}…`, columns);
			return [...lines, ...tail, {text: ''}];
		}
	}
	return [];
}
