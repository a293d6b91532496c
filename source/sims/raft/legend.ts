import type {Lang} from '../../content/text.js';

const LEGEND: Record<Lang, string[]> = {
	en: [
		'n2 a server · F follower · C3 candidate holding 3 votes · L leader · ✗ crashed',
		't3 its current term (a new election starts a new term)',
		'█░ election timer: runs for leader when it empties',
		'▓░ leader: time to its next heartbeat',
		'15/14 log length / entries it knows are committed',
		'g1 its side of a network split',
		'│1122 its log, one character per entry: the term that wrote it',
		'RV asks for a vote · V a vote reply · AE entries to copy',
		'HB an empty AppendEntries (heartbeat) · AR its reply',
		'0→1 sender→receiver · ▁▃▅█ how far the message has travelled',
		'n0 → n2 ▃ RV … with room, each message on its own line, in words',
		'colours: green leader · yellow candidate · gray crashed',
	],
	ko: [
		'n2 서버 · F 팔로워 · C3 표 3개를 가진 후보 · L 리더 · ✗ 다운',
		't3 현재 임기(선거가 열릴 때마다 임기가 오른다)',
		'█░ 선거 타이머: 다 비면 리더에 도전한다',
		'▓░ 리더: 다음 하트비트까지 남은 시간',
		'15/14 로그 길이 / 커밋된 것으로 아는 항목 수',
		'g1 네트워크가 나뉘었을 때 속한 쪽',
		'│1122 로그, 항목마다 한 글자: 그 항목을 쓴 임기',
		'RV 투표 요청 · V 투표 응답 · AE 복제할 항목',
		'HB 빈 AppendEntries(하트비트) · AR 그 응답',
		'0→1 보낸 서버→받는 서버 · ▁▃▅█ 메시지가 간 거리',
		'n0 → n2 ▃ RV … 자리가 있으면 메시지마다 한 줄로 풀어 쓴다',
		'색: 초록 리더 · 노랑 후보 · 회색 다운',
	],
};

/** What every code and glyph of the Raft drawing means. */
export function raftLegend(lang: Lang): string[] {
	return LEGEND[lang];
}
