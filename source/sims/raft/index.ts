import {defineSim} from '../types.js';
import {raft} from './engine.js';
import {raftLegend} from './legend.js';
import {raftLiveActions} from './live-actions.js';
import {narrateRaft} from './narrate.js';
import {raftParamInfo, raftResultInfo} from './param-info.js';
import {raftView} from './view.js';

/** The raft simulation: what the registry lists. 40 steps (simulated ms) a second: an election takes a few seconds to watch. */
export const raftSim = defineSim({
	engine: raft,
	view: raftView,
	liveActions: raftLiveActions,
	params: raftParamInfo,
	results: raftResultInfo,
	narrate: narrateRaft,
	legend: raftLegend,
	stepsPerSecond: 40,
});
