import {Text} from 'ink';
import type {LessonPack} from '../../../content/schema.js';
import {pick, truncate, width} from '../../../content/text.js';
import {type MisconceptionInfo, misconceptionInfo} from '../../../progress/misconceptions.js';
import {useI18n} from '../../i18n-context.js';
import {showKeys} from '../../keys.js';
import {theme} from '../../theme.js';

/** The misconception a remediation item checks (its `remedy` id), with its card and simulation, if the pack has it. */
export function remedyOf(pack: LessonPack, id: string | undefined): MisconceptionInfo | undefined {
	return id === undefined ? undefined : misconceptionInfo(pack).find((info) => info.id === id);
}

type Props = {info: MisconceptionInfo; answered: boolean; columns: number};

/**
 * The line over a remediation item. While it is answered it only says it is a
 * check (naming the wrong idea would point at the option that holds it); once
 * answered it names the misconception and the keys that open its card and
 * simulation.
 */
export function RemedyLine({info, answered, columns}: Props) {
	const {lang, m} = useI18n();
	if (!answered) return <Text color={theme.accent}>{truncate(m.remedyCheckNow, columns)}</Text>;
	const keys = ` · ${m.remedyKeys(showKeys(['card']), info.simulation ? showKeys(['remedySim']) : undefined)}`;
	// The keys stay whole; a long label is cut instead.
	const label = truncate(m.remedyAfter(pick(info.label, lang)), Math.max(10, columns - width(keys))).replace(/\s+…$/, '…');
	return <Text color={theme.accent}>{truncate(label + keys, columns)}</Text>;
}
