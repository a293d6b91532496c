import {useState} from 'react';
import type {LessonPack} from '../../content/schema.js';
import {pick, truncate, wrapHanging} from '../../content/text.js';
import {frameBody, ScreenFrame} from '../components/screen-frame.js';
import {type Line, maxOffset, ScrollLines} from '../components/scroll-lines.js';
import {useKeys} from '../hooks/use-keys.js';
import {useI18n} from '../i18n-context.js';
import {theme} from '../theme.js';

type Props = {pack: LessonPack; columns: number; rows: number /** A term to start at (from search). */; start?: number};

/** A chapter's terms with their definitions, each with its name in the other language. */
export function Glossary({pack, columns, rows, start}: Props) {
	const {lang, m} = useI18n();
	const other = lang === 'ko' ? 'en' : 'ko';
	const inner = frameBody(columns, rows).columns;
	const firstLine: number[] = [];
	const lines: Line[] = [];
	pack.glossary.forEach((term, i) => {
		firstLine[i] = lines.length;
		// The name in the other language too, unless the term already carries it ("브로커(Broker)").
		const name = pick(term.term, lang);
		const alt = pick(term.term, other);
		lines.push({
			text: truncate(name.toLowerCase().includes(alt.toLowerCase()) ? name : `${name} (${alt})`, inner),
			bold: true,
			color: theme.accent,
		});
		for (const text of wrapHanging(pick(term.definition, lang), '  ', inner)) lines.push({text});
	});
	// The frame's rows, and one for the list's "more" line.
	const listRows = Math.max(1, frameBody(columns, rows).rows - 1);
	const [offset, setOffset] = useState(Math.min(firstLine[start ?? 0] ?? 0, maxOffset(lines.length, listRows)));
	const scroll = (step: number) => setOffset((o) => Math.max(0, Math.min(o + step, maxOffset(lines.length, listRows))));
	useKeys({up: () => scroll(-1), down: () => scroll(1)}, 'glossary');
	return (
		<ScreenFrame
			title={m.glossaryTitle(pack.chapter)}
			status={m.glossaryTerms(pack.glossary.length)}
			screen="glossary"
			columns={columns}
			rows={rows}
		>
			{() => <ScrollLines lines={lines} rows={listRows} offset={offset} />}
		</ScreenFrame>
	);
}
