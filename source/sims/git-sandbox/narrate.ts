import type {Localized} from '../../content/schema.js';
import type {Lang} from '../../content/text.js';
import type {GitSandboxAction, GitSandboxState, Outcome} from './engine.js';
import {explain} from './errors.js';
import type {GitEvent} from './outcome.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** "main 브랜치" or "HEAD": a Korean noun (or HEAD, read 헤드) to hang the particle on. */
const koRef = (name: string) => (name === 'HEAD' ? 'HEAD' : `${name} 브랜치`);
const KO_ABORT: Record<string, string> = {
	merge: '병합을',
	rebase: 'rebase를',
	'cherry-pick': 'cherry-pick 작업을',
	revert: 'revert 작업을',
};

/** "resolve config.txt": the command to type, with the file when there is only one. */
const resolveHint = (files: readonly string[] = []) => `resolve ${files.length === 1 ? files[0] : 'FILE'}`;

function en(e: GitEvent): string {
	const {a = '', b = '', n = 0, id = ''} = e;
	const files = (e.files ?? []).join(', ');
	const fix = resolveHint(e.files);
	switch (e.kind) {
		case 'committed':
			return `committed "${a}" as ${id}`;
		case 'merge-committed':
			return `finished the merge: merge commit ${id}`;
		case 'branch-created':
			return `created branch ${a} at ${id}${n === 1 ? ' and switched to it' : ''}`;
		case 'switched':
			return `switched to ${a}`;
		case 'detached':
			return `HEAD is detached at ${id}: new commits here belong to no branch`;
		case 'already-on':
			return `already on ${a}`;
		case 'fast-forward':
			return `fast-forwarded ${a} to ${b}: no new commit, the label just moved`;
		case 'merged':
			return `merged ${a} into ${b}: merge commit ${id}`;
		case 'merge-conflict':
			return `conflict in ${files}: ${fix} ours|theirs, then commit (or ${e.abort ?? 'merge --abort'})`;
		case 'squashed':
			return `staged ${a}'s changes (${plural(n, 'file')}) as one: commit records them as a single commit`;
		case 'up-to-date':
			return `already up to date: ${a} is already in this history`;
		case 'rebased':
			return `rebased ${a} onto ${b}: ${plural(n, 'commit')} replayed with new ids`;
		case 'rebase-ff':
			return `${a} had no commits of its own: moved it forward to ${b}`;
		case 'rebase-conflict':
			return `conflict in ${files}: ${fix} ours|theirs, then rebase --continue`;
		case 'aborted':
			return `${a} aborted: back to where you were`;
		case 'reset':
			return `moved ${a} to ${b} (${id})${n > 0 ? `; ${plural(n, 'commit')} now only in the reflog` : ''}`;
		case 'picked':
			return `copied "${a}" onto HEAD as new commit ${id}`;
		case 'reverted':
			return `added ${id}, which undoes "${a}"`;
		case 'pick-conflict':
			return `conflict in ${files}: ${fix} ours|theirs, then commit (or ${a} --abort)`;
		case 'resolved':
			return `kept ${b} for ${a}; ${n > 0 ? `${plural(n, 'conflict')} left` : `no conflicts left: ${e.next ?? 'commit'} finishes`}`;
		case 'edited':
			return `staged a change to ${a}`;
		case 'undone':
			return 'undid the last command';
		case 'log':
			return `history of ${a}: ${plural(n, 'commit')}, newest first`;
		case 'reflog':
			return `where ${a} has been: ${n} ${n === 1 ? 'entry' : 'entries'}, newest first`;
		case 'branches':
			return `${e.lines?.length ?? 0} ${e.lines?.length === 1 ? 'branch' : 'branches'}; * marks the current one`;
		case 'status':
			return e.lines?.join('; ') ?? '';
	}
}

function ko(e: GitEvent): string {
	const {a = '', b = '', n = 0, id = ''} = e;
	const files = (e.files ?? []).join(', ');
	const fix = resolveHint(e.files);
	switch (e.kind) {
		case 'committed':
			return `"${a}" 커밋을 만들었다(${id}).`;
		case 'merge-committed':
			return `병합을 마쳤다: 병합 커밋 ${id}`;
		case 'branch-created':
			return `${a} 브랜치를 ${id}에 만들었다${n === 1 ? '. 그리고 그 브랜치로 옮겼다' : ''}.`;
		case 'switched':
			return `${a} 브랜치로 옮겼다.`;
		case 'detached':
			return `HEAD가 ${id}에서 분리됐다. 여기서 만든 커밋은 어느 브랜치에도 속하지 않는다.`;
		case 'already-on':
			return `이미 ${a} 브랜치에 있다.`;
		case 'fast-forward':
			return `${koRef(a)}를 ${b}까지 fast-forward했다. 새 커밋 없이 이름표만 옮겼다.`;
		case 'merged':
			return `${b}에 ${a}의 작업을 병합했다: 병합 커밋 ${id}`;
		case 'merge-conflict':
			return `${files}에서 충돌했다. ${fix} ours|theirs 다음 commit한다(취소: ${e.abort ?? 'merge --abort'}).`;
		case 'squashed':
			return `${a}의 변경(파일 ${n}개)을 하나로 모아 스테이징했다. commit하면 커밋 하나가 된다.`;
		case 'up-to-date':
			return `이미 최신이다. ${a}의 커밋은 모두 이 히스토리에 있다.`;
		case 'rebased':
			return `${koRef(a)}를 ${b} 위로 rebase했다. 커밋 ${n}개를 새 id로 다시 쌓았다.`;
		case 'rebase-ff':
			return `${koRef(a)}에는 고유한 커밋이 없어 ${b}까지 앞으로 옮겼다.`;
		case 'rebase-conflict':
			return `${files}에서 충돌했다. ${fix} ours|theirs 다음 rebase --continue한다.`;
		case 'aborted':
			return `${KO_ABORT[a] ?? a} 중단하고 원래 상태로 돌아갔다.`;
		case 'reset':
			return `${koRef(a)}를 ${b}(${id})로 옮겼다.${n > 0 ? ` 커밋 ${n}개는 이제 reflog에만 있다.` : ''}`;
		case 'picked':
			return `"${a}" 커밋의 변경을 HEAD 위에 복사했다: 새 커밋 ${id}`;
		case 'reverted':
			return `"${a}" 커밋을 되돌리는 커밋을 더했다: ${id}`;
		case 'pick-conflict':
			return `${files}에서 충돌했다. ${fix} ours|theirs 다음 commit한다(취소: ${a} --abort).`;
		case 'resolved':
			return `${a} 파일은 ${b === 'ours' ? '우리 쪽(ours)' : '상대 쪽(theirs)'}을 택했다. ${n > 0 ? `남은 충돌: ${n}개` : `충돌이 모두 풀렸다. ${e.next ?? 'commit'} 명령으로 마친다.`}`;
		case 'edited':
			return `${a} 파일의 변경을 스테이징했다.`;
		case 'undone':
			return '마지막 명령을 되돌렸다.';
		case 'log':
			return `${a}의 히스토리: 커밋 ${n}개(최신순)`;
		case 'reflog':
			return `${a}의 reflog: 항목 ${n}개(최신순)`;
		case 'branches':
			return `브랜치 ${e.lines?.length ?? 0}개. *가 현재 브랜치다.`;
		case 'status':
			return e.lines?.join('; ') ?? '';
	}
}

/**
 * One plain sentence for what a command did (or why it did nothing), in ko
 * or en; a warning follows when it rewrote history a teammate has.
 */
export function narrate(outcome: Outcome, lang: Lang): string {
	if (outcome.error) return explain(outcome.error, lang);
	if (!outcome.event) return '';
	const said = lang === 'ko' ? ko(outcome.event) : en(outcome.event);
	const moved = outcome.rewroteShared?.join(', ');
	if (!moved) return said;
	return lang === 'ko'
		? `${said} 경고: 팀원이 받아 간 커밋이 ${moved}에서 빠졌다. push는 --force로 팀원의 히스토리를 덮어쓴다.`
		: `${said}. Warning: ${moved} lost commits your teammate pulled; pushing needs --force, overwriting theirs.`;
}

/** What a read-only command printed (log, reflog, branch, status): git's own words, the same in both languages. */
export function output(outcome: Outcome): readonly string[] {
	return outcome.event?.lines ?? [];
}

/**
 * The plugin's narration: each command a step ran (typed, or played from the
 * script) as "command → what it did"; an idle tick of an empty script says so.
 */
export function narrateStep(prev: GitSandboxState, next: GitSandboxState, action: GitSandboxAction | {type: 'tick'}): Localized[] {
	const last = next.history[next.history.length - 1];
	if (last && last !== prev.history[prev.history.length - 1]) {
		const said = (lang: Lang) => `${last.text.replace(/\s+/g, ' ').trim()} → ${narrate(last, lang)}`;
		return [{en: said('en'), ko: said('ko')}];
	}
	if (action.type !== 'tick') return [];
	return [
		{
			en: 'The script is empty: nothing to play. Press : and type a git command.',
			ko: '스크립트가 비어 있어 실행할 것이 없다. :를 누르고 git 명령을 입력한다.',
		},
	];
}
