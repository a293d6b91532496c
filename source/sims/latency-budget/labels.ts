import type {Localized} from '../../content/schema.js';
import type {Stage, Technique} from './params.js';

/** Each stage's name on screen, and the one letter the one-line waterfall draws it with. */
export const STAGE_LABEL: Record<Stage, Localized & {letter: string}> = {
	connect: {en: 'connect', ko: '연결', letter: 'c'},
	queries: {en: 'queries', ko: '쿼리', letter: 'q'},
	scan: {en: 'page scan', ko: '페이지 스캔', letter: 's'},
	serialize: {en: 'serialize', ko: '직렬화', letter: 'j'},
	transfer: {en: 'transfer', ko: '전송', letter: 't'},
	log: {en: 'log', ko: '로깅', letter: 'l'},
};

export const TECHNIQUE_LABEL: Record<Technique, Localized> = {
	cache: {en: 'cache', ko: '캐시'},
	pool: {en: 'pool', ko: '연결 풀'},
	fixNPlusOne: {en: 'N+1 fix', ko: 'N+1 해결'},
	keyset: {en: 'keyset', ko: '키셋'},
	fastJson: {en: 'fast JSON', ko: '빠른 JSON'},
	compression: {en: 'compression', ko: '압축'},
	asyncLog: {en: 'async log', ko: '비동기 로깅'},
};
