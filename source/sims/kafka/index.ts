import {defineSim} from '../types.js';
import {kafka} from './engine.js';
import {kafkaLegend} from './legend.js';
import {kafkaLiveActions} from './live-actions.js';
import {narrateKafka} from './narrate.js';
import {kafkaParamInfo, kafkaResultInfo} from './param-info.js';
import {kafkaView} from './view.js';

/** The kafka simulation: what the registry lists. Two ticks a second, so a learner can follow the lag and the failover. */
export const kafkaSim = defineSim({
	engine: kafka,
	view: kafkaView,
	liveActions: kafkaLiveActions,
	params: kafkaParamInfo,
	results: kafkaResultInfo,
	narrate: narrateKafka,
	legend: kafkaLegend,
	stepsPerSecond: 2,
});
