import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {type Lang, LANGS} from '../../content/text.js';
import {KeyHelp} from '../components/key-help.js';
import {useI18n} from '../i18n-context.js';
import {theme} from '../theme.js';

type Props = {onLang: (lang: Lang) => void; columns: number};

/** Settings: the language (saved with progress). */
export function Settings({onLang, columns}: Props) {
	const {lang, m} = useI18n();
	const items = LANGS.map((l) => ({label: `${m.langName[l]}${l === lang ? '  ✓' : ''}`, value: l}));
	return (
		<Box flexDirection="column" paddingX={1}>
			<Text bold color={theme.accent}>
				{m.settings}
			</Text>
			<Text> </Text>
			<Text>{m.language}</Text>
			<SelectInput items={items} initialIndex={LANGS.indexOf(lang)} onSelect={(item) => onLang(item.value)} />
			<Text> </Text>
			<KeyHelp screen="settings" columns={columns - 2} />
		</Box>
	);
}
