import { describe, expect, it } from 'vitest';
import { reference2023 } from '../engine/reference-2023';
import { INDEPENDENT } from '../i18n/format';
import { createTranslator } from '../i18n/translate';
import { SCENARIO_2023 } from '../scenario/defaults';
import type { Scenario } from '../scenario/types';
import { RADIUS } from './sweep-chart';
import { thresholdSweep } from './sweeps';
import { DASHES, POINT_STYLES } from './style';
import { thresholdConfig, thresholdSummary, thresholdTable } from './threshold-sweep';

const text = { locale: 'en', t: createTranslator('en') } as const;
const sweep = thresholdSweep(SCENARIO_2023);
const config = thresholdConfig(SCENARIO_2023, sweep, text);
const table = thresholdTable(SCENARIO_2023, sweep, text);

describe('thresholdConfig', () => {
	it('draws a line per party that ever holds a seat, self-nominated last', () => {
		const labels = config.data.datasets.map((d) => d.label);
		expect(labels[0]).toBe('Amanat');
		expect(labels.at(-1)).toBe('Self-nominated');
		expect(labels).toHaveLength(8);
	});

	it('gives every line its own dash pattern and marker shape', () => {
		const datasets = config.data.datasets;
		expect(new Set(datasets.map((d) => String(d.borderDash))).size).toBe(datasets.length);
		expect(new Set(datasets.map((d) => d.pointStyle)).size).toBe(datasets.length);
		expect(datasets[1]!.borderDash).toEqual(DASHES[1]);
		expect(datasets[1]!.pointStyle).toBe(POINT_STYLES[1]);
	});

	it('plots total seats against the threshold as steps', () => {
		// 68 and 91: the official 2023 votes shared at 7 % and 15 % by the independent reference,
		// plus Amanat's 22 official district seats.
		expect([
			reference2023({ threshold: 7 }).total.amanat,
			reference2023({ threshold: 15 }).total.amanat
		]).toEqual([68, 91]);
		const amanat = config.data.datasets[0]!;
		expect(amanat.stepped).toBe('before');
		expect(amanat.data.find((p) => p.x === 7)).toEqual({ x: 7, y: 68 });
		expect(amanat.data.find((p) => p.x === 15)).toEqual({ x: 15, y: 91 });
	});

	it.each(sweep.ids.map((id, i) => ({ id, i })))(
		'keeps every level of the $id line while dropping repeated points',
		({ id, i }) => {
			const line = config.data.datasets[i]!.data;
			expect(line.length).toBeLessThan(sweep.points.length / 3);
			for (const point of sweep.points) {
				// Drawn 'before', the line at x is the value of the last kept point at or before x.
				const drawn = line.filter((p) => p.x <= point.value).at(-1)!;
				expect(drawn.y, `at ${point.value}`).toBe(point.seats[id]);
			}
		}
	);

	it('marks the current threshold with a line and a larger point', () => {
		expect(config.options?.plugins?.currentMarker).toMatchObject({
			value: 5,
			label: 'Current: 5%'
		});
		const amanat = config.data.datasets[0]!;
		const radiusAt = (x: number) =>
			(amanat.pointRadius as number[])[amanat.data.findIndex((p) => p.x === x)];
		expect(radiusAt(5)).toBe(RADIUS.current);
		expect(radiusAt(7)).toBe(RADIUS.marked);
		expect(radiusAt(2.4)).toBe(RADIUS.other);
	});

	it.each([
		{ threshold: 5, min: 0, max: 15 },
		{ threshold: 20, min: 0, max: 20 }
	])(
		'spans the x axis from $min to $max at a $threshold % threshold',
		({ threshold, min, max }) => {
			const s: Scenario = { ...SCENARIO_2023, list: { ...SCENARIO_2023.list, threshold } };
			const x = thresholdConfig(s, thresholdSweep(s), text).options?.scales?.x;
			expect(x).toMatchObject({ type: 'linear', min, max });
		}
	);
});

describe('thresholdTable', () => {
	it('has a row for each whole percent from 0 to 15', () => {
		expect(table.rows).toHaveLength(16);
		expect(table.rows[0]!.header).toBe('0%');
		expect(table.rows.at(-1)!.header).toBe('15%');
	});

	// Each row: the official 2023 votes shared at that threshold by the independent reference, plus
	// the official district seats; 5 % is the official chamber. Columns follow sweep.ids.
	it.each([
		{ header: '7%', threshold: 7, cells: ['68', '9', '7', '7', '0', '0', '0', '7'] },
		{ header: '5% (current)', threshold: 5, cells: ['62', '8', '6', '6', '5', '4', '0', '7'] },
		{ header: '0%', threshold: 0, cells: ['61', '8', '6', '6', '5', '4', '1', '7'] }
	])('gives the total seats at $header', ({ header, threshold, cells }) => {
		const reference = reference2023({ threshold });
		const expected = sweep.ids.map((id) =>
			String(id === INDEPENDENT ? reference.independents : reference.total[id])
		);
		expect(expected).toEqual(cells);
		expect(table.rows.find((r) => r.header === header)!.cells).toEqual(cells);
	});

	it('adds a row for a threshold between whole percents and flags it as current', () => {
		const s: Scenario = { ...SCENARIO_2023, list: { ...SCENARIO_2023.list, threshold: 6.5 } };
		const rows = thresholdTable(s, thresholdSweep(s), text).rows;
		expect(rows).toHaveLength(17);
		expect(rows.filter((r) => r.current).map((r) => r.header)).toEqual(['6.5% (current)']);
	});

	it('says in the caption that the seats are list and district together', () => {
		expect(table.caption).toContain('list + district');
		expect(table.columns.slice(0, 2)).toEqual(['Threshold', 'Amanat']);
	});
});

describe('thresholdSummary', () => {
	it('gives the range and the seats at the current threshold', () => {
		// 62: the official chamber (40 list + 22 district seats).
		const summary = thresholdSummary(SCENARIO_2023, sweep, text);
		expect(summary).toContain('from 0% to 15%');
		expect(summary).toContain('current threshold of 5%: Amanat 62 seats');
		expect(summary).toContain('Baytaq 0 seats, and Self-nominated 7 seats');
	});
});
