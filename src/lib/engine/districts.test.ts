import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REGIONS, regionElectorate } from '../data/regions';
import { DISTRICT_MODEL_2023, SCENARIO_2023 } from '../scenario/defaults';
import { SELF_NOMINATED_2023 } from './ballot-access';
import {
	apportionDistricts,
	candidateSide,
	districtWins,
	runDistricts,
	type DistrictInput,
	type DistrictModelKnobs,
	type DistrictRegion,
	type DistrictResult
} from './districts';
import { simulate } from '../scenario/simulate';

/** The 20 units in the order districts are numbered: the three cities first, then the regions. */
const REGIONS_2023: DistrictRegion[] = [
	...REGIONS.filter((r) => r.type === 'city'),
	...REGIONS.filter((r) => r.type !== 'city')
].map((r) => ({
	id: r.id,
	electorate: regionElectorate(r).voters,
	turnout2023: r.turnout2023,
	districts2023: r.districts2023
}));

const TURNOUT_2023 = (100 * 6_521_860) / 12_035_578;

const LISTS_2023 = [
	{ id: 'amanat', votes: 3_431_510 },
	{ id: 'auyl', votes: 693_938 },
	{ id: 'respublica', votes: 547_154 },
	{ id: 'akzhol', votes: 535_139 },
	{ id: 'qhp', votes: 432_920 },
	{ id: 'jsdp', votes: 331_058 },
	{ id: 'baytaq', votes: 146_431 }
];

function input2023(
	seats: number,
	model: Partial<DistrictModelKnobs> = {},
	change: Partial<DistrictInput> = {}
): DistrictInput {
	return {
		regions: REGIONS_2023,
		seats,
		parties: LISTS_2023,
		againstAllShare: 248_291 / 6_366_441,
		validShare: 6_366_441 / 6_521_860,
		turnout: TURNOUT_2023,
		turnout2023: TURNOUT_2023,
		selfNominated: SELF_NOMINATED_2023.registeredPerDistrict,
		selfNominated2023: SELF_NOMINATED_2023.registeredPerDistrict,
		model: { ...DISTRICT_MODEL_2023, ...model },
		...change
	};
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('apportionDistricts', () => {
	it('gives the 2023 map for 29 districts', () => {
		const counts = apportionDistricts(REGIONS_2023, 29);
		const byId = Object.fromEntries(REGIONS_2023.map((r, i) => [r.id, counts[i]]));
		expect(byId).toEqual({
			astana: 2,
			'almaty-city': 3,
			shymkent: 2,
			abai: 1,
			akmola: 1,
			aktobe: 1,
			'almaty-region': 2,
			atyrau: 1,
			'west-kazakhstan': 1,
			jambyl: 2,
			jetisu: 1,
			karaganda: 2,
			kostanay: 1,
			kyzylorda: 1,
			mangystau: 1,
			pavlodar: 1,
			'north-kazakhstan': 1,
			turkistan: 3,
			ulytau: 1,
			'east-kazakhstan': 1
		});
	});

	it('gives every region at least one district and shares out exactly N for any N of 20 or more', () => {
		fc.assert(
			fc.property(fc.integer({ min: 20, max: 500 }), (n) => {
				const counts = apportionDistricts(REGIONS_2023, n);
				expect(counts).toHaveLength(REGIONS_2023.length);
				expect(sum(counts)).toBe(n);
				for (const c of counts) expect(c).toBeGreaterThanOrEqual(1);
			}),
			{ numRuns: 200 }
		);
	});

	it('shares out exactly N, by electorate, for any N below 20', () => {
		for (let n = 0; n < 20; n++) {
			const counts = apportionDistricts(REGIONS_2023, n);
			expect(sum(counts)).toBe(n);
			for (const c of counts) expect(c).toBeGreaterThanOrEqual(0);
		}
		// One district goes to the largest electorate, Almaty city.
		const one = apportionDistricts(REGIONS_2023, 1);
		expect(REGIONS_2023[one.indexOf(1)]!.id).toBe('almaty-city');
	});

	it('gives a region with a larger electorate at least as many districts when the map is not 2023', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 300 }), (n) => {
				fc.pre(n !== 29);
				const counts = apportionDistricts(REGIONS_2023, n);
				REGIONS_2023.forEach((a, i) =>
					REGIONS_2023.forEach((b, j) => {
						if (a.electorate > b.electorate) expect(counts[i]).toBeGreaterThanOrEqual(counts[j]!);
					})
				);
			}),
			{ numRuns: 100 }
		);
	});
});

/**
 * What is wrong with one district result, judged by the plurality rule and its own arithmetic;
 * empty when nothing is. (Plain checks, not one expect each: the properties run thousands.)
 */
function problems(d: DistrictResult): string[] {
	const found: string[] = [];
	const top = Math.max(...d.votes);
	if (d.votes.length !== d.candidates.length) found.push('one vote count per candidate');
	if (d.votes[d.winner] !== top) found.push('the winner has the most votes');
	// On equal votes the candidate listed first wins.
	if (d.votes.indexOf(top) !== d.winner) found.push('the first of equals wins');
	if (sum(d.votes) + d.againstAll !== d.valid) found.push('votes add up to the valid votes');
	if (d.valid > d.electorate) found.push('no more votes than voters');
	if ([...d.votes, d.againstAll].some((v) => !Number.isSafeInteger(v) || v < 0)) {
		found.push('whole, non-negative votes');
	}
	if (d.runnerUp !== null) {
		const rest = d.votes.filter((_, i) => i !== d.winner);
		if (d.votes[d.runnerUp] !== Math.max(...rest)) found.push('the runner-up is second');
		if (d.margin !== d.votes[d.winner]! - d.votes[d.runnerUp]!) found.push('the margin');
		if (d.tied !== (d.margin === 0)) found.push('tied means no margin');
	}
	return found.map((f) => `district ${d.number}: ${f}`);
}

const knobs: fc.Arbitrary<DistrictModelKnobs> = fc.record({
	seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
	independentShare: fc.integer({ min: 0, max: 100 }),
	lowTurnoutEffect: fc.integer({ min: 0, max: 50 }).map((x) => x / 10),
	districtSpread: fc.integer({ min: 0, max: 200 }),
	regionalSpread: fc.integer({ min: 0, max: 200 })
});

describe('runDistricts', () => {
	it('elects exactly one winner in each district, the candidate with the most votes', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 98 }),
				knobs,
				fc.integer({ min: 200, max: 900 }),
				(seats, model, turnoutTenths) => {
					const results = runDistricts(
						input2023(seats, model, {
							turnout: turnoutTenths / 10,
							selfNominated: 1 + (model.seed % 30)
						})
					);
					expect(results).toHaveLength(seats);
					expect(results.flatMap(problems)).toEqual([]);
					expect(sum(Object.values(districtWins(results)))).toBe(seats);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('numbers the districts 1 to N, region by region in the order given', () => {
		for (const seats of [1, 19, 20, 29, 49, 98]) {
			const results = runDistricts(input2023(seats));
			expect(results.map((d) => d.number)).toEqual(results.map((_, i) => i + 1));
			const order = REGIONS_2023.map((r) => r.id).filter((id) =>
				results.some((d) => d.region === id)
			);
			const seen = results.map((d) => d.region).filter((id, i, all) => all.indexOf(id) === i);
			expect(seen).toEqual(order);
		}
	});

	it('puts the 2023 districts in the regions of the 2023 map, in CEC numbering', () => {
		const results = runDistricts(input2023(29));
		const byNumber = Object.fromEntries(results.map((d) => [d.number, d.region]));
		for (const region of REGIONS) {
			for (const number of region.districtNumbers) expect(byNumber[number]).toBe(region.id);
		}
	});

	it('splits a region evenly between its districts', () => {
		for (const d of runDistricts(input2023(29)).filter((x) => x.region === 'turkistan')) {
			expect([392_502, 392_503]).toContain(d.electorate);
		}
	});

	it('gives the same districts for the same input', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 98 }), knobs, (seats, model) => {
				expect(runDistricts(input2023(seats, model))).toEqual(
					runDistricts(input2023(seats, model))
				);
			}),
			{ numRuns: 50 }
		);
	});

	it('gives different districts for a different seed', () => {
		const base = runDistricts(input2023(29));
		for (const seed of [1, 3, 4, 5, 2023]) {
			expect(runDistricts(input2023(29, { seed }))).not.toEqual(base);
		}
		const independents = [1, 2, 3, 4, 5, 6, 7, 8].map(
			(seed) => districtWins(runDistricts(input2023(29, { seed }))).independent ?? 0
		);
		expect(new Set(independents).size).toBeGreaterThan(1);
	});

	it('fields no candidate for a list without votes', () => {
		const parties = [...LISTS_2023, { id: 'empty', votes: 0 }];
		for (const d of runDistricts(input2023(29, {}, { parties }))) {
			expect(d.candidates.some((c) => c.kind === 'party' && c.party === 'empty')).toBe(false);
		}
	});

	it('elects a self-nominated candidate everywhere when no list is on the ballot', () => {
		const results = runDistricts(input2023(29, {}, { parties: [] }));
		expect(districtWins(results)).toEqual({ independent: 29 });
	});

	it('elects party nominees everywhere when no self-nominated share is assumed', () => {
		const results = runDistricts(input2023(29, { independentShare: 0 }));
		expect(results.every((d) => candidateSide(d.candidates[d.winner]!) !== 'independent')).toBe(
			true
		);
	});

	it('gives more self-nominated winners when self-nominated candidates draw more', () => {
		const count = (independentShare: number) =>
			districtWins(runDistricts(input2023(29, { independentShare }))).independent ?? 0;
		expect(count(80)).toBeGreaterThan(count(46));
		expect(count(46)).toBeGreaterThan(count(20));
	});
});

describe('the 2023 scenario through the district model', () => {
	const result = simulate(SCENARIO_2023);

	it('uses the model, with 29 districts, when no official result is passed', () => {
		expect(result.reported.districtSource).toBe('model');
		expect(result.reported.districts).toHaveLength(29);
	});

	it('gives 22 Amanat and 7 self-nominated district winners, as in 2023', () => {
		expect(districtWins(result.reported.districts)).toEqual({ amanat: 22, independent: 7 });
		const amanat = result.reported.parties.find((p) => p.id === 'amanat')!;
		expect(amanat.districtSeats).toBe(22);
		expect(result.reported.independents).toBe(7);
	});
});
