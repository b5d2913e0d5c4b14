import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from './defaults';
import { PRESETS, officialDistrictsFor } from './presets';
import type { Scenario } from './types';
import { METHOD_IDS } from '../engine/methods';
import { simulate, type Chamber, type ChamberSeats } from './simulate';

/** Every preset, and each under every method, both mixed systems and both overhang rules. */
const scenarios: { name: string; scenario: Scenario }[] = PRESETS.flatMap((preset) => [
	{ name: preset.id, scenario: preset.scenario },
	...METHOD_IDS.map((method) => ({
		name: `${preset.id}, ${method}, threshold 7 %`,
		scenario: { ...preset.scenario, list: { ...preset.scenario.list, method, threshold: 7 } }
	})),
	...(['fixed-house', 'extra-seats'] as const).map((overhang) => ({
		name: `${preset.id}, compensatory, ${overhang}`,
		scenario: { ...preset.scenario, mixed: 'compensatory' as const, overhang }
	})),
	{
		name: `${preset.id}, integrity lens on`,
		scenario: { ...preset.scenario, integrity: { ...preset.scenario.integrity, enabled: true } }
	}
]);

function seatsOf(chamber: Chamber) {
	return Object.fromEntries(chamber.parties.map((p) => [p.id, p.seats]));
}

function same(full: Chamber, light: ChamberSeats) {
	expect(light.seats).toEqual(seatsOf(full));
	expect(light.houseSize).toBe(full.houseSize);
	expect(light.independents).toBe(full.independents);
	expect(light.unfilledSeats).toBe(full.unfilledSeats);
}

describe('simulate without the working', () => {
	it.each(scenarios)('gives the same chamber as with it: $name', ({ scenario }) => {
		const official = officialDistrictsFor(scenario);
		const full = simulate(scenario, official);
		const light = simulate(scenario, official, { working: false });
		same(full.reported, light.reported);
		expect(light.adjusted === null).toBe(full.adjusted === null);
		if (full.adjusted && light.adjusted) same(full.adjusted, light.adjusted);
	});
});

describe('district winners without the working', () => {
	it.each([1, 2, 69, 1234, 99_999])(
		'are the winners of the full district results, seed %i',
		(seed) => {
			// A changed seed turns the official result off, so the model runs in both paths.
			const scenario = {
				...SCENARIO_2023,
				districtModel: { ...SCENARIO_2023.districtModel, seed }
			};
			const full = simulate(scenario).reported;
			const light = simulate(scenario, null, { working: false }).reported;
			expect(full.districtSource).toBe('model');
			expect(light.districtSeats).toEqual(
				// District seats are kept for the parties on the ballot.
				Object.fromEntries(
					full.parties.filter((p) => p.onBallot).map((p) => [p.id, p.districtSeats])
				)
			);
			expect(light.independents).toBe(full.independents);
		}
	);
});
