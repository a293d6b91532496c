import {Text} from 'ink';
import {useState} from 'react';
import {describe, expect, it} from 'vitest';
import {ScreenKeysProvider, useKeyDispatch, useKeys} from '../source/ui/hooks/use-keys.js';
import {listedActions} from '../source/ui/keys.js';
import {renderInk} from './support/render-ink.js';

function Screen() {
	const [log, setLog] = useState<string[]>([]);
	const note = (what: string) => () => setLog((l) => [...l, what]);
	// `undo` is not in the cards screen's list (its help would not show it): it must never run.
	useKeys({toggle: note('toggle'), undo: note('undo'), next: note('next')}, 'cards');
	return <Text>log:{log.join(',')}</Text>;
}

function Harness() {
	const keys = useKeyDispatch((actions) => actions);
	return (
		<ScreenKeysProvider value={keys}>
			<Screen />
		</ScreenKeysProvider>
	);
}

describe('a screen answers only to the keys its help lists', () => {
	it('runs listed handlers and never an unlisted one, even in one chunk', async () => {
		expect(listedActions('cards').has('undo')).toBe(false);
		const ui = renderInk(<Harness />);
		await ui.waitForText('log:');
		ui.write('u u l');
		const frame = await ui.waitForText('log:toggle,toggle,next');
		expect(frame).not.toContain('undo');
		ui.unmount();
	});
});
