import { describe, expect, it } from 'vitest';
import { PRESETS, officialDistrictsFor } from '../scenario/presets';
import type { Scenario } from '../scenario/types';
import { METHOD_IDS } from './methods';
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
