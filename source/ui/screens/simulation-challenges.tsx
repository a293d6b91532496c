import {Box, Text} from 'ink';
import type {Simulation} from '../../content/schema.js';
import {pick, wrap, wrapHanging} from '../../content/text.js';
import {useI18n} from '../i18n-context.js';
import {theme} from '../theme.js';

type Props = {
	sim: Simulation;
	met: (id: string) => boolean;
	columns: number;
	rows: number;
	scroll: number;
	/** A param's name as the learner reads it (its label on the parameter panel). */
	labelOf?: (path: string) => string;
};

/** The simulation's introduction and every challenge in full (with its hint), scrolled by ↑↓. */
export function ChallengesView({sim, met, columns, rows, scroll, labelOf = (path) => path}: Props) {
	const {lang, m} = useI18n();
	const lines: {text: string; color?: string}[] = [];
	if (sim.intro) for (const text of wrap(pick(sim.intro, lang), columns)) lines.push({text});
	lines.push({text: ''}, {text: m.simChallengesTitle, color: theme.accent});
	for (const c of sim.challenges) {
		const done = met(c.id);
		for (const text of wrapHanging(pick(c.title, lang), done ? '✓ ' : '○ ', columns)) lines.push(done ? {text, color: theme.done} : {text});
		if (c.hint)
			for (const text of wrapHanging(`${m.simHint}: ${pick(c.hint, lang)}`, '  ', columns)) lines.push({text, color: theme.muted});
		if (c.keep?.length)
			for (const text of wrapHanging(m.simKeeps(c.keep.map(labelOf).join(', ')), '  ', columns)) lines.push({text, color: theme.muted});
	}
	const top = Math.min(scroll, Math.max(0, lines.length - rows));
	return (
		<Box flexDirection="column">
			{lines.slice(top, top + rows).map((line, i) => (
				<Text key={`c${top + i}`} color={line.color}>
					{line.text || ' '}
				</Text>
			))}
		</Box>
	);
}
