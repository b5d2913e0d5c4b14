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
	onlyOneList,
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
		['marks a party that was not in the 2023 chamber', 'patriots', 3, { kind: 'absent' }],
		// Nur Otan was renamed Amanat on 1 March 2022 (data/lineage.ts): 76 against 62.
		['follows Nur Otan to Amanat', 'nurotan', 76, { kind: 'delta', delta: 14 }],
		// The Communist People's Party became the People's Party of Kazakhstan (QHP, 5 in 2023).
		[
			'follows the Communist People’s Party to the People’s Party',
			'knpk',
			7,
			{ kind: 'delta', delta: 2 }
		],
		['follows OSDP to the Social Democrats of 2023', 'osdp', 0, { kind: 'delta', delta: -4 }],
		[
			'names the party Adilet joined as it was called then (Birlik, 2013)',
			'adilet',
			0,
			{ kind: 'merged', into: 'birlik', date: '2013-04-26' }
		],
		[
			'says Adal merged into Amanat rather than comparing it with Amanat',
			'adal',
			0,
			{ kind: 'merged', into: 'amanat', date: '2022-04-26' }
		],
		['compares self-nominated winners by number', INDEPENDENT, 0, { kind: 'delta', delta: -7 }]
	])('%s', (_name, id, seats, expected) => {
		expect(seatChange(official, id, seats)).toEqual(expected);
	});
});

describe('partitionParties', () => {
	it('lists exactly the seven lists of the real 2023 ballot, and names the others apart', () => {
		const { shown, placeholders, offBallot } = partitionParties(SCENARIO_2023, official);
		expect(placeholders).toEqual([]);
		expect(offBallot).toEqual(['alga', 'namys']);
		expect(shown.map((p) => p.id)).toEqual([
			'amanat',
			'auyl',
			'respublica',
			'akzhol',
			'qhp',
			'jsdp',
			'baytaq'
		]);
	});

	it('leaves out a new party that was added with no support, and shows it once it has some', () => {
		const empty = applySet(SCENARIO_2023, 'support.new-party=0');
		expect(partitionParties(empty, runScenario(empty).reported).placeholders).toEqual([
			'new-party'
		]);
		const scenario = applySet(SCENARIO_2023, 'support.new-party=400000');
		const { shown, placeholders } = partitionParties(scenario, runScenario(scenario).reported);
		expect(placeholders).toEqual([]);
		expect(shown.map((p) => p.id)).toContain('new-party');
	});

	it('shows the only-one-list notice data: which list passed and who was admitted', () => {
		const off = runScenario(applySet(SCENARIO_2023, 'threshold=20')).reported;
		expect(onlyOneList(off)).toEqual({ kind: 'rule-off', passed: 'amanat' });
		const on = runScenario(
			applySet(applySet(SCENARIO_2023, 'threshold=20'), 'secondParty=runner-up')
		).reported;
		// Auyl has the next-largest vote (10.90 %) after Amanat.
		expect(onlyOneList(on)).toEqual({ kind: 'runner-up', passed: 'amanat', runnerUp: 'auyl' });
		expect(onlyOneList(official)).toBeNull();
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
