import {Box, Text} from 'ink';
import {useRef, useState} from 'react';
import {type Lang, LANGS, wrap} from '../../content/text.js';
import {intervalModifier} from '../../progress/fsrs.js';
import {fsrsParamsOf} from '../../progress/review-card.js';
import {capsOf} from '../../progress/schedule.js';
import {Menu, type MenuItem} from '../components/menu.js';
import {ScreenFrame} from '../components/screen-frame.js';
import {useKeys} from '../hooks/use-keys.js';
import {useI18n} from '../i18n-context.js';
import {useProgress} from '../progress-context.js';
import {theme} from '../theme.js';

type Cap = 'reviewCap' | 'newCap' | 'retention' | 'maxInterval';
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

/*
 * Retention in steps of 0.01: a step of 0.05 is too coarse, since from 0.90
 * to 0.95 the gaps shrink to 0.40× (about 2½ times the reviews).
 */
const RETENTIONS = Array.from({length: 11}, (_, i) => (85 + i) / 100);
const MAX_INTERVALS = [30, 90, 180, 365, 730, 1825];

/** The next value in a cycle of choices: the first one above the current, else the first. */
const nextIn = (list: number[], current: number) => list.find((v) => v > current) ?? list[0]!;

/** Settings: language, the daily caps, the review schedule's retention and longest gap, asking how sure, and a reset with confirmation. */
export function Settings({onLang, onCap, onAskConfidence, onReset, columns, rows}: Props) {
	const {lang, m} = useI18n();
	const {doc} = useProgress();
	const [confirming, setConfirming] = useState(false);
	const caps = capsOf(doc);
	const fsrs = fsrsParamsOf(doc.settings);
	// Each Enter of a burst ("⏎⏎⏎" in one read) steps on from the one before, not from the last frame's value.
	const shown = useRef<Record<Cap, number>>({reviewCap: 0, newCap: 0, retention: 0, maxInterval: 0});
	shown.current = {reviewCap: caps.review, newCap: caps.fresh, retention: fsrs.retention, maxInterval: fsrs.maxInterval};
	const askConfidence = doc.settings.askConfidence?.value !== false;
	// Each Enter of a burst flips it again (two Enters leave it as it was).
	const asking = useRef(askConfidence);
	asking.current = askConfidence;
	const step = (key: Cap, list: number[]) => {
		shown.current[key] = nextIn(list, shown.current[key]);
		onCap(key, shown.current[key]);
	};
	type Value = `lang:${Lang}` | Cap | 'askConfidence' | 'reset';
	const items: MenuItem<Value>[] = [
		...LANGS.map((l) => ({label: `${m.language}: ${m.langName[l]}${l === lang ? '  ✓' : ''}`, value: `lang:${l}` as Value})),
		{label: m.settingReviewCap(caps.review), value: 'reviewCap', detail: m.settingReviewCapHelp},
		{label: m.settingNewCap(caps.fresh), value: 'newCap', detail: m.settingNewCapHelp},
		{
			label: m.settingRetention(fsrs.retention.toFixed(2), intervalModifier(fsrs.retention).toFixed(2)),
			value: 'retention',
			detail: m.settingRetentionHelp,
		},
		{label: m.settingMaxInterval(fsrs.maxInterval), value: 'maxInterval', detail: m.settingMaxIntervalHelp},
		{label: m.settingAskConfidence(askConfidence), value: 'askConfidence', detail: m.settingAskConfidenceHelp},
		{label: m.settingReset, value: 'reset'},
	];
	const select = (value: Value) => {
		if (value === 'reviewCap') step('reviewCap', REVIEW_CAPS);
		else if (value === 'newCap') step('newCap', NEW_CAPS);
		else if (value === 'retention') step('retention', RETENTIONS);
		else if (value === 'maxInterval') step('maxInterval', MAX_INTERVALS);
		else if (value === 'askConfidence') {
			asking.current = !asking.current;
			onAskConfidence?.(asking.current);
		} else if (value === 'reset') setConfirming(true);
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
