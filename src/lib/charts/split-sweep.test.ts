import { describe, expect, it } from 'vitest';
import { reference2023 } from '../engine/reference-2023';
import { INDEPENDENT } from '../i18n/format';
import { createTranslator } from '../i18n/translate';
import { SCENARIO_2023 } from '../scenario/defaults';
import { splitConfig, splitSummary, splitTable } from './split-sweep';
import { RADIUS } from './sweep-chart';
import { districtSweep } from './sweeps';

const text = { locale: 'en', t: createTranslator('en') } as const;
const sweep = districtSweep(SCENARIO_2023);
const config = splitConfig(SCENARIO_2023, sweep, text);
const table = splitTable(SCENARIO_2023, sweep, text);

describe('splitConfig', () => {
	it('draws a line for the self-nominated winners after the parties', () => {
		expect(config.data.datasets.at(-1)!.label).toBe('Self-nominated');
		expect(config.data.datasets[0]!.label).toBe('Amanat');
	});

	it('spans the x axis from none to all 98 seats', () => {
		expect(config.options?.scales?.x).toMatchObject({ type: 'linear', min: 0, max: 98 });
	});

	it('marks the current 29 district seats with a line and a larger point', () => {
		expect(config.options?.plugins?.currentMarker).toMatchObject({
			value: 29,
			label: 'Current: 29'
		});
		// 62 at 29 districts: the official chamber (40 list + 22 district seats).
		const amanat = config.data.datasets[0]!;
		const index = amanat.data.findIndex((p) => p.x === 29);
		expect(amanat.data[index]).toEqual({ x: 29, y: 62 });
		expect((amanat.pointRadius as number[])[index]).toBe(RADIUS.current);
		expect((amanat.pointRadius as number[])[0]).toBe(RADIUS.marked);
	});

	it('keeps to about 25 points so it can be recomputed on every change', () => {
		for (const dataset of config.data.datasets) expect(dataset.data.length).toBeLessThanOrEqual(25);
	});
});

describe('splitTable', () => {
	it('has a row for every computed split', () => {
		expect(table.rows).toHaveLength(sweep.points.length);
		expect(table.columns.slice(0, 3)).toEqual(['District seats', 'List seats', 'Amanat']);
		expect(table.columns.at(-1)).toBe('Self-nominated');
	});

	it('takes the all-list figure from the independent reference', () => {
		// 56: the official 2023 votes sharing 98 list seats, by the reference implementation.
		expect(reference2023({ listSeats: 98, districts: false }).total.amanat).toBe(56);
	});

	// 29 districts: the official chamber (69 list seats, Amanat 62, 7 self-nominated); 0 districts:
	// 98 list seats, Amanat 56 by the reference (the test above), nobody self-nominated.
	it.each([
		{ header: '29 (current)', first: ['69', '62'], independent: '7' },
		{ header: '0', first: ['98', '56'], independent: '0' }
	])('gives list seats and totals at $header', ({ header, first, independent }) => {
		const row = table.rows.find((r) => r.header === header)!;
		expect(row.cells.slice(0, 2)).toEqual(first);
		expect(row.cells.at(-1)).toBe(independent);
	});

	it('says in the caption that self-nominated winners are included', () => {
		expect(table.caption).toContain('self-nominated');
		expect(sweep.ids).toContain(INDEPENDENT);
	});
});

describe('splitSummary', () => {
	it('gives the range and the seats at the current split', () => {
		expect(splitSummary(SCENARIO_2023, sweep, text)).toMatch(
			/from 0 to 98\. At the current 29 district seats: Amanat 62 seats, .*Self-nominated 7 seats\.$/
		);
	});
});
