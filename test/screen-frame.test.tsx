import {Text} from 'ink';
import {describe, expect, it} from 'vitest';
import {ScreenFrame} from '../source/ui/components/screen-frame.js';
import {I18nContext, i18nFor} from '../source/ui/i18n-context.js';
import {renderInk} from './support/render-ink.js';

function frame(columns: number, rows: number, title: string, status?: string) {
	let body = {rows: 0, columns: 0};
	const ui = renderInk(
		<I18nContext.Provider value={i18nFor('en')}>
			<ScreenFrame title={title} status={status} screen="glossary" columns={columns} rows={rows}>
				{(b) => {
					body = b;
					return Array.from({length: b.rows}, (_, i) => <Text key={i}>row {i}</Text>);
				}}
			</ScreenFrame>
		</I18nContext.Provider>,
		{columns, rows},
	);
	return {ui, body: () => body};
}

describe('the screen frame', () => {
	it('gives the body every row but the title, two blank lines and the footer', async () => {
		const {ui, body} = frame(80, 24, 'Chapter 60 · glossary', '14 terms');
		const lines = (await ui.waitForText('row 19')).split('\n');
		expect(body()).toEqual({rows: 20, columns: 78});
		expect(lines).toHaveLength(24);
		expect(lines[0]).toBe(` Chapter 60 · glossary${' '.repeat(49)}14 terms`);
		expect(lines[23]).toBe(' ↑↓/jk scroll · Esc back · ? help · q quit');
		ui.unmount();
	});

	it('drops the status before it would squeeze the title, and cuts the title whole-character', async () => {
		const {ui} = frame(20, 16, '카프카 용어집 아주 긴 제목', '14 terms');
		const first = (await ui.waitForText('row 0')).split('\n')[0]!;
		expect(first).toBe(' 카프카 용어집 아…');
		ui.unmount();
	});
});
