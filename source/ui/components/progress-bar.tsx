import {Text} from 'ink';
import {theme} from '../theme.js';

type Props = {value: number; total: number; width: number};

/** A bar of `width` cells; full cells are rounded down so 99% never looks done. */
export function ProgressBar({value, total, width}: Props) {
	const ratio = total > 0 ? Math.min(1, value / total) : 0;
	const full = ratio >= 1 ? width : Math.floor(ratio * width);
	return (
		<Text>
			<Text color={ratio >= 1 ? theme.done : theme.accent}>{theme.barFull.repeat(full)}</Text>
			<Text color={theme.muted}>{theme.barEmpty.repeat(width - full)}</Text>
		</Text>
	);
}
