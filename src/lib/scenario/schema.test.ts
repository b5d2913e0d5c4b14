import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from './defaults';
import { PRESETS } from './presets';
import { checkScenario } from './schema';
import type { Scenario } from './types';

/** A scenario as plain, untyped JSON, so that broken fields can be written. */
type Loose = Record<string, unknown>;
const S = JSON.parse(JSON.stringify(SCENARIO_2023)) as Loose & Scenario;
const party0 = S.parties[0]!;
const withParty = (change: Loose): Loose => ({
	...S,
	parties: [{ ...party0, ...change }, ...S.parties.slice(1)]
});

function withoutKey(key: string): Loose {
	const copy: Loose = { ...S };
	delete copy[key];
	return copy;
}

describe('checkScenario accepts', () => {
	it.each(PRESETS.map((p) => [p.id, p.scenario] as const))('the preset %s', (_, scenario) => {
		expect(checkScenario(scenario)).toEqual({ ok: true, scenario });
	});

	it('the default scenario after a round trip through JSON', () => {
		expect(checkScenario(S)).toEqual({ ok: true, scenario: SCENARIO_2023 });
	});

	it('to-party with a target that names a party', () => {
		const s = {
			...S,
			access: { ...S.access, offBallotVoters: 'to-party', offBallotTarget: 'alga' }
		};
		expect(checkScenario(s).ok).toBe(true);
	});

	it('districtSeats equal to totalSeats, and none at all', () => {
		expect(checkScenario({ ...S, districtSeats: 98 }).ok).toBe(true);
		expect(checkScenario({ ...S, districtSeats: 0 }).ok).toBe(true);
	});
});

describe('checkScenario rejects, with one line naming the field', () => {
	it.each<[string, unknown, string]>([
		['a wrong version', { ...S, version: 2 }, 'version:'],
		['districtSeats above totalSeats', { ...S, districtSeats: 99 }, 'districtSeats: cannot exceed'],
		[
			'a party listed twice',
			{ ...S, parties: [...S.parties, party0] },
			'parties: the party "amanat" appears twice'
		],
		['a threshold of 101 %', { ...S, list: { ...S.list, threshold: 101 } }, 'list.threshold:'],
		['a negative threshold', { ...S, list: { ...S.list, threshold: -1 } }, 'list.threshold:'],
		['an unknown key', { ...S, seats: 98 }, '"seats"'],
		['an unknown nested key', { ...S, list: { ...S.list, quota: 'hare' } }, 'list:'],
		[
			'to-party without a target',
			{ ...S, access: { ...S.access, offBallotVoters: 'to-party', offBallotTarget: null } },
			'access.offBallotTarget: must name one of the parties'
		],
		[
			'to-party with a target that is not a party',
			{ ...S, access: { ...S.access, offBallotVoters: 'to-party', offBallotTarget: 'nobody' } },
			'access.offBallotTarget: must name one of the parties'
		],
		[
			'an integrity lens on a party that does not exist',
			{ ...S, integrity: { ...S.integrity, enabled: true, party: 'nobody' } },
			'integrity.party: must name one of the parties'
		],
		['an unknown method', { ...S, list: { ...S.list, method: 'plurality' } }, 'list.method:'],
		[
			'an unknown threshold base',
			{ ...S, list: { ...S.list, thresholdBase: 'x' } },
			'list.thresholdBase:'
		],
		['an unknown mixed system', { ...S, mixed: 'mmp' }, 'mixed:'],
		['an unknown overhang rule', { ...S, overhang: 'grow' }, 'overhang:'],
		['a fractional number of seats', { ...S, totalSeats: 98.5 }, 'totalSeats:'],
		['a house of no seats', { ...S, totalSeats: 0 }, 'totalSeats:'],
		['negative district seats', { ...S, districtSeats: -1 }, 'districtSeats:'],
		['no parties', { ...S, parties: [] }, 'parties:'],
		['a party id in capitals', withParty({ id: 'Amanat' }), 'parties.0.id:'],
		['a colour that is not a hex code', withParty({ colour: 'blue' }), 'parties.0.colour:'],
		['negative support', withParty({ support: -1 }), 'parties.0.support:'],
		['an empty name', withParty({ name: { ...party0.name, kk: '' } }), 'parties.0.name.kk:'],
		[
			'more than 20 regions',
			withParty({ capacity: { ...party0.capacity, regions: 21 } }),
			'parties.0.capacity.regions:'
		],
		[
			'a turnout over 100 %',
			{ ...S, electorate: { ...S.electorate, turnout: 100.1 } },
			'electorate.turnout:'
		],
		[
			'no registered voters',
			{ ...S, electorate: { ...S.electorate, registeredVoters: 0 } },
			'electorate.registeredVoters:'
		],
		[
			'against-all that is not a number',
			{ ...S, electorate: { ...S.electorate, againstAll: '248291' } },
			'electorate.againstAll:'
		],
		[
			'a refusal rate over 100 %',
			{ ...S, access: { ...S.access, candidateRefusals: 120 } },
			'access.candidateRefusals:'
		],
		[
			'a fractional member count',
			{ ...S, access: { ...S.access, partyMembers: 5000.5 } },
			'access.partyMembers:'
		],
		[
			'an unknown off-ballot choice',
			{ ...S, access: { ...S.access, offBallotVoters: 'emigrate' } },
			'access.offBallotVoters:'
		],
		[
			'a negative seed',
			{ ...S, districtModel: { ...S.districtModel, seed: -1 } },
			'districtModel.seed:'
		],
		['an official year before independence', { ...S, officialYear: 1980 }, 'officialYear:'],
		['a missing section', withoutKey('electorate'), 'electorate:'],
		['null', null, 'expected object'],
		['a string', 'scenario', 'expected object']
	])('%s', (_, value, message) => {
		const check = checkScenario(value);
		expect(check.ok).toBe(false);
		if (check.ok) return;
		expect(check.error).toContain(message);
		expect(check.error).not.toContain('\n');
	});
});
