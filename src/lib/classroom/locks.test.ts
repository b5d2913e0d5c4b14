import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from '../scenario/defaults';
import { applySet, PARTY_KEYS, SET_KEYS } from '../scenario/set';
import { controlOf, enforceLocks } from './locks';

const change = (...sets: string[]) => sets.reduce(applySet, SCENARIO_2023);

describe('enforceLocks (issue 13 §4: edited storage cannot move a locked control)', () => {
	it('keeps what an unlocked control changed and puts back what a locked one would have', () => {
		const restored = change('threshold=7', 'method=dhondt', 'support.amanat=1', 'partyMembers=1');
		const { scenario, reverted } = enforceLocks(SCENARIO_2023, restored, ['threshold']);
		expect(scenario).toEqual(change('threshold=7'));
		expect(reverted.sort()).toEqual(['method', 'partyMembers', 'support.amanat']);
	});

	it('lets the house size lower the districts with it, and only that far', () => {
		const follows = change('totalSeats=20', 'districtSeats=20');
		expect(enforceLocks(SCENARIO_2023, follows, ['totalSeats']).scenario).toEqual(follows);
		const moved = change('totalSeats=60', 'districtSeats=10');
		expect(enforceLocks(SCENARIO_2023, moved, ['totalSeats']).scenario).toEqual(
			change('totalSeats=60')
		);
	});

	it('keys no control moves are always locked', () => {
		const restored = change('seed=5', 'registeredVoters=1');
		expect(
			enforceLocks(SCENARIO_2023, restored, ['threshold', 'support', 'access']).scenario
		).toEqual(SCENARIO_2023);
	});

	it('knows a control for every key a control can move', () => {
		for (const key of ['threshold', 'method', 'offBallotTarget', 'inflation']) {
			expect(controlOf(key)).not.toBeNull();
		}
		for (const kind of Object.keys(PARTY_KEYS)) expect(controlOf(`${kind}.amanat`)).not.toBeNull();
		expect(controlOf('seed')).toBeNull();
		expect(Object.keys(SET_KEYS)).toContain('seed');
	});
});
