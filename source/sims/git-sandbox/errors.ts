import type {Lang} from '../../content/text.js';
import type {GitError} from './outcome.js';
import {type CommandName, COMMAND_NAMES, USAGE} from './parse.js';

const LIST = COMMAND_NAMES.join(', ');
// git keeps no state for a squash (no MERGE_HEAD): `merge --abort` refuses it, `reset --hard` drops it.
const abortOf = (what: string) => (what === 'squash' ? 'reset --hard' : `${what} --abort`);
/** Korean subject forms: the particle goes on a Korean word, never on a name, so it is always right. */
const KO_OP: Record<string, string> = {merge: '병합이', squash: 'squash가', 'cherry-pick': 'cherry-pick 작업이', revert: 'revert 작업이'};

/** One plain sentence for an error, in the learner's language (the repository is left as it was). */
export function explain(error: GitError, lang: Lang): string {
	const a = error.a ?? '';
	const b = error.b ?? '';
	const ko = lang === 'ko';
	switch (error.code) {
		case 'empty':
			return ko ? 'git 명령을 입력한다. 예: commit, switch main' : 'Type a git command, e.g. commit or switch main.';
		case 'unknown-command':
			return ko ? `여기에는 "${a}" 명령이 없다. 쓸 수 있는 명령: ${LIST}` : `"${a}" is not a command here. Try: ${LIST}.`;
		case 'not-allowed':
			return ko ? `이 레벨에서는 ${a} 명령을 쓸 수 없다.` : `${a} is not part of this level.`;
		case 'usage':
			if (a === 'quote') return ko ? '따옴표가 닫히지 않았다.' : 'A quote is not closed.';
			return ko ? `사용법: ${USAGE[a as CommandName]}` : `Usage: ${USAGE[a as CommandName]}`;
		case 'bad-ref':
			return ko ? `"${a}"에 해당하는 브랜치, 커밋, reflog 항목이 없다.` : `"${a}" names no branch, commit or reflog entry.`;
		case 'ambiguous-ref':
			return ko ? `"${a}"에 맞는 커밋이 여럿이다. id를 더 길게 입력한다.` : `"${a}" matches more than one commit: type more of the id.`;
		case 'no-parent':
			return ko ? `"${a}" 위치는 첫 커밋보다 더 앞이다.` : `"${a}" goes back past the first commit.`;
		case 'reflog-short':
			return ko ? `${a}의 reflog에는 항목이 ${b}개뿐이다.` : `${a}'s reflog has only ${b} entries.`;
		case 'branch-exists':
			return ko ? `${a} 브랜치가 이미 있다.` : `A branch named ${a} already exists.`;
		case 'bad-name':
			return ko
				? `브랜치 이름에는 영문자, 숫자, . _ / -만 쓸 수 있다: "${a}"`
				: `"${a}" cannot be a branch name: use letters, digits and . _ / -`;
		case 'no-branch':
			return ko
				? `${a} 브랜치가 없다. switch는 브랜치로만 가고, 커밋으로 가려면 checkout을 쓴다.`
				: `No branch named ${a}. switch only goes to branches; checkout also takes a commit.`;
		case 'dirty':
			return ko
				? `${a}에 스테이징된 변경이 있다. 먼저 commit하거나 reset --hard한다.`
				: `Staged changes in ${a}: commit them or reset --hard first.`;
		case 'in-progress':
			return ko
				? `${KO_OP[a] ?? a} 진행 중이다. commit으로 마치거나 ${abortOf(a)}로 그만둔다.`
				: `A ${a} is in progress: finish it with commit, or stop it with ${abortOf(a)}.`;
		case 'rebase-in-progress':
			return ko
				? 'rebase가 진행 중이다. 충돌을 해결하고 rebase --continue나 --abort를 실행한다.'
				: 'A rebase is in progress: resolve, then rebase --continue (or --abort).';
		case 'nothing-in-progress':
			return ko ? `진행 중인 ${a} 작업이 없다.` : `No ${a} is in progress.`;
		case 'conflicts-left':
			return ko
				? `아직 충돌이 남아 있다: ${a}. 먼저 resolve FILE ours|theirs를 실행한다.`
				: `Still conflicted: ${a}. Run resolve FILE ours|theirs first.`;
		case 'not-conflicted':
			return ko ? `${a} 파일에는 해결할 충돌이 없다.` : `${a} has no conflict to resolve.`;
		case 'bad-file':
			return ko
				? `파일 이름에는 영문자, 숫자, . _ -만 쓸 수 있다: "${a}"`
				: `"${a}" cannot be a file name here: use letters, digits and . _ -`;
		case 'shared-branch':
			return ko
				? `${a} 브랜치는 팀원의 사본이다. 볼 수는 있지만 옮길 수는 없다.`
				: `${a} is your teammate's copy: you can look at it but not move it.`;
		case 'merge-commit':
			return ko
				? `"${a}" 커밋은 병합 커밋이다. 어느 부모를 기준으로 할지 모호해(git은 -m이 필요하다) 여기서는 다루지 않는다.`
				: `"${a}" is a merge commit: which parent to use is ambiguous (git needs -m), so it is not modelled here.`;
		case 'pick-empty':
			return ko ? `"${a}"의 변경은 이미 여기에 있다. 적용할 것이 없다.` : `The change in "${a}" is already here: nothing to apply.`;
		case 'use-continue':
			return ko
				? 'rebase가 진행 중이다. 충돌을 해결한 뒤 commit이 아니라 rebase --continue를 실행한다.'
				: 'A rebase is in progress: after resolving, run rebase --continue (not commit).';
		case 'nothing-to-undo':
			return ko ? '되돌릴 명령이 없다.' : 'Nothing to undo.';
		case 'no-commits':
			return ko ? '아직 커밋이 없다.' : 'There are no commits yet.';
		case 'empty-message':
			return ko ? '커밋 메시지가 비어 있다.' : 'The commit message is empty.';
	}
}
