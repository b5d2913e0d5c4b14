/**
 * The line chart both sweeps share: one line per party (total seats against the swept setting),
 * each with its colour, its own dash pattern and its own marker shape, and the scenario's own
 * setting marked by a vertical line (the currentMarker plugin) and a larger point on every line.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatNumber, partyName } from '../i18n/format';
import type { Scenario } from '../scenario/types';
import {
	colourOf,
	DASHES,
	POINT_STYLES,
	styleAt,
	type ChartTable,
	type ChartTableRow,
	type ChartText
} from './style';
import { INK } from './theme';
import type { Sweep, SweepPoint } from './sweeps';

export interface XY {
	readonly x: number;
	readonly y: number;
}

export interface SweepAxis {
	readonly title: string;
	readonly min: number;
	readonly max: number;
	/** Label of the current-setting line, e.g. "Current: 5%". */
	readonly marker: string;
	/** Whether a point gets a visible marker (every value would crowd 151 points). */
	readonly marked: (value: number) => boolean;
	/**
	 * Draw steps, keeping only the points where a line changes (and the marked ones). For a dense
	 * sweep of a step function such as the threshold's: Chart.js then animates about a sixth of
	 * the points, which keeps an update within a frame. Otherwise every point is kept and joined.
	 */
	readonly steps: boolean;
}

/** Point radius at the current setting, at marked values, and elsewhere. */
export const RADIUS = { current: 6, marked: 3, other: 0 } as const;

/** Total seats of `id` at a point (0 where it has none). */
export function seatsAt(point: SweepPoint, id: string): number {
	return point.seats[id] ?? 0;
}

/**
 * The points of one line: all of them, or with `steps` only those that start a new level, are
 * marked, or are the current setting or the last one. Between two kept points the line's value is
 * the earlier one's, so a step drawn 'before' each kept point loses nothing.
 */
export function lineOf(sweep: Sweep, id: string, axis: SweepAxis): SweepPoint[] {
	if (!axis.steps) return [...sweep.points];
	return sweep.points.filter(
		(p, i, all) =>
			i === 0 ||
			i === all.length - 1 ||
			p.value === sweep.current ||
			axis.marked(p.value) ||
			seatsAt(p, id) !== seatsAt(all[i - 1]!, id)
	);
}

export function sweepConfig(
	scenario: Scenario,
	sweep: Sweep,
	axis: SweepAxis,
	{ locale, t }: ChartText
): ChartConfiguration<'line', XY[]> {
	const radius = (value: number) =>
		value === sweep.current ? RADIUS.current : axis.marked(value) ? RADIUS.marked : RADIUS.other;
	return {
		type: 'line',
		data: {
			datasets: sweep.ids.map((id, i) => {
				const colour = colourOf(scenario, id);
				const line = lineOf(sweep, id, axis);
				return {
					label: partyName(scenario, id, locale, t),
					data: line.map((p) => ({ x: p.value, y: seatsAt(p, id) })),
					stepped: axis.steps ? 'before' : false,
					borderColor: colour,
					backgroundColor: colour,
					borderWidth: 2.5,
					borderDash: [...styleAt(DASHES, i)],
					pointStyle: styleAt(POINT_STYLES, i),
					pointRadius: line.map((p) => radius(p.value)),
					pointHoverRadius: RADIUS.current,
					pointBorderColor: INK,
					pointBorderWidth: 1
				};
			})
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			// The data is already in Chart.js's internal form, sorted by x: skip parsing it.
			parsing: false,
			normalized: true,
			interaction: { mode: 'nearest', axis: 'x', intersect: false },
			scales: {
				x: {
					type: 'linear',
					min: axis.min,
					max: axis.max,
					title: { display: true, text: axis.title }
				},
				y: {
					beginAtZero: true,
					ticks: { precision: 0 },
					title: { display: true, text: t('charts.axis.seats') }
				}
			},
			plugins: {
				legend: { position: 'bottom', labels: { usePointStyle: true } },
				currentMarker: { value: sweep.current, label: axis.marker, colour: INK }
			}
		}
	};
}

/**
 * The sweep as a table: one row per value that `shown` keeps (the current one always), one column
 * per party. `extra` adds columns after the setting (e.g. list seats).
 */
export function sweepTable(
	scenario: Scenario,
	sweep: Sweep,
	table: {
		readonly caption: string;
		readonly valueColumn: string;
		readonly formatValue: (value: number) => string;
		readonly shown: (value: number) => boolean;
		readonly extra?: { readonly column: string; readonly cell: (p: SweepPoint) => string };
	},
	{ locale, t }: ChartText
): ChartTable {
	const rows: ChartTableRow[] = sweep.points
		.filter((p) => p.value === sweep.current || table.shown(p.value))
		.map((p) => {
			const current = p.value === sweep.current;
			const value = table.formatValue(p.value);
			return {
				header: current ? t('charts.table.current', { value }) : value,
				cells: [
					...(table.extra ? [table.extra.cell(p)] : []),
					...sweep.ids.map((id) => formatNumber(seatsAt(p, id), locale))
				],
				current
			};
		});
	return {
		caption: table.caption,
		columns: [
			table.valueColumn,
			...(table.extra ? [table.extra.column] : []),
			...sweep.ids.map((id) => partyName(scenario, id, locale, t))
		],
		rows
	};
}

/** "Amanat 62 seats, Auyl 8 seats, …" at the current setting. */
export function seatsAtCurrent(
	scenario: Scenario,
	sweep: Sweep,
	{ locale, t }: ChartText
): string[] {
	const point = sweep.points.find((p) => p.value === sweep.current);
	if (!point) return [];
	return sweep.ids.map((id) =>
		t('charts.item.seats', { party: partyName(scenario, id, locale, t), seats: seatsAt(point, id) })
	);
}
