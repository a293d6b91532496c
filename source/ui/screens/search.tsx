import {Text} from 'ink';
import {useRef, useState} from 'react';
import type {LessonPack} from '../../content/schema.js';
import {type SearchHit, search} from '../../content/search.js';
import {pick, truncate} from '../../content/text.js';
import {FRAME_ROWS, ScreenFrame} from '../components/screen-frame.js';
import {useKeys} from '../hooks/use-keys.js';
import {useRemembered} from '../hooks/use-remembered.js';
import {useI18n} from '../i18n-context.js';
import {theme} from '../theme.js';

type Props = {
	packs: LessonPack[];
	columns: number;
	rows: number;
	onOpen: (hit: SearchHit) => void;
	onClose: () => void;
};

/** `/`: find a card or a glossary term by a word in either language; Enter opens it. */
export function Search({packs, columns, rows, onOpen, onClose}: Props) {
	const {lang, m} = useI18n();
	// The query and the choice are kept for the run: back from a card, the list is as it was.
	const [query, setQueryKept] = useRemembered('search:query', '');
	const [chosen, setChosenKept] = useRemembered('search:chosen', 0);
	const [, rerender] = useState(0);
	// Keys typed faster than a frame must each see the text the previous one made.
	const typed = useRef(query);
	const at = useRef(chosen);
	const hits = useRef<SearchHit[]>([]);
	hits.current = query.trim() === '' ? [] : search(packs, query, lang);
	const setQuery = (next: string) => {
		typed.current = next;
		at.current = 0;
		setQueryKept(next);
		setChosenKept(0);
		hits.current = next.trim() === '' ? [] : search(packs, next, lang);
	};
	const choose = (index: number) => {
		at.current = Math.max(0, Math.min(index, hits.current.length - 1));
		setChosenKept(at.current);
		rerender((n) => n + 1);
	};
	useKeys(
		{
			capture: true,
			text: (ch) => setQuery(typed.current + ch),
			erase: () => setQuery([...typed.current].slice(0, -1).join('')),
			up: () => choose(at.current - 1),
			down: () => choose(at.current + 1),
			open: () => {
				const hit = hits.current[at.current];
				if (hit) onOpen(hit);
			},
			back: onClose,
		},
		'search',
	);

	const list = hits.current;
	// The frame, the field, the count, a blank line and the list's "more" line; the rest is the list.
	const listRows = Math.max(1, rows - FRAME_ROWS - 4);
	const first = Math.min(Math.max(0, chosen - Math.floor(listRows / 2)), Math.max(0, list.length - listRows));
	const shown = list.slice(first, first + listRows);
	const status = query.trim() === '' ? m.searchHint : list.length === 0 ? m.searchNone : m.searchCount(list.length);
	return (
		<ScreenFrame title={m.searchTitle} screen="search" columns={columns} rows={rows}>
			{({columns: inner}) => (
				<>
					<Text>
						{truncate(`${m.searchPrompt} ${query}`, inner - 1)}
						<Text inverse> </Text>
					</Text>
					<Text color={theme.muted}>{truncate(status, inner)}</Text>
					<Text> </Text>
					{shown.map((hit, i) => {
						const index = first + i;
						const mark = index === chosen ? theme.pointer : ' ';
						const kind = hit.kind === 'card' ? m.searchCard : m.searchTerm;
						const head = `${mark} ${hit.chapter} ${kind} · ${pick(hit.title, lang)}`;
						const tail = hit.field === 'body' ? ` — ${hit.snippet}` : '';
						return (
							<Text key={`${hit.pack}/${hit.kind}/${hit.id}`} color={index === chosen ? theme.accent : undefined}>
								{truncate(head + tail, inner)}
							</Text>
						);
					})}
					{list.length > first + shown.length ? <Text color={theme.muted}>{m.more(list.length - first - shown.length)}</Text> : null}
				</>
			)}
		</ScreenFrame>
	);
}
