import {Box, Text} from 'ink';
import type {Simulation} from '../../content/schema.js';
import {wrap} from '../../content/text.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {KeyHelp} from '../components/key-help.js';
import {useKeys} from '../hooks/use-keys.js';
import {useI18n} from '../i18n-context.js';
import {theme} from '../theme.js';

/** What is wrong with a simulation its pack cannot run; Esc goes back. */
export function SimulationBroken({sim, reason, columns}: {sim: Simulation; reason: string; columns: number}) {
	const {m} = useI18n();
	useKeys({}, 'message');
	const lines = [
		...wrap(m.simBroken, columns - 4).map((text) => ({text, color: theme.error})),
		...wrap(sanitizeLine(`${sim.id}: ${reason}`), columns - 4).map((text) => ({text, color: undefined})),
		...wrap(m.simBrokenFix, columns - 4).map((text) => ({text, color: theme.muted})),
	];
	return (
		<Box flexDirection="column" paddingX={2}>
			{lines.map((line, i) => (
				<Text key={i} color={line.color}>
					{line.text}
				</Text>
			))}
			<KeyHelp screen="message" columns={columns - 4} />
		</Box>
	);
}
