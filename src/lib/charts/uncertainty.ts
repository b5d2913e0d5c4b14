/**
 * The uncertainty panel's chart, table and sentences, from a Monte-Carlo result: pure builders,
 * tested without a browser. The chart draws, for each party, how often each seat count came out;
 * the table gives the same distribution as numbers.
 */
import type { ChartConfiguration } from 'chart.js';
import type { MonteCarloResult } from '../scenario/montecarlo';
import { formatNumber, partyName } from '../i18n/format';
import type { Scenario } from '../scenario/types';
import {
	colourOf,
	DASHES,
	listOf,
	POINT_STYLES,
	styleAt,
	type ChartTable,
	type ChartText
} from './style';
import { INK } from './theme';

/** Parties worth drawing: those that won a seat in at least one run, in scenario order. */
export function partiesWithSeats(result: MonteCarloResult) {
	return result.parties.filter((p) =>
		p.seats.histogram.some((runs, seats) => seats > 0 && runs > 0)
	);
}

/** Out of 100, rounded to a whole number, as the sentences say it. */
export function outOf100(chance: number): number {
	return Math.round(chance * 100);
}

const formatError = (error: number, text: ChartText) =>
	formatNumber(error, text.locale, Number.isInteger(error) ? 0 : 1);

export function uncertaintyConfig(
	scenario: Scenario,
	result: MonteCarloResult,
	text: ChartText
): ChartConfiguration<'line', number[], string> {
	const parties = partiesWithSeats(result);
	const low = Math.min(...parties.map((p) => p.seats.histogram.findIndex((runs) => runs > 0)));
	const high = Math.max(...parties.map((p) => p.seats.histogram.length - 1));
	const seats = parties.length > 0 ? Array.from({ length: high - low + 1 }, (_, i) => low + i) : [];
	const runs = Math.max(1, result.runs);
	// A line per party, told apart by dash and marker as well as colour: lines that cross stay
	// visible, where bars of neighbouring parties would hide each other.
	return {
		type: 'line',
		data: {
			labels: seats.map((k) => formatNumber(k, text.locale)),
			datasets: parties.map((p, i) => ({
				label: partyName(scenario, p.id, text.locale, text.t),
				data: seats.map((k) => (100 * (p.seats.histogram[k] ?? 0)) / runs),
				borderColor: colourOf(scenario, p.id),
				backgroundColor: colourOf(scenario, p.id),
				borderWidth: 2,
				borderDash: [...styleAt(DASHES, i)],
				pointStyle: styleAt(POINT_STYLES, i),
				pointRadius: 3,
				pointBorderColor: INK,
				pointBorderWidth: 1
			}))
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			interaction: { mode: 'index', intersect: false },
			scales: {
				x: { title: { display: true, text: text.t('uncertainty.chart.axis.x') } },
				y: {
					beginAtZero: true,
					title: { display: true, text: text.t('uncertainty.chart.axis.y') }
				}
			},
			plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } }
		}
	};
}

export function uncertaintyTable(
	scenario: Scenario,
	result: MonteCarloResult,
	text: ChartText
): ChartTable {
	const { t, locale } = text;
	const n = (x: number, digits = 0) => formatNumber(x, locale, digits);
	return {
		caption: t('uncertainty.table.caption', {
			runs: n(result.runs),
			error: formatError(result.error, text)
		}),
		columns: [
			t('charts.col.party'),
			t('uncertainty.col.baseline'),
			t('uncertainty.col.mean'),
			t('uncertainty.col.low'),
			t('uncertainty.col.median'),
			t('uncertainty.col.high'),
			t('uncertainty.col.threshold')
		],
		rows: result.parties
			.filter((p) => p.baseline > 0 || p.seats.mean > 0 || p.thresholdChance > 0)
			.map((p) => ({
				header: partyName(scenario, p.id, locale, t),
				cells: [
					n(p.baseline),
					n(p.seats.mean, 1),
					n(p.seats.p5),
					n(p.seats.p50),
					n(p.seats.p95),
					t('uncertainty.col.thresholdValue', { count: outOf100(p.thresholdChance) })
				],
				current: false
			}))
	};
}

export function uncertaintySummary(
	scenario: Scenario,
	result: MonteCarloResult,
	text: ChartText
): string {
	const { t, locale } = text;
	const items = partiesWithSeats(result).map((p) =>
		t('uncertainty.chart.item', {
			party: partyName(scenario, p.id, locale, t),
			low: formatNumber(p.seats.p5, locale),
			high: formatNumber(p.seats.p95, locale)
		})
	);
	return t('uncertainty.chart.summary', {
		runs: formatNumber(result.runs, locale),
		error: formatError(result.error, text),
		items: listOf(items, locale)
	});
}

/** "In 96 of 100 simulated elections Amanat holds a majority", and the same for ⅔ and ¾. */
export function majoritySentences(
	scenario: Scenario,
	result: MonteCarloResult,
	text: ChartText
): string[] {
	const { t, locale } = text;
	const { largest } = result;
	if (!largest) return [t('uncertainty.line.none')];
	const party = partyName(scenario, largest.id, locale, t);
	return [
		t('uncertainty.line.majority', { count: outOf100(largest.majority), party }),
		t('uncertainty.line.twoThirds', { count: outOf100(largest.twoThirds), party }),
		t('uncertainty.line.threeQuarters', { count: outOf100(largest.threeQuarters), party })
	];
}
