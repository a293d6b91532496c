import {Box, Text} from 'ink';
import type {PackIndex} from '../../content/pack-index.js';
import {pick, truncate} from '../../content/text.js';
import {KeyHelp} from '../components/key-help.js';
import {Menu} from '../components/menu.js';
import {useI18n} from '../i18n-context.js';
import {usePack} from '../packs-context.js';
import {useProgress} from '../progress-context.js';
import {theme} from '../theme.js';

type Props = {pack: PackIndex; columns: number; onOpen: (sim: string) => void};

/** A chapter's simulations, with how many of each one's challenges are met. */
export function SimulationList({pack: index, columns, onOpen}: Props) {
	const {lang, m} = useI18n();
	const {doc} = useProgress();
	const pack = usePack(index.id);
	if (!pack) return <Text color={theme.muted}> {m.loading}</Text>;
	const items = pack.simulations.map((s) => {
		const met = s.challenges.filter((c) => doc.challenges[`${pack.id}/${s.id}/${c.id}`] !== undefined).length;
		return {label: `${pick(s.title, lang)} · ${met}/${s.challenges.length} ✓`, value: s.id};
	});
	return (
		<Box flexDirection="column" paddingX={1}>
			<Text bold color={theme.accent}>
				{truncate(`${m.chapter(pack.chapter)} · ${m.simPick}`, columns - 2)}
			</Text>
			<Text> </Text>
			<Menu items={items} columns={columns - 2} screen="chapter" remember={`sims:${pack.id}`} onSelect={onOpen} />
			<Text> </Text>
			<KeyHelp screen="chapter" columns={columns - 2} />
		</Box>
	);
}
