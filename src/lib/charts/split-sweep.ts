/**
 * Seats against the split between the tiers: each party's total seats, and the self-nominated
 * winners', as the single-member district seats go from none to the whole house (the rest are list
 * seats), the current split marked.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatNumber } from '../i18n/format';
import type { Scenario } from '../scenario/types';
import { seatsAtCurrent, sweepConfig, sweepTable, type XY } from './sweep-chart';
import type { Sweep } from './sweeps';
import { listOf, type ChartTable, type ChartText } from './style';

export function splitConfig(
	scenario: Scenario,
	sweep: Sweep,
	text: ChartText
): ChartConfiguration<'line', XY[]> {
	const { t, locale } = text;
	return sweepConfig(
		scenario,
		sweep,
		{
			title: t('charts.split.axis.x'),
			min: 0,
			max: scenario.totalSeats,
			marker: t('charts.marker', { value: formatNumber(sweep.current, locale) }),
			// The district sweep has about 25 points: every one is a computed result worth a marker.
			marked: () => true,
			steps: false
		},
		text
	);
}

/** A row for every computed split, with the list seats it leaves. */
export function splitTable(scenario: Scenario, sweep: Sweep, text: ChartText): ChartTable {
	const { t, locale } = text;
	return sweepTable(
		scenario,
		sweep,
		{
			caption: t('charts.split.caption'),
			valueColumn: t('charts.split.col.value'),
			formatValue: (value) => formatNumber(value, locale),
			shown: () => true,
			extra: {
				column: t('charts.split.col.list'),
				cell: (p) => formatNumber(scenario.totalSeats - p.value, locale)
			}
		},
		text
	);
}

export function splitSummary(scenario: Scenario, sweep: Sweep, text: ChartText): string {
	const { t, locale } = text;
	return t('charts.split.summary', {
		total: scenario.totalSeats,
		current: sweep.current,
		items: listOf(seatsAtCurrent(scenario, sweep, text), locale)
	});
}
