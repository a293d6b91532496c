import {Text} from 'ink';
import {truncate, width} from '../../content/text.js';
import type {Ref, SessionPlan} from '../../progress/session-plan.js';
import {useI18n} from '../i18n-context.js';
import {theme} from '../theme.js';

/** One line where review starts: what today's session holds ("오늘 복습 18개 · 약 12분 · 4개 장"); nothing when none is due. */
export function SessionShape({plan, columns}: {plan: Pick<SessionPlan<Ref>, 'items' | 'minutes' | 'chapters' | 'later'>; columns: number}) {
	const {m} = useI18n();
	if (plan.items.length === 0) return null;
	const shape = m.sessionShape(plan.items.length, plan.minutes, plan.chapters);
	// What waits for later is said when it fits whole, never cut in half.
	const later = plan.later > 0 ? m.sessionShapeLater(plan.later) : '';
	const text = width(shape + later) <= columns ? shape + later : shape;
	return <Text color={theme.muted}>{truncate(text, columns)}</Text>;
}
