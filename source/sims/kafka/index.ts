import {defineSim} from '../types.js';
import {kafka} from './engine.js';
import {kafkaLiveActions} from './live-actions.js';
import {kafkaView} from './view.js';

/** The kafka simulation: what the registry lists. */
export const kafkaSim = defineSim({engine: kafka, view: kafkaView, liveActions: kafkaLiveActions});
