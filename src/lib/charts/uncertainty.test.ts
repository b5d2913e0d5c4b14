import { describe, expect, it } from 'vitest';
import type { MonteCarloResult, SeatDistribution } from '../scenario/montecarlo';
import { createTranslator, registerMessages } from '../i18n/translate';
import uncertaintyEn from '../i18n/en/uncertainty.json';
import { SCENARIO_2023 } from '../scenario/defaults';
import {
	majoritySentences,
	outOf100,
	uncertaintyConfig,
	uncertaintySummary,
	uncertaintyTable
} from './uncertainty';

registerMessages('en', uncertaintyEn);
const text = { locale: 'en' as const, t: createTranslator('en') };

/** A distribution over `histogram` (runs by seat count), its statistics given by hand. */
const dist = (histogram: number[], p5: number, p50: number, p95: number): SeatDistribution => {
	const runs = histogram.reduce((a, b) => a + b, 0);
	const mean = histogram.reduce((a, r, k) => a + r * k, 0) / runs;
	return { mean, p5, p50, p95, histogram };
};

// 100 runs: Amanat 60 seats in 20, 61 in 50, 62 in 30; Auyl 0 seats in 10 runs, 8 in 90;
// Alga never seated. The largest party's chances are 0.955, 0.1 and 0 (an exact 95.5 rounds up).
const amanat = Array(63).fill(0);
amanat[60] = 20;
amanat[61] = 50;
amanat[62] = 30;
const auyl = Array(9).fill(0);
auyl[0] = 10;
auyl[8] = 90;
const result: MonteCarloResult = {
	runs: 100,
	error: 2.5,
	seed: 1,
	parties: [
		{ id: 'amanat', baseline: 62, seats: dist(amanat, 60, 61, 62), thresholdChance: 1 },
		{ id: 'auyl', baseline: 8, seats: dist(auyl, 0, 8, 8), thresholdChance: 0.904 },
		{ id: 'alga', baseline: 0, seats: dist([100], 0, 0, 0), thresholdChance: 0 }
	],
	independents: dist([100], 0, 0, 0),
	meanUnfilled: 0,
	appointed: 0,
	meanHouse: 98,
	largest: { id: 'amanat', majority: 0.955, twoThirds: 0.1, threeQuarters: 0 }
};

describe('the uncertainty chart', () => {
	it('draws a point per seat count from the lowest to the highest seen, in percent of runs', () => {
		const config = uncertaintyConfig(SCENARIO_2023, result, text);
		// Seats 0 (Auyl's lowest) to 62 (Amanat's highest): 63 points.
		expect(config.data.labels).toHaveLength(63);
		expect(config.data.labels![0]).toBe('0');
		expect(config.data.datasets.map((d) => d.label)).toEqual(['Amanat', 'Auyl']);
		const amanatLine = config.data.datasets[0]!.data;
		expect([amanatLine[60], amanatLine[61], amanatLine[62]]).toEqual([20, 50, 30]);
		expect(config.data.datasets[1]!.data[8]).toBe(90);
	});

	it('names the range each party falls in 90 of 100 times', () => {
		expect(uncertaintySummary(SCENARIO_2023, result, text)).toBe(
			'Line chart of the seats each party won in 100 simulated elections with an error of 2.5 points: ' +
				'Amanat 60 to 62 seats in 90 of 100 and Auyl 0 to 8 seats in 90 of 100.'
		);
	});
});

describe('the uncertainty table', () => {
	it('gives each party that could win a seat its baseline, mean, percentiles and threshold chance', () => {
		const table = uncertaintyTable(SCENARIO_2023, result, text);
		expect(table.rows.map((r) => r.header)).toEqual(['Amanat', 'Auyl']);
		// Amanat's mean: (60·20 + 61·50 + 62·30) ÷ 100 = 61.1.
		expect(table.rows[0]!.cells).toEqual(['62', '61.1', '60', '61', '62', '100 of 100']);
		// Auyl's mean: 8·90 ÷ 100 = 7.2; threshold 0.904 → 90 of 100.
		expect(table.rows[1]!.cells).toEqual(['8', '7.2', '0', '8', '8', '90 of 100']);
	});
});

describe('the sentences', () => {
	it.each([
		[0.955, 96],
		[0.1, 10],
		[0, 0],
		[1, 100]
	])('rounds a chance of %f to %i of 100', (chance, count) => {
		expect(outOf100(chance)).toBe(count);
	});

	it('say how often the largest party holds each line', () => {
		expect(majoritySentences(SCENARIO_2023, result, text)).toEqual([
			'In 96 of 100 simulated elections Amanat holds a majority (more than half of the seats).',
			'In 10 of 100 simulated elections Amanat holds two-thirds of the seats or more.',
			'In 0 of 100 simulated elections Amanat holds three-quarters of the seats or more.'
		]);
	});

	it('say so when no party has a seat', () => {
		expect(majoritySentences(SCENARIO_2023, { ...result, largest: null }, text)).toEqual([
			'No party wins a seat in the scenario itself, so there is no largest party to follow.'
		]);
	});
});
