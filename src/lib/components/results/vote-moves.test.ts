import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import { findPreset } from '$lib/scenario/presets';
import { runScenario } from '$lib/scenario/run';
import { groupVoteMoves } from './vote-moves';

const chamberOf = (id: string) => runScenario(findPreset(id)!.scenario).reported;

describe('groupVoteMoves', () => {
	it('finds no moves in the real 2023 count', () => {
		expect(groupVoteMoves(runScenario(SCENARIO_2023).reported)).toEqual([]);
	});

	it('sends the votes of parties kept off by the 2020 barrier home', () => {
		expect(groupVoteMoves(chamberOf('barrier-2020'))).toEqual([
			{
				party: 'respublica',
				direction: 'out',
				votes: 547_154,
				parts: [{ other: 'abstention', votes: 547_154 }]
			},
			{
				party: 'baytaq',
				direction: 'out',
				votes: 146_431,
				parts: [{ other: 'abstention', votes: 146_431 }]
			}
		]);
	});

	it('gathers the votes a registered opposition party draws from every list', () => {
		const moves = groupVoteMoves(chamberOf('opposition-registered'));
		expect(moves.map((m) => [m.party, m.direction, m.votes])).toEqual([
			['alga', 'in', 343_788],
			['namys', 'in', 343_788]
		]);
		expect(moves[0]!.parts).toHaveLength(7);
		expect(moves[0]!.parts[0]).toEqual({ other: 'amanat', votes: 192_822 });
	});
});
