import {useApp} from 'ink';
import {useState} from 'react';
import type {PackIndex} from './content/pack-index.js';
import type {LessonPack} from './content/schema.js';
import type {Lang} from './content/text.js';
import {setLang} from './store/progress-doc.js';
import type {ProgressStore} from './store/progress-store.js';
import {Notices, noticeLines} from './ui/components/notices.js';
import {useTerminalSize} from './ui/hooks/use-terminal-size.js';
import {I18nContext, i18nFor} from './ui/i18n-context.js';
import {ScreenKeysProvider, useKeyDispatch} from './ui/hooks/use-keys.js';
import type {ScreenName} from './ui/keys.js';
import {PacksProvider} from './ui/packs-context.js';
import {ProgressProvider, useProgress} from './ui/progress-context.js';
import {CardsLoader} from './ui/screens/cards.js';
import {Chapter} from './ui/screens/chapter.js';
import {Help} from './ui/screens/help.js';
import {Home} from './ui/screens/home.js';
import {Settings} from './ui/screens/settings.js';
import {TooSmall} from './ui/screens/too-small.js';
import {MIN_COLUMNS, MIN_ROWS} from './ui/theme.js';

export type AppProps = {
	/** The chapters, enough to draw the map and chapter screens. */
	index: PackIndex[];
	/** The full packs, loaded after the first frame. */
	packs: () => Promise<LessonPack[]>;
	/** Opened after the first frame, so start-up never waits for the disk. */
	store: () => Promise<ProgressStore>;
	/** The language before the stored choice is known (from --lang or the locale). */
	lang: Lang;
	/** True when --lang was given: it wins over the stored choice for this run. */
	langForced: boolean;
	/** How many problems the extra packs had (they were skipped). */
	packWarnings?: number;
	now?: () => number;
};

export function App(props: AppProps) {
	return (
		<ProgressProvider store={props.store}>
			<PacksProvider load={props.packs}>
				<Screens {...props} />
			</PacksProvider>
		</ProgressProvider>
	);
}

type Route = {name: 'home'} | {name: 'chapter'; pack: PackIndex} | {name: 'cards'; pack: PackIndex} | {name: 'settings'};

function Screens({index, lang: initialLang, langForced, packWarnings = 0, now = Date.now}: AppProps) {
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const {doc, update, notices, storeError, dismissNotices} = useProgress();
	const [forced, setForced] = useState(langForced ? initialLang : undefined);
	const [stack, setStack] = useState<Route[]>([{name: 'home'}]);
	const [selected, setSelected] = useState(0);
	const [help, setHelp] = useState(false);
	const [warningsShown, setWarningsShown] = useState(packWarnings);
	const lang = forced ?? doc.settings.lang?.value ?? initialLang;
	const route = stack[stack.length - 1]!;
	const i18n = i18nFor(lang);
	const push = (r: Route) => setStack((s) => [...s, r]);

	// Keys every screen shares: quit, back, help. Progress is saved on every
	// change, so quitting has nothing left to write. Any key hides the notices.
	const screenKeys = useKeyDispatch((actions) => {
		if (notices.length > 0 || warningsShown > 0) {
			dismissNotices();
			setWarningsShown(0);
		}
		if (actions.includes('quit')) {
			exit();
			return [];
		}
		if (help) {
			setHelp(false);
			return [];
		}
		const rest = actions.filter((a) => a !== 'help' && a !== 'back');
		for (const action of actions) {
			if (action === 'help') setHelp(true);
			if (action === 'back') setStack((s) => (s.length > 1 ? s.slice(0, -1) : s));
		}
		return rest;
	});

	const small = columns < MIN_COLUMNS || rows < MIN_ROWS;
	const screen: ScreenName = route.name;
	const content = (() => {
		if (small) return <TooSmall columns={columns} rows={rows} />;
		if (help) return <Help screen={screen} columns={columns} />;
		switch (route.name) {
			case 'home': {
				const lines = noticeLines(i18n.m, {notices, warnings: warningsShown, storeError}, columns - 2);
				return (
					<>
						<Notices lines={lines} />
					<Home
						packs={index}
						selected={selected}
						onSelect={setSelected}
						onOpen={(pack) => push({name: 'chapter', pack})}
						onSettings={() => push({name: 'settings'})}
						columns={columns}
						rows={rows}
						reserved={lines.length}
					/>
					</>
				);
			}
			case 'chapter':
				return <Chapter pack={route.pack} onOpen={() => push({name: 'cards', pack: route.pack})} columns={columns} />;
			case 'cards':
				return <CardsLoader key={route.pack.id} pack={route.pack} columns={columns} rows={rows} now={now} />;
			case 'settings':
				return (
					<Settings
						columns={columns}
						onLang={(l) => {
							setForced(undefined);
							update((d) => setLang(d, l, now()));
						}}
					/>
				);
		}
	})();

	return (
		<I18nContext.Provider value={i18n}>
			<ScreenKeysProvider value={screenKeys}>{content}</ScreenKeysProvider>
		</I18nContext.Provider>
	);
}
