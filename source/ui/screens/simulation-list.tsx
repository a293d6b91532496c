import {Text} from 'ink';
import type {PackIndex} from '../../content/pack-index.js';
import {pick} from '../../content/text.js';
import {Menu} from '../components/menu.js';
import {ScreenFrame} from '../components/screen-frame.js';
import {useI18n} from '../i18n-context.js';
import {usePack} from '../packs-context.js';
import {useProgress} from '../progress-context.js';
import {theme} from '../theme.js';

type Props = {pack: PackIndex; columns: number; rows: number; onOpen: (sim: string) => void};

/** A chapter's simulations, with how many of each one's challenges are met. */
export function SimulationList({pack: index, columns, rows, onOpen}: Props) {
	const {lang, m} = useI18n();
	const {doc} = useProgress();
	const pack = usePack(index.id);
	if (!pack) return <Text color={theme.muted}> {m.loading}</Text>;
	const items = pack.simulations.map((s) => {
		const met = s.challenges.filter((c) => doc.challenges[`${pack.id}/${s.id}/${c.id}`] !== undefined).length;
		return {label: `${pick(s.title, lang)} · ${met}/${s.challenges.length} ✓`, value: s.id};
	});
	return (
		<ScreenFrame title={`${m.chapter(pack.chapter)} · ${m.simPick}`} screen="chapter" columns={columns} rows={rows}>
			{(body) => <Menu items={items} columns={body.columns} screen="chapter" remember={`sims:${pack.id}`} onSelect={onOpen} />}
		</ScreenFrame>
	);
}
