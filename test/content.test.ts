import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {lessonPackJsonSchema} from '../source/content/json-schema.js';
import {loadPackDir, loadPacks, packFiles} from '../source/content/load-packs.js';
import {formatProblem, parsePack} from '../source/content/parse-pack.js';
import {clean, pick, truncate, width, wrap} from '../source/content/text.js';

const bad = (name: string) => `test/fixtures/bad/${name}.yaml`;
const problemsOf = (file: string) => loadPacks([file]).problems.map(formatProblem);

describe('validating lesson packs', () => {
	it('loads the good fixtures (a card that needs scrolling is only a warning)', () => {
		const {packs, problems} = loadPackDir('test/fixtures/good');
		expect(problems.every((p) => p.warning)).toBe(true);
		expect(problems.filter((p) => p.message.includes('80×24')).map(formatProblem)).toEqual([
			'test/fixtures/good/90-fixture.yaml:27:5 warning: card "cache-long" needs 20 lines in Korean; 16 fit on an 80×24 screen',
			'test/fixtures/good/90-fixture.yaml:27:5 warning: card "cache-long" needs 20 lines in English; 16 fit on an 80×24 screen',
		]);
		expect(packs.map((p) => [p.id, p.cards.length])).toEqual([
			['fixture-caching', 3],
			['fixture-queues', 1],
			['fixture-quiz', 1],
		]);
	});

	it('reports malformed YAML with its position', () => {
		expect(problemsOf(bad('malformed-yaml'))).toEqual([
			'test/fixtures/bad/malformed-yaml.yaml:4:1 YAML: Flow map in block collection must be sufficiently indented and end with a }',
		]);
	});

	it('reports a missing translation at the object that lacks it', () => {
		expect(problemsOf(bad('missing-translation'))).toEqual(['test/fixtures/bad/missing-translation.yaml:9:7 cards.0.title.en: is missing']);
	});

	it('reports a duplicate id at the second one', () => {
		expect(problemsOf(bad('duplicate-id'))).toEqual(['test/fixtures/bad/duplicate-id.yaml:10:9 cards.1.id: duplicate id "same"']);
	});

	it('reports an unknown field at its key', () => {
		expect(problemsOf(bad('unknown-field'))).toEqual(['test/fixtures/bad/unknown-field.yaml:10:5 cards.0: unknown field "colour"']);
	});

	it('reports terminal control characters in text', () => {
		expect(problemsOf(bad('control-chars'))).toEqual([
			'test/fixtures/bad/control-chars.yaml:9:26 cards.0.body.en: contains a terminal control character',
		]);
	});

	it('skips bad packs and keeps the good ones', () => {
		const {packs, problems} = loadPacks([...packFiles('test/fixtures/good'), bad('duplicate-id'), bad('unknown-field')]);
		expect(packs.map((p) => p.id)).toEqual(['fixture-caching', 'fixture-queues', 'fixture-quiz']);
		expect(problems.filter((p) => !p.warning)).toHaveLength(2);
	});

	it('refuses an extra pack that reuses a loaded id or chapter', () => {
		const {packs: known} = loadPackDir('test/fixtures/good');
		const {packs, problems} = loadPacks(['test/fixtures/good/90-fixture.yaml'], {known});
		expect(packs).toEqual([]);
		expect(problems.filter((p) => !p.warning).map(formatProblem)).toEqual([
			'test/fixtures/good/90-fixture.yaml:2:5 duplicate pack: id "fixture-caching" is already used by another pack',
			'test/fixtures/good/90-fixture.yaml:3:10 duplicate pack: chapter 90 is already used by pack "fixture-caching"',
		]);
	});

	it('checks answers and card references', () => {
		const yaml = readFileSync('test/fixtures/good/90-fixture.yaml', 'utf8')
			.replace('card: cache-why', 'card: no-such-card')
			.replace('type: true-false', 'type: single')
			.replace('answer: true', 'answer: 2\n    choices: [{ko: 가, en: a}, {ko: 나, en: b}]');
		expect(parsePack(yaml, 'x.yaml').problems.map(formatProblem)).toEqual([
			'x.yaml:75:11 quiz.0.card: no card with id "no-such-card"',
			'x.yaml:77:13 quiz.0.answer: answer 2 is past the last choice (1)',
		]);
	});

	it('checks that a card’s "try it" names a simulation of its pack', () => {
		const yaml = readFileSync('test/fixtures/good/90-fixture.yaml', 'utf8').replace(
			'  - id: cache-why\n',
			'  - id: cache-why\n    simulation: no-such-sim\n',
		);
		expect(parsePack(yaml, 'x.yaml').problems.map(formatProblem)).toEqual([
			'x.yaml:9:17 cards.0.simulation: no simulation with id "no-such-sim" in this pack',
		]);
	});

	it('ships a JSON Schema that matches the zod schema', () => {
		const shipped = JSON.parse(readFileSync('lessons/lesson-pack.schema.json', 'utf8'));
		expect(shipped).toEqual(lessonPackJsonSchema());
	});
});

describe('text from packs', () => {
	it('can never emit terminal escape sequences', () => {
		expect(clean('a\u001b[2J\u001b[31mb\u0007c\u009bd\ne')).toBe('abcd\ne');
		expect(pick({ko: '가\u001b]0;title\u0007나', en: 'x'}, 'ko')).toBe('가]0;title나');
	});

	it('wraps Korean between characters, never inside one, within the width', () => {
		const text = '일관성 해싱은 서버가 추가되거나 제거될 때 전체 키가 아니라 변경된 범위의 키만 다시 매핑한다.';
		for (const columns of [10, 11, 20, 37]) {
			const lines = wrap(text, columns);
			for (const line of lines) expect(width(line)).toBeLessThanOrEqual(columns);
			expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
		}
		expect(wrap('가나다라마바사', 5)).toEqual(['가나', '다라', '마바', '사']);
	});

	it('truncates by display width with an ellipsis', () => {
		expect(truncate('로드 밸런싱 알고리즘', 9)).toBe('로드 밸…');
		expect(width(truncate('로드 밸런싱 알고리즘', 9))).toBeLessThanOrEqual(9);
		expect(truncate('short', 9)).toBe('short');
	});
});
