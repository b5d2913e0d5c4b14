/**
 * The class's chambers in one chart, for the collect page and its projector: one row per party,
 * a bar from the fewest to the most seats any student's chamber gave it, a dot for each number
 * of seats the students reached (bigger for more students), a bar for the median and a cross at
 * the official result of the exercise's election. Shapes, not colour alone, tell the marks apart.
 * The same numbers are in classSeatsTable, shown under the chart.
 */
import type { ChartConfiguration } from 'chart.js';
import type { PartySeats } from '../classroom/class-summary';
import { formatNumber } from '../i18n/format';
import { listOf, type ChartTable, type ChartText } from './style';
import { INK } from './theme';

/** What the builders need besides the seats: party names and colours, the year compared with. */
export interface ClassSeatsInput {
	readonly rows: readonly PartySeats[];
	readonly name: (party: string) => string;
	readonly colour: (party: string) => string;
	/** The election the official marks come from; null for none. */
	readonly officialYear: number | null;
	/** Larger type and marks for a projector. */
	readonly large?: boolean;
}

/** Mark of the official result: a dark red that keeps 7:1 on white, drawn as a cross. */
export const OFFICIAL_COLOUR = '#8a1c1c';

/** A dot's radius in pixels for the number of students at it: area grows with the count. */
export function dotRadius(students: number, large = false): number {
	return Math.round((large ? 5 : 3) + (large ? 2 : 1.25) * Math.sqrt(students - 1));
}

/** `#rrggbb` with an alpha, for the light range bar behind the dots. */
function withAlpha(colour: string, alpha: number): string {
	return /^#[0-9a-f]{6}$/i.test(colour)
		? `${colour}${Math.round(alpha * 255)
				.toString(16)
				.padStart(2, '0')}`
		: colour;
}

type Point = { x: number; y: string };

export function classSeatsConfig(
	{ rows, name, colour, officialYear, large = false }: ClassSeatsInput,
	{ t }: ChartText
): ChartConfiguration<'bar' | 'line', (Point | [number, number])[], string> {
	const labels = rows.map((r) => name(r.party));
	const font = { size: large ? 20 : 13 };
	const dots = rows.flatMap((r, i) =>
		r.counts.map((c) => ({ point: { x: c.seats, y: labels[i]! }, students: c.students }))
	);
	const largest = Math.max(0, ...dots.map((d) => dotRadius(d.students, large)));
	const marks = (type: 'line', label: string, data: Point[], style: Record<string, unknown>) => ({
		type,
		label,
		data,
		showLine: false,
		...style
	});
	const datasets = [
		{
			type: 'bar' as const,
			label: t('collect.chart.range'),
			data: rows.map((r): [number, number] => [r.min, r.max]),
			backgroundColor: rows.map((r) => withAlpha(colour(r.party), 0.3)),
			borderColor: rows.map((r) => colour(r.party)),
			borderWidth: 1,
			minBarLength: 3,
			barPercentage: 0.7,
			categoryPercentage: 0.9,
			order: 3
		},
		marks(
			'line',
			t('collect.chart.students'),
			dots.map((d) => d.point),
			{
				pointStyle: 'circle',
				pointRadius: dots.map((d) => dotRadius(d.students, large)),
				pointHoverRadius: dots.map((d) => dotRadius(d.students, large) + 2),
				backgroundColor: withAlpha(INK, 0.4),
				borderColor: '#ffffff',
				borderWidth: 1,
				order: 2
			}
		),
		marks(
			'line',
			t('collect.chart.median'),
			rows.map((r, i) => ({ x: r.median, y: labels[i]! })),
			{
				pointStyle: 'line',
				pointRotation: 90,
				pointRadius: large ? 16 : 11,
				borderColor: INK,
				backgroundColor: INK,
				borderWidth: large ? 5 : 3,
				order: 1
			}
		)
	];
	if (officialYear !== null) {
		const official = rows.flatMap((r, i) =>
			r.official === null ? [] : [{ x: r.official, y: labels[i]! }]
		);
		datasets.push(
			marks('line', t('collect.chart.official', { year: String(officialYear) }), official, {
				pointStyle: 'crossRot',
				pointRadius: large ? 14 : 9,
				borderColor: OFFICIAL_COLOUR,
				backgroundColor: OFFICIAL_COLOUR,
				borderWidth: large ? 5 : 3,
				order: 0
			})
		);
	}
	return {
		type: 'bar',
		data: { labels, datasets: datasets as never },
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			// A projected chart appears at once; nothing on it moves.
			animation: false,
			scales: {
				x: {
					type: 'linear',
					beginAtZero: true,
					ticks: { font, precision: 0 },
					title: { display: true, text: t('collect.chart.axis'), font }
				},
				// Names stand clear of the largest dot, which a party at 0 seats has on the axis.
				y: { type: 'category', ticks: { font, autoSkip: false, padding: largest + 4 } }
			},
			plugins: {
				legend: {
					position: 'bottom',
					// In the order the description names them, not in drawing order.
					labels: {
						font,
						usePointStyle: true,
						sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0)
					}
				},
				tooltip: { intersect: true }
			}
		}
	};
}

/** "55 ×3, 58 ×12": the seats the students' chambers gave a party, with how many gave each. */
export function countsText(row: PartySeats, locale: ChartText['locale']): string {
	return row.counts
		.map((c) => `${formatNumber(c.seats, locale)} ×${formatNumber(c.students, locale)}`)
		.join(', ');
}

export function classSeatsTable(
	{ rows, name, officialYear }: ClassSeatsInput,
	{ locale, t }: ChartText
): ChartTable {
	const n = (value: number) => formatNumber(value, locale, Number.isInteger(value) ? 0 : 1);
	return {
		caption: t('collect.seats.caption'),
		columns: [
			t('collect.party'),
			t('collect.min'),
			t('collect.median'),
			t('collect.max'),
			...(officialYear === null ? [] : [t('collect.official', { year: String(officialYear) })]),
			t('collect.counts')
		],
		rows: rows.map((r) => ({
			header: name(r.party),
			cells: [
				n(r.min),
				n(r.median),
				n(r.max),
				...(officialYear === null ? [] : [r.official === null ? t('charts.none') : n(r.official)]),
				countsText(r, locale)
			],
			current: false
		}))
	};
}

/** The chart's accessible name: what it shows and each party's range, median and official seats. */
export function classSeatsSummary(
	{ rows, name, officialYear }: ClassSeatsInput,
	{ locale, t }: ChartText
): string {
	const n = (value: number) => formatNumber(value, locale, Number.isInteger(value) ? 0 : 1);
	const items = rows.map((r) =>
		t(
			officialYear === null || r.official === null
				? 'collect.chart.item'
				: 'collect.chart.item.official',
			{
				party: name(r.party),
				min: n(r.min),
				max: n(r.max),
				median: n(r.median),
				official: r.official === null ? '' : n(r.official)
			}
		)
	);
	return t('collect.chart.summary', { items: listOf(items, locale) });
}
