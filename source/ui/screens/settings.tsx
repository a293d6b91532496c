import {Box, Text} from 'ink';
import {useState} from 'react';
import {type Lang, LANGS, wrap} from '../../content/text.js';
import {capsOf} from '../../progress/schedule.js';
import {Menu} from '../components/menu.js';
import {ScreenFrame} from '../components/screen-frame.js';
import {useKeys} from '../hooks/use-keys.js';
import {useI18n} from '../i18n-context.js';
import {useProgress} from '../progress-context.js';
import {theme} from '../theme.js';

type Cap = 'reviewCap' | 'newCap';
type Props = {
	rows: number;
	onLang: (lang: Lang) => void;
	onCap: (key: Cap, value: number) => void;
	/** Turns the "how sure are you?" step after each answer on or off. */
	onAskConfidence?: ((on: boolean) => void) | undefined;
	onReset: () => void;
	columns: number;
};

const REVIEW_CAPS = [10, 20, 30, 50, 100, 200];
const NEW_CAPS = [0, 5, 10, 15, 20, 30];

/** The next value in a cycle of choices (the first if the current one is not among them). */
const nextIn = (list: number[], current: number) => list[(list.indexOf(current) + 1) % list.length]!;

/** Settings: language, the daily review and new-question caps, asking how sure, and a reset with confirmation. */
export function Settings({onLang, onCap, onAskConfidence, onReset, columns, rows}: Props) {
	const {lang, m} = useI18n();
	const {doc} = useProgress();
	const [confirming, setConfirming] = useState(false);
	const caps = capsOf(doc);
	const askConfidence = doc.settings.askConfidence?.value !== false;
	type Value = `lang:${Lang}` | Cap | 'askConfidence' | 'reset';
	const items: {label: string; value: Value}[] = [
		...LANGS.map((l) => ({label: `${m.language}: ${m.langName[l]}${l === lang ? '  ✓' : ''}`, value: `lang:${l}` as Value})),
		{label: m.settingReviewCap(caps.review), value: 'reviewCap'},
		{label: m.settingNewCap(caps.fresh), value: 'newCap'},
		{label: m.settingAskConfidence(askConfidence), value: 'askConfidence'},
		{label: m.settingReset, value: 'reset'},
	];
	const select = (value: Value) => {
		if (value === 'reviewCap') onCap('reviewCap', nextIn(REVIEW_CAPS, caps.review));
		else if (value === 'newCap') onCap('newCap', nextIn(NEW_CAPS, caps.fresh));
		else if (value === 'askConfidence') onAskConfidence?.(!askConfidence);
		else if (value === 'reset') setConfirming(true);
		else onLang(value.slice(5) as Lang);
	};
	return (
		<ScreenFrame title={m.settings} screen="settings" columns={columns} rows={rows}>
			{({columns: inner}) =>
				confirming ? (
					<ConfirmReset
						columns={inner}
						onAnswer={(yes) => {
							setConfirming(false);
							if (yes) onReset();
						}}
					/>
				) : (
					<Menu items={items} initialIndex={LANGS.indexOf(lang)} columns={inner} screen="settings" remember="settings" onSelect={select} />
				)
			}
		</ScreenFrame>
	);
}

/** "Reset everything?": y resets, any other key cancels. */
function ConfirmReset({columns, onAnswer}: {columns: number; onAnswer: (yes: boolean) => void}) {
	const {m} = useI18n();
	useKeys(
		{
			text: (input) => onAnswer(input === 'y' || input === 'Y'),
			open: () => onAnswer(false),
			toggle: () => onAnswer(false),
			up: () => onAnswer(false),
			down: () => onAnswer(false),
		},
		'settings',
	);
	return (
		<Box flexDirection="column">
			{wrap(m.resetConfirm, columns).map((line, i) => (
				<Text key={i} color={theme.warn}>
					{line}
				</Text>
			))}
		</Box>
	);
}
