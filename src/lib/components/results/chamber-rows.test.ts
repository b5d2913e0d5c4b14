import { describe, expect, it } from 'vitest';
import { INDEPENDENT } from '$lib/i18n';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import { findPreset } from '$lib/scenario/presets';
import { runScenario } from '$lib/scenario/run';
import { applySet } from '$lib/scenario/set';
import { OFFICIAL_2023 } from '$lib/state/simulation.svelte';
import {
	districtWinners,
	linesReached,
	messageSelector,
	partitionParties,
	seatChange
} from './chamber-rows';

const official = OFFICIAL_2023.reported;

describe('seatChange', () => {
	it.each([
		['gives no change for Amanat in the real chamber', 'amanat', 62, { kind: 'delta', delta: 0 }],
		['counts a gain', 'amanat', 68, { kind: 'delta', delta: 6 }],
		['counts a loss', 'jsdp', 0, { kind: 'delta', delta: -4 }],
		['marks a party that did not sit in 2023', 'baytaq', 3, { kind: 'absent' }],
		['marks a party that was not in the 2023 scenario', 'nurotan', 76, { kind: 'absent' }],
		['compares self-nominated winners by number', INDEPENDENT, 0, { kind: 'delta', delta: -7 }]
	])('%s', (_name, id, seats, expected) => {
		expect(seatChange(official, id, seats)).toEqual(expected);
	});
});

describe('partitionParties', () => {
	it('leaves out a new party with no support and keeps parties kept off the ballot', () => {
		const { shown, placeholders } = partitionParties(SCENARIO_2023, official);
		expect(placeholders).toEqual(['new-party']);
		expect(shown.map((p) => p.id)).toEqual([
			'amanat',
			'auyl',
			'respublica',
			'akzhol',
			'qhp',
			'jsdp',
			'baytaq',
			'alga',
			'namys'
		]);
	});

	it('shows a new party once it has support', () => {
		const scenario = applySet(SCENARIO_2023, 'support.new-party=400000');
		const { placeholders } = partitionParties(scenario, runScenario(scenario).reported);
		expect(placeholders).toEqual([]);
	});
});

describe('linesReached', () => {
	it('lists the majority and two-thirds lines under a 7% threshold', () => {
		const chamber = runScenario(applySet(SCENARIO_2023, 'threshold=7')).reported;
		expect(linesReached(chamber, 'amanat')).toEqual([
			{ name: 'majority', seats: 50 },
			{ name: 'two-thirds', seats: 66 }
		]);
		expect(linesReached(chamber, 'auyl')).toEqual([]);
	});
});

describe('districtWinners', () => {
	it.each([
		['2023', 29],
		['all-list', 0],
		['half-and-half', 49]
	])('counts every district seat of the %s preset', (id, seats) => {
		expect(districtWinners(runScenario(findPreset(id)!.scenario).reported)).toBe(seats);
	});
});

describe('messageSelector', () => {
	it.each([
		['two-thirds', 'twoThirds'],
		['three-quarters', 'threeQuarters'],
		['against-all', 'againstAll'],
		['majority', 'majority']
	])('turns %s into the ICU select key %s', (name, key) => {
		expect(messageSelector(name)).toBe(key);
	});
});
