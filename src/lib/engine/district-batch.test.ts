import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { officialElection } from '../data/elections';
import { DISTRICT_MODEL_2023, SCENARIO_2023 } from '../scenario/defaults';
import { districtRulesFor } from '../scenario/simulate';
import { SELF_NOMINATED_2023 } from './ballot-access';
import { DistrictRacer } from './district-batch';
import { runDistrictWins, type DistrictInput } from './districts';

/** The regions the scenario model gives the district races for the 2023 electorate. */
const REGIONS_2023 = districtRulesFor(SCENARIO_2023, 7).regions;
const LISTS_2023 = officialElection(2023)!.lists.map((l) => ({ id: l.id, votes: l.votes }));

/** The racer's wins as runDistrictWins writes them: by party id, 'independent', no zeros. */
function racerWins(input: DistrictInput): Record<string, number> {
	const racer = new DistrictRacer({ ...input, parties: input.parties.length });
	const wins = new Int32Array(input.parties.length + 1);
	// Raced twice with another seed between: nothing carries over from one race to the next.
	racer.race(
		input.model.seed + 1,
		input.parties.map((p) => p.votes),
		0.1,
		0.9,
		50,
		wins
	);
	wins.fill(0);
	racer.race(
		input.model.seed,
		input.parties.map((p) => p.votes),
		input.againstAllShare,
		input.validShare,
		input.turnout,
		wins
	);
	const byId: Record<string, number> = {};
	input.parties.forEach((p, i) => {
		if (wins[i]! > 0) byId[p.id] = wins[i]!;
	});
	if (wins[input.parties.length]! > 0) byId.independent = wins[input.parties.length]!;
	return byId;
}

const share = fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000);

/**
 * Inputs of every kind: the 2023 regions or small ones (a few dozen voters, where equal votes
 * and so ties are common) or huge ones (where a district's products pass 2^53 and the BigInt
 * path decides); parties with no votes; any model knobs and field.
 */
const inputs: fc.Arbitrary<DistrictInput> = fc.record({
	regions: fc.oneof(
		fc.constant(REGIONS_2023),
		fc.constant(REGIONS_2023.map((r, i) => ({ ...r, electorate: 20 + ((i * 37) % 180) }))),
		fc.constant(REGIONS_2023.map((r) => ({ ...r, electorate: r.electorate * 20_000 })))
	),
	seats: fc.integer({ min: 1, max: 120 }),
	parties: fc
		.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000_000 })), {
			minLength: 1,
			maxLength: 10
		})
		.map((votes) => votes.map((v, i) => ({ id: `p${i}`, votes: v }))),
	againstAllShare: share.map((x) => x / 2),
	validShare: share,
	turnout: fc.integer({ min: 1, max: 1000 }).map((x) => x / 10),
	turnout2023: fc.constant(54.19),
	selfNominated: fc.integer({ min: 10, max: 400 }).map((x) => x / 10),
	selfNominated2023: fc.constant(SELF_NOMINATED_2023.registeredPerDistrict),
	// Knobs on a finer grid than the calibration's, seeds up to the largest a run draws.
	model: fc.record({
		seed: fc.integer({ min: 0, max: 2 ** 31 - 2 }),
		independentShare: fc.integer({ min: 0, max: 1000 }).map((x) => x / 10),
		lowTurnoutEffect: fc.integer({ min: 0, max: 500 }).map((x) => x / 100),
		districtSpread: fc.integer({ min: 0, max: 2000 }).map((x) => x / 10),
		regionalSpread: fc.integer({ min: 0, max: 2000 }).map((x) => x / 10)
	})
});

describe('DistrictRacer', () => {
	it('elects the winners runDistrictWins elects, for any input', () => {
		fc.assert(
			fc.property(inputs, (input) => {
				expect(racerWins(input)).toEqual(runDistrictWins(input));
			}),
			{ numRuns: 400 }
		);
	});

	// The 2023 model over many seeds: the runs Monte-Carlo makes.
	it.each([0, 1, 69, 12345, 2 ** 31 - 2])('agrees for the 2023 model with seed %i', (seed) => {
		const input: DistrictInput = {
			regions: REGIONS_2023,
			seats: 29,
			parties: LISTS_2023,
			againstAllShare: 248_291 / 6_366_441,
			validShare: 6_366_441 / 6_521_860,
			turnout: 54.19,
			turnout2023: 54.19,
			selfNominated: SELF_NOMINATED_2023.registeredPerDistrict,
			selfNominated2023: SELF_NOMINATED_2023.registeredPerDistrict,
			model: { ...DISTRICT_MODEL_2023, seed }
		};
		const wins = runDistrictWins(input);
		expect(Object.values(wins).reduce((a, b) => a + b, 0)).toBe(29);
		expect(racerWins(input)).toEqual(wins);
	});
});
