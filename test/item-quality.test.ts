import {describe, expect, it} from 'vitest';
import {giveaway, itemQuality} from '../source/content/item-quality.js';
import {loadPackDir} from '../source/content/load-packs.js';
import {type LessonPack, type LessonPackInput, lessonPack} from '../source/content/schema.js';

const t = (en: string, ko = `${en} 한다`) => ({ko, en});
const choices = (...en: string[]) => en.map((e) => t(e, e));

function single(id: string, answer: number, opts: string[], extra: object = {}) {
	return {
		id,
		card: 'c1',
		type: 'single' as const,
		prompt: t('Which one fits?', '어느 것이 맞나?'),
		explanation: t('Because.', '그렇다.'),
		choices: choices(...opts),
		answer,
		...extra,
	};
}

/** A pack that passes every rule; each test breaks one. */
function pack(change: (p: LessonPackInput) => void = () => {}): LessonPack {
	const input: LessonPackInput = {
		id: 'fixture',
		chapter: 900,
		title: t('Fixture'),
		summary: t('A pack for tests.', '테스트용 팩이다.'),
		source: {title: 'Fixture', url: 'https://example.com/'},
		cards: [{id: 'c1', title: t('Card'), body: t('Body text.', '본문이다.')}],
		quiz: [
			single('s1', 0, ['alpha', 'beta gamma', 'delta']),
			single('s2', 1, ['alpha', 'beta', 'gamma delta']),
			single('s3', 2, ['alpha beta', 'gamma', 'delta']),
			{
				id: 'r1',
				card: 'c1',
				type: 'true-false',
				prompt: t('A claim.', '주장이다.'),
				explanation: t('Yes.', '그렇다.'),
				answer: true,
				skill: 'reasoning',
			},
			{
				id: 'r2',
				card: 'c1',
				type: 'true-false',
				prompt: t('Another.', '다른 주장이다.'),
				explanation: t('No.', '아니다.'),
				answer: false,
				skill: 'reasoning',
			},
		],
	};
	change(input);
	return lessonPack.parse(input);
}

const messages = (p: LessonPack) => itemQuality([p]).map((x) => x.message);

describe('item quality', () => {
	it('holds for every shipped pack', () => {
		const {packs, problems} = loadPackDir('lessons');
		expect(problems).toEqual([]);
		expect(itemQuality(packs)).toEqual([]);
	});

	it('passes a pack that keeps every rule', () => {
		expect(itemQuality([pack()])).toEqual([]);
	});

	it('flags a key that is the uniquely longest option in over a third of the items', () => {
		const p = pack((x) => {
			x.quiz![0] = single('s1', 0, ['the longest option here', 'beta', 'gamma']);
			x.quiz![1] = single('s2', 1, ['alpha', 'the longest option here', 'gamma']);
		});
		expect(messages(p).filter((m) => m.includes('uniquely longest'))).toHaveLength(2); // ko and en
	});

	it('flags a chapter whose true/false items all go one way, and an imbalance over all packs', () => {
		const p = pack((x) => {
			(x.quiz![3] as {answer: boolean}).answer = false;
		});
		expect(messages(p)).toContain('all 2 true/false items are false: make some the other way');
		const many = Array.from({length: 10}, (_, i) =>
			pack((x) => {
				x.id = `p${i}`;
				x.chapter = 900 + i;
				(x.quiz![3] as {answer: boolean}).answer = i < 2;
			}),
		);
		expect(itemQuality(many).some((m) => m.message.includes('of all 20 true/false items are true'))).toBe(true);
	});

	it('flags catch-all options, position references and a prompt echoed only by the key', () => {
		const p = pack((x) => {
			x.quiz![0] = single('s1', 0, ['alpha', 'All of the above', 'delta']);
			x.quiz![1] = single('s2', 1, ['alpha', 'beta', 'gamma'], {explanation: t('The first option is wrong.', '각각 틀리다.')});
		});
		const m = messages(p);
		expect(m).toContain('s1: no "all/none of the above" options');
		expect(m).toContain("s2: en: refers to an option's position, but options are shuffled");
		expect(m).toContain("s2: ko: refers to an option's position, but options are shuffled");
		expect(giveaway('Which protocol do browsers speak?', ['gRPC over HTTP/2', 'HTTP from browsers', 'AMQP'], 1)).toBe('browser');
		expect(giveaway('Which protocol do browsers speak?', ['gRPC for browsers', 'HTTP from browsers', 'AMQP'], 1)).toBeUndefined();
	});

	it('flags an untested card unless it says why, and too few reasoning items', () => {
		const p = pack((x) => {
			x.cards.push({id: 'c2', title: t('Second'), body: t('More.', '더 있다.')});
			delete (x.quiz![4] as {skill?: string}).skill;
		});
		expect(messages(p)).toContain('card "c2" is asked about by no quiz item (add one, or say why not in noQuiz)');
		expect(messages(p)).toContain('1 reasoning item(s); every chapter needs at least 2 (skill: reasoning)');
		const optedOut = pack((x) => {
			x.cards.push({id: 'c2', title: t('Sources'), body: t('Links.', '링크다.'), noQuiz: 'a list of sources'});
		});
		expect(itemQuality([optedOut])).toEqual([]);
	});

	it('flags notes the learner never sees, British spelling and polite Korean endings', () => {
		const p = pack((x) => {
			x.cards[0]!.body = {en: 'As the notes say, we optimise behaviour.', ko: '노트에 따르면 그렇습니다.'};
		});
		const m = messages(p);
		expect(m).toContain('refers to notes the learner never sees (say "this chapter" or name the card)');
		expect(m.some((s) => s.startsWith('British spelling "optimise"'))).toBe(true);
		expect(m).toContain('Korean "습니다" ending (write 한다체)');
	});

	it('flags an approximate numeric question with no tolerance', () => {
		const p = pack((x) => {
			x.quiz!.push({
				id: 'n1',
				card: 'c1',
				type: 'numeric',
				prompt: t('About how many percent?', '약 몇 퍼센트인가?'),
				explanation: t('So.', '그렇다.'),
				answer: 90,
				tolerance: 0,
			});
		});
		expect(messages(p)).toContain('n1: the prompt asks for an approximate figure or a bound: give a tolerance that fits it');
	});
});
