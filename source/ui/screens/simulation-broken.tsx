import {Text} from 'ink';
import type {Simulation} from '../../content/schema.js';
import {pick, wrap} from '../../content/text.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {ScreenFrame} from '../components/screen-frame.js';
import {useKeys} from '../hooks/use-keys.js';
import {useI18n} from '../i18n-context.js';
import {theme} from '../theme.js';

type Props = {sim: Simulation; reason: string; columns: number; rows: number};

/** What is wrong with a simulation its pack cannot run; Esc goes back. */
export function SimulationBroken({sim, reason, columns, rows}: Props) {
	const {lang, m} = useI18n();
	useKeys({}, 'message');
	return (
		<ScreenFrame title={pick(sim.title, lang)} screen="message" columns={columns} rows={rows}>
			{(body) => {
				const fix = wrap(m.simBrokenFix, body.columns);
				// The reason gives way on a small screen: what is wrong, and how to fix it, always show.
				const said = wrap(m.simBroken, body.columns);
				const why = wrap(sanitizeLine(`${sim.id}: ${reason}`), body.columns).slice(0, Math.max(1, body.rows - said.length - fix.length));
				const lines = [
					...said.map((text) => ({text, color: theme.error})),
					...why.map((text) => ({text, color: undefined})),
					...fix.map((text) => ({text, color: theme.muted})),
				].slice(0, body.rows);
				return lines.map((line, i) => (
					<Text key={i} color={line.color}>
						{line.text}
					</Text>
				));
			}}
		</ScreenFrame>
	);
}
