import {defineSim} from '../types.js';
import {errorBudgetMonth} from './engine.js';
import {monthLegend} from './legend.js';
import {monthLiveActions} from './live-actions.js';
import {narrateMonth} from './narrate.js';
import {monthParamInfo, monthResultInfo} from './param-info.js';
import {monthView} from './view.js';

/** The error budget month: what the registry lists. Twenty hours a second: a month in about half a minute. */
export const errorBudgetMonthSim = defineSim({
	engine: errorBudgetMonth,
	view: monthView,
	liveActions: monthLiveActions,
	params: monthParamInfo,
	results: monthResultInfo,
	narrate: narrateMonth,
	legend: monthLegend,
	stepsPerSecond: 20,
});
