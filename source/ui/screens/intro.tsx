import {Text} from 'ink';
import {wrapHanging} from '../../content/text.js';
import {ScreenFrame} from '../components/screen-frame.js';
import {useI18n} from '../i18n-context.js';
import {theme} from '../theme.js';

/** "How this works" on one screen: what the map's numbers mean, where to begin, how review works. Any key closes it. */
export function Intro({columns, rows}: {columns: number; rows: number}) {
	const {m} = useI18n();
	return (
		<ScreenFrame title={m.introTitle} screen="intro" columns={columns} rows={rows}>
			{({rows: room, columns: inner}) => {
				// On a small terminal the first points stay whole and the later ones give way, whole.
				const shown: string[] = [];
				for (const point of m.introLines.map((line) => wrapHanging(line, '• ', inner))) {
					if (shown.length > 0 && shown.length + point.length + 1 > room) break;
					shown.push(...point);
				}
				return (
					<>
						{shown.map((line, i) => (
							<Text key={i}>{line}</Text>
						))}
						<Text color={theme.accent}>{m.introClose}</Text>
					</>
				);
			}}
		</ScreenFrame>
	);
}
