import {defineSim} from '../types.js';
import {raft} from './engine.js';
import {raftLiveActions} from './live-actions.js';
import {raftView} from './view.js';

/** The raft simulation: what the registry lists. */
export const raftSim = defineSim({engine: raft, view: raftView, liveActions: raftLiveActions});
