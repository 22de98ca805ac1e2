/**
 * The one face of the ISSG domain that every front end (the CLI, the HTML report, the viewer, the
 * classroom) shows: sentences, party names, tracks, turning points, sources, steps, the summary at a date
 * and the indicator series.
 */
export type { EventView } from './eventView.js';
export { eventView } from './eventView.js';
export type { IndicatorName } from './indicators.js';
export { INDICATORS, indicatorValue } from './indicators.js';
export { capitalize, listOf, locationName, partyList, partyName } from './names.js';
export { eventSentence, isIssgEventType, isIssgRecordList } from './sentence.js';
export type { IndicatorSeries, IndicatorSeriesOptions } from './series.js';
export { indicatorSeries } from './series.js';
export { safeUrl, sourcesOf } from './sources.js';
export type { Step } from './steps.js';
export { stepsOf } from './steps.js';
export { summaryAt } from './summaryAt.js';
export { isTurningPoint, turningPoints } from './turningPoints.js';
