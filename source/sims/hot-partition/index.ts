import {defineSim} from '../types.js';
import {hotPartition} from './engine.js';
import {hotPartitionLegend} from './legend.js';
import {hotPartitionLiveActions} from './live-actions.js';
import {narrateHotPartition} from './narrate.js';
import {hotPartitionParamInfo, hotPartitionResultInfo} from './param-info.js';
import {hotPartitionView} from './view.js';

/** The hot-partition simulation: what the registry lists. 20 ms a second, so the @everyone rush takes ten seconds to watch. */
export const hotPartitionSim = defineSim({
	engine: hotPartition,
	view: hotPartitionView,
	liveActions: hotPartitionLiveActions,
	params: hotPartitionParamInfo,
	results: hotPartitionResultInfo,
	narrate: narrateHotPartition,
	legend: hotPartitionLegend,
	stepsPerSecond: 20,
});
