import {useInput} from 'ink';
import {type Action, actionsOf} from '../keys.js';

export type Handlers = Partial<Record<Action, () => void>>;

/** Routes key presses through the key table to the screen's handlers. */
export function useKeys(handlers: Handlers, isActive = true): void {
	useInput(
		(input, key) => {
			for (const action of actionsOf(input, key)) handlers[action]?.();
		},
		{isActive},
	);
}
