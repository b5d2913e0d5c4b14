import { describe, expect, it } from 'vitest';
import type { PartySeats } from '../classroom/class-summary';
import { createTranslator } from '../i18n/translate';
import {
	classSeatsConfig,
	classSeatsSummary,
	classSeatsTable,
	dotRadius,
	type ClassSeatsInput
} from './class-seats';
import { classGoalsConfig, classGoalsSummary, classGoalsTable, wrapLabel } from './class-goals';

const text = { locale: 'en' as const, t: createTranslator('en') };
// Three students: Amanat 58, 58 and 62 seats (official 2023: 62); Baytaq 0 in each (official 0).
const ROWS: PartySeats[] = [
	{
		party: 'amanat',
		min: 58,
		median: 58,
		max: 62,
		counts: [
			{ seats: 58, students: 2 },
			{ seats: 62, students: 1 }
		],
		official: 62
	},
	{
		party: 'new-party',
		min: 3,
		median: 3.5,
		max: 4,
		counts: [
			{ seats: 3, students: 1 },
			{ seats: 4, students: 1 }
		],
		official: null
	}
];
const input = (officialYear: number | null): ClassSeatsInput => ({
	rows: ROWS,
	name: (id) => ({ amanat: 'Amanat', 'new-party': 'New party' })[id] ?? id,
	colour: () => '#1f5fa8',
	officialYear
});

describe('classSeatsConfig', () => {
	const config = classSeatsConfig(input(2023), text);
	const [range, dots, median, official] = config.data.datasets;

	it('draws a bar from the fewest to the most seats of each party', () => {
		expect(config.data.labels).toEqual(['Amanat', 'New party']);
		expect(range?.data).toEqual([
			[58, 62],
			[3, 4]
		]);
	});

	it('puts a dot at each number of seats, bigger for more students', () => {
		expect(dots?.data).toEqual([
			{ x: 58, y: 'Amanat' },
			{ x: 62, y: 'Amanat' },
			{ x: 3, y: 'New party' },
			{ x: 4, y: 'New party' }
		]);
		expect((dots as unknown as { pointRadius: number[] }).pointRadius).toEqual([
			dotRadius(2),
			dotRadius(1),
			dotRadius(1),
			dotRadius(1)
		]);
		expect(dotRadius(2)).toBeGreaterThan(dotRadius(1));
	});

	it('marks the median and the official result where there is one', () => {
		expect(median?.data).toEqual([
			{ x: 58, y: 'Amanat' },
			{ x: 3.5, y: 'New party' }
		]);
		expect(official?.label).toBe('Official result, 2023');
		expect(official?.data).toEqual([{ x: 62, y: 'Amanat' }]);
	});

	it('has no official marks without an election to compare with', () => {
		expect(classSeatsConfig(input(null), text).data.datasets).toHaveLength(3);
	});

	it('writes larger type for the projector', () => {
		const size = (large: boolean) => {
			const scales = classSeatsConfig({ ...input(2023), large }, text).options?.scales as {
				y: { ticks: { font: { size: number } } };
			};
			return scales.y.ticks.font.size;
		};
		expect(size(true)).toBeGreaterThan(size(false));
	});
});

describe('classSeatsTable and classSeatsSummary', () => {
	it('gives the chart’s numbers, row by row', () => {
		const table = classSeatsTable(input(2023), text);
		expect(table.columns).toEqual([
			'Party',
			'Fewest',
			'Median',
			'Most',
			'Official, 2023',
			'Seats (× students)'
		]);
		expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
			['Amanat', '58', '58', '62', '62', '58 ×2, 62 ×1'],
			['New party', '3', '3.5', '4', '—', '3 ×1, 4 ×1']
		]);
	});

	it('leaves out the official column without an election', () => {
		expect(classSeatsTable(input(null), text).columns).not.toContain('Official, 2023');
	});

	it('names the chart with every party’s numbers', () => {
		expect(classSeatsSummary(input(2023), text)).toBe(
			"Seats in the students' chambers: Amanat: 58 to 62, median 58, official 62 and New party: 3 to 4, median 3.5."
		);
	});
});

describe('class goal shares', () => {
	const groups = [
		{ exercise: 'Threshold', total: 4, met: 3 },
		{ exercise: 'Formula', total: 2, met: 0 }
	];

	it('draws the share who met each goal, in percent', () => {
		const config = classGoalsConfig(groups, text);
		expect(config.data.labels).toEqual([['Threshold'], ['Formula']]);
		expect(config.data.datasets[0]?.data).toEqual([75, 0]);
	});

	it('gives the counts and shares in a table and in the chart’s name', () => {
		expect(classGoalsTable(groups, text).rows.map((r) => [r.header, ...r.cells])).toEqual([
			['Threshold', '4', '3', '75%'],
			['Formula', '2', '0', '0%']
		]);
		expect(classGoalsSummary(groups, text)).toBe(
			'Share of students who met the goal: Threshold 75% (3 of 4) and Formula 0% (0 of 2).'
		);
	});
});

describe('wrapLabel', () => {
	it.each([
		['Threshold', 10, ['Threshold']],
		[
			'How low would the threshold have to go for Baytaq?',
			20,
			['How low would the', 'threshold have to go', 'for Baytaq?']
		],
		// A word longer than the line stays whole.
		['Proportionality', 5, ['Proportionality']]
	])('breaks %j at %i characters into %j', (text, width, lines) => {
		expect(wrapLabel(text, width)).toEqual(lines);
	});
});
