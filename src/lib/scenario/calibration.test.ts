import { describe, expect, it } from 'vitest';
import { KNOWN_DISTRICT_WINNERS_2023 } from '../data/regions';
import { candidateSide } from '../engine/districts';
import { simulate } from './simulate';
import { SCENARIO_2023 } from './defaults';

describe('the district model calibrated on 2023', () => {
	// Without the official district result, the 2023 inputs go through the model.
	const chamber = simulate(SCENARIO_2023).reported;

	it('gives the official aggregate of 22 Amanat and 7 self-nominated winners', () => {
		expect(chamber.districtSource).toBe('model');
		expect(chamber.parties.find((p) => p.id === 'amanat')?.districtSeats).toBe(22);
		expect(chamber.independents).toBe(7);
	});

	it('agrees with at least 7 of the district winners a source names, as the seed was chosen to', () => {
		const agree = KNOWN_DISTRICT_WINNERS_2023.filter((known) => {
			const district = chamber.districts.find((d) => d.number === known.number)!;
			expect(district.region).toBe(known.region);
			return candidateSide(district.candidates[district.winner]!) === known.party;
		});
		expect(agree.length).toBeGreaterThanOrEqual(7);
	});

	it('averages between 6 and 8 self-nominated winners over seeds 1 to 60', () => {
		const counts = Array.from(
			{ length: 60 },
			(_, i) =>
				simulate({
					...SCENARIO_2023,
					districtModel: { ...SCENARIO_2023.districtModel, seed: i + 1 }
				}).reported.independents
		);
		const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
		expect(mean).toBeGreaterThan(6);
		expect(mean).toBeLessThan(8);
	});
});
