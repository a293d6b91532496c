import type {Localized} from '../../content/schema.js';

interface LevelText {
	readonly title: Localized;
	readonly goal: Localized;
	readonly hints: readonly Localized[];
	readonly takeaway: Localized;
}

/** Each level's words, in both languages. Korean uses the 한다체 throughout. */
export const LEVEL_TEXT: Readonly<Record<string, LevelText>> = {
	merge: {
		title: {en: 'Integrate by merge', ko: 'merge로 통합하기'},
		goal: {
			en: "Bring feature's A, B, C into main with a merge commit: main's history ends with 7 commits.",
			ko: 'feature의 A, B, C를 병합 커밋으로 main에 합친다. main의 히스토리에는 커밋 7개가 남아야 한다.',
		},
		hints: [
			{
				en: 'You are on feature. Go to main first: `switch main`.',
				ko: '지금은 feature 브랜치에 있다. 먼저 `switch main`으로 main 브랜치로 간다.',
			},
			{
				en: 'Then `merge feature`: both branches moved on, so git makes a merge commit with two parents.',
				ko: '그다음 `merge feature`를 실행한다. 두 브랜치가 모두 앞으로 나아갔으므로 git은 부모가 둘인 병합 커밋을 만든다.',
			},
		],
		takeaway: {
			en: 'Merge keeps every commit and where it came from; the price is a non-linear graph and one extra commit.',
			ko: 'merge는 모든 커밋과 그 출처를 그대로 보존한다. 대신 그래프가 비선형이 되고 커밋이 하나 더 생긴다.',
		},
	},
	rebase: {
		title: {en: 'Integrate by rebase', ko: 'rebase로 통합하기'},
		goal: {
			en: 'Replay A, B, C on top of E, then fast-forward main: 6 commits in one straight line.',
			ko: 'A, B, C를 E 위에 다시 쌓고 main을 fast-forward한다. 커밋 6개가 한 줄로 이어져야 한다.',
		},
		hints: [
			{
				en: 'On feature, `rebase main` copies A, B, C onto E as new commits with new ids.',
				ko: 'feature 브랜치에서 `rebase main`을 실행하면 A, B, C가 새 id를 가진 새 커밋으로 E 위에 복사된다.',
			},
			{
				en: 'Then `switch main` and `merge feature`: main is behind feature, so it only moves forward.',
				ko: '그다음 `switch main`, `merge feature`를 실행한다. main이 feature보다 뒤에 있으므로 앞으로 이동만 한다.',
			},
		],
		takeaway: {
			en: 'Rebase gives a linear history, but A, B, C are new commits: anyone who had the old ones now has a different history.',
			ko: 'rebase는 선형 히스토리를 만들지만 A, B, C는 새 커밋이다. 옛 커밋을 가진 사람은 이제 다른 히스토리를 갖게 된다.',
		},
	},
	squash: {
		title: {en: 'Integrate by squash', ko: 'squash로 통합하기'},
		goal: {
			en: "Land feature on main as one single commit: main's history holds 4 commits. Leave feature as it is.",
			ko: 'feature를 커밋 하나로 압축해 main에 올린다. main의 히스토리에는 커밋 4개가 남아야 한다. feature 브랜치는 그대로 둔다.',
		},
		hints: [
			{
				en: '`switch main`, then `merge --squash feature` stages A+B+C without committing.',
				ko: '`switch main` 다음 `merge --squash feature`를 실행하면 A+B+C의 변경이 커밋 없이 스테이징된다.',
			},
			{
				en: 'Finish with `commit -m "Add search and filters"`: one commit with one parent.',
				ko: '`commit -m "검색과 필터 추가"`로 마무리한다. 부모가 하나인 커밋 하나가 생긴다.',
			},
		],
		takeaway: {
			en: 'Squash keeps main short; the detail of A, B, C lives only on feature (or in the pull request).',
			ko: 'squash는 main을 짧게 유지한다. A, B, C의 세부 기록은 feature 브랜치(또는 PR)에만 남는다.',
		},
	},
	'shared-branch': {
		title: {en: 'A teammate already pulled feature', ko: '팀원이 이미 feature를 받아 갔다'},
		goal: {
			en: "Your teammate has feature (teammate/feature). Bring main's D and E into feature without rewriting commits they have.",
			ko: '팀원이 feature 브랜치를 이미 받아 갔다(teammate/feature). 팀원이 가진 커밋을 다시 쓰지 말고 main의 D, E를 feature에 가져온다.',
		},
		hints: [
			{
				en: "`rebase main` would give A, B, C new ids: the teammate's copy would no longer match.",
				ko: '`rebase main`을 하면 A, B, C가 새 id를 받는다. 그러면 팀원의 사본과 더 이상 맞지 않는다.',
			},
			{
				en: '`merge main` adds a merge commit on top and changes nothing they have.',
				ko: '`merge main`은 위에 병합 커밋을 더할 뿐 팀원이 가진 것은 바꾸지 않는다.',
			},
		],
		takeaway: {
			en: 'On a shared branch, merge. Rebase only commits nobody else has pulled.',
			ko: '공유된 브랜치에서는 merge한다. rebase는 아무도 받아 가지 않은 커밋에만 쓴다.',
		},
	},
	'squash-bisect': {
		title: {en: 'Find the bad change after a squash', ko: 'squash 뒤에 잘못된 변경 찾기'},
		goal: {
			en: 'Pages are stale since S. Bisect on main can only blame S, which holds three changes. Undo only the caching change (B); keep search and filters.',
			ko: 'S 이후 페이지가 갱신되지 않는다. main에서 bisect를 하면 변경 세 개를 담은 S까지만 좁힐 수 있다. 캐시 변경(B)만 되돌리고 검색과 필터는 남긴다.',
		},
		hints: [
			{en: '`revert HEAD` would undo all of S, search and filters included.', ko: '`revert HEAD`는 검색과 필터까지 S 전체를 되돌린다.'},
			{
				en: 'The small commits still exist on feature (`log feature`). B is feature~1: `revert feature~1`.',
				ko: '작은 커밋들은 feature 브랜치에 아직 남아 있다(`log feature`). B는 feature~1이다: `revert feature~1`.',
			},
		],
		takeaway: {
			en: 'Squash trades bisect granularity for a short history: keep the branch or the pull request to find which small change broke it.',
			ko: 'squash는 짧은 히스토리를 얻는 대신 bisect의 세밀함을 잃는다. 어느 작은 변경이 문제인지 찾으려면 브랜치나 PR을 남겨 둔다.',
		},
	},
	'reflog-rescue': {
		title: {en: 'Recover a branch with the reflog', ko: 'reflog로 브랜치 되살리기'},
		goal: {
			en: 'Someone ran `reset --hard HEAD~2` on main and two commits vanished from the graph. Put main back where it was.',
			ko: '누군가 main에서 `reset --hard HEAD~2`를 실행해 커밋 두 개가 그래프에서 사라졌다. main을 원래 자리로 되돌린다.',
		},
		hints: [
			{
				en: '`reflog main` lists every place main has been; main@{1} is where it was before the reset.',
				ko: '`reflog main`은 main이 거쳐 간 모든 위치를 보여 준다. main@{1}이 reset 직전의 위치다.',
			},
			{en: '`reset --hard main@{1}` moves main back.', ko: '`reset --hard main@{1}`을 실행해 main 브랜치를 되돌린다.'},
		],
		takeaway: {
			en: 'A reset deletes no commit: the reflog still finds it until the entry expires (30 days by default for commits no branch reaches).',
			ko: 'reset은 커밋을 지우지 않는다. reflog 항목이 만료될 때까지(브랜치에서 닿지 않는 커밋은 기본 30일) reflog로 찾을 수 있다.',
		},
	},
	'merge-conflict': {
		title: {en: 'Resolve a merge conflict', ko: '병합 충돌 해결하기'},
		goal: {
			en: "main set timeout=60 and feature set timeout=10 in config.txt. Merge feature into main; the team chose feature's value.",
			ko: 'main은 config.txt의 timeout을 60으로, feature는 10으로 바꿨다. feature를 main에 병합한다. 팀은 feature의 값을 택했다.',
		},
		hints: [
			{en: '`merge feature` stops: both sides changed the same line.', ko: '`merge feature`는 멈춘다. 양쪽이 같은 줄을 바꿨기 때문이다.'},
			{
				en: "`resolve config.txt theirs` keeps feature's line; `commit` then finishes the merge.",
				ko: '`resolve config.txt theirs`로 feature의 줄을 고르고 `commit`으로 병합을 마친다.',
			},
		],
		takeaway: {
			en: 'A conflict is git asking a person: both sides changed the same line since the merge base.',
			ko: '충돌은 병합 기준점 이후 양쪽이 같은 줄을 바꿨을 때 git이 사람에게 묻는 것이다.',
		},
	},
	'rebase-conflict': {
		title: {en: 'Resolve a conflict during a rebase', ko: 'rebase 중 충돌 해결하기'},
		goal: {
			en: "Rebase feature onto main. B conflicts on config.txt: keep feature's timeout=10 and finish the rebase.",
			ko: 'feature를 main 위로 rebase한다. B가 config.txt에서 충돌한다. feature의 timeout=10을 남기고 rebase를 끝낸다.',
		},
		hints: [
			{
				en: 'During a rebase, ours is main (what you replay onto) and theirs is the commit being replayed.',
				ko: 'rebase 중에는 ours가 main(다시 쌓는 바탕)이고 theirs가 다시 쌓는 커밋이다.',
			},
			{
				en: '`resolve config.txt theirs`, then `rebase --continue`.',
				ko: '`resolve config.txt theirs` 다음 `rebase --continue`를 실행한다.',
			},
		],
		takeaway: {
			en: 'Rebase meets conflicts one commit at a time; merge meets them all at once.',
			ko: 'rebase는 충돌을 커밋마다 하나씩 만나고, merge는 한 번에 만난다.',
		},
	},
	sandbox: {
		title: {en: 'Free sandbox', ko: '자유 실습'},
		goal: {
			en: 'No goal: try any command. `edit FILE "text"` stages a one-line change, so you can make conflicts; `undo` takes a command back.',
			ko: '목표는 없다. 아무 명령이나 실행해 본다. `edit FILE "text"`로 한 줄 변경을 스테이징해 충돌을 만들 수 있고, `undo`로 명령을 되돌린다.',
		},
		hints: [],
		takeaway: {
			en: 'Every command here has a real git twin; the graph is what `git log --graph --oneline --all` would show.',
			ko: '여기의 모든 명령은 실제 git에 같은 명령이 있다. 그래프는 `git log --graph --oneline --all`이 보여 줄 모양이다.',
		},
	},
};
