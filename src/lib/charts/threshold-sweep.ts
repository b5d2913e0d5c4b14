/**
 * Seats against the list threshold: each party's total seats (list + district) as the threshold
 * goes from 0 % to 15 %, the current threshold marked. District seats do not move with the
 * threshold, so every step in a line is a list seat changing hands.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Scenario } from '../scenario/types';
import { seatsAtCurrent, sweepConfig, sweepTable, type XY } from './sweep-chart';
import { THRESHOLD_RANGE, type Sweep } from './sweeps';
import { formatSetting, listOf, type ChartTable, type ChartText } from './style';

export function thresholdConfig(
	scenario: Scenario,
	sweep: Sweep,
	text: ChartText
): ChartConfiguration<'line', XY[]> {
	const { t, locale } = text;
	return sweepConfig(
		scenario,
		sweep,
		{
			title: t('charts.threshold.axis.x'),
			min: Math.min(THRESHOLD_RANGE.from, sweep.current),
			max: Math.max(THRESHOLD_RANGE.to, sweep.current),
			marker: t('charts.marker', { value: formatSetting(sweep.current, locale) }),
			marked: Number.isInteger,
			steps: true
		},
		text
	);
}

/** A row for each whole percent and for the current threshold. */
export function thresholdTable(scenario: Scenario, sweep: Sweep, text: ChartText): ChartTable {
	return sweepTable(
		scenario,
		sweep,
		{
			caption: text.t('charts.threshold.caption'),
			valueColumn: text.t('charts.threshold.col.value'),
			formatValue: (value) => formatSetting(value, text.locale),
			shown: Number.isInteger
		},
		text
	);
}

export function thresholdSummary(scenario: Scenario, sweep: Sweep, text: ChartText): string {
	const { t, locale } = text;
	return t('charts.threshold.summary', {
		from: formatSetting(THRESHOLD_RANGE.from, locale),
		to: formatSetting(THRESHOLD_RANGE.to, locale),
		current: formatSetting(sweep.current, locale),
		items: listOf(seatsAtCurrent(scenario, sweep, text), locale)
	});
}
