import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'top: tick/run length · prod produced · cons consumed · err failed sends',
		'down b0,b1 failed brokers · rebalancing: the group is paused',
		'p2 a partition of the topic (a key goes to murmur2(key) % partitions)',
		'lead b2 (short b2) its leader broker',
		'OFFLINE (OFF) no in-sync replica is up: sends to it fail',
		'isr 2,0 (short {20}) its in-sync replicas: brokers with every message',
		'█ messages the group has consumed · ▒ lag: written, not yet consumed',
		'31/36 committed offset / log end offset · lag 5 messages waiting',
		'c02 the consumer that reads it (- none)',
		'c01 p0-2 lag 5: a member, the partitions it reads, its lag',
		'idle: a consumer with no partition (more consumers than partitions)',
		'colours: yellow a replica down or rebalancing · red a partition offline',
	],
	ko: [
		'맨 위: 틱/실행 길이 · 생산 보낸 수 · 소비 처리한 수 · 오류 실패한 전송',
		'장애 b0,b1 멈춘 브로커 · 리밸런싱: 그룹이 멈춰 있음',
		'p2 토픽의 파티션(키는 murmur2(키) % 파티션 수로 간다)',
		'리더 b2(짧게 b2) 그 파티션의 리더 브로커',
		'오프라인(OFF) 살아 있는 동기화 복제본 없음: 전송이 실패함',
		'isr 2,0(짧게 {20}) 동기화 복제본: 모든 메시지를 가진 브로커',
		'█ 그룹이 소비한 메시지 · ▒ 지연: 쓰였지만 아직 소비하지 않은 메시지',
		'31/36 커밋 오프셋 / 로그 끝 오프셋 · 지연 5 기다리는 메시지',
		'c02 그 파티션을 읽는 컨슈머(- 없음)',
		'c01 p0-2 지연 5: 멤버, 맡은 파티션, 그 지연',
		'유휴: 파티션이 없는 컨슈머(컨슈머가 파티션보다 많음)',
		'색: 노랑 복제본 장애나 리밸런싱 · 빨강 오프라인 파티션',
	],
};

/** What every code, glyph and colour of the Kafka drawing means. */
export function kafkaLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
