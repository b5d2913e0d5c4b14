import { describe, expect, it } from 'vitest';
import { PRESETS, officialDistrictsFor } from './presets';
import { SCENARIO_2023 } from './defaults';
import {
	monteCarlo,
	startMonteCarlo,
	startMonteCarloWith,
	type MonteCarloResult
} from './montecarlo';
import { referenceSampler } from './montecarlo-reference';
import { simulate } from './simulate';
import type { Scenario } from './types';

const official2023 = officialDistrictsFor(SCENARIO_2023);
const run = (runs: number, error: number, seed: number) =>
	monteCarlo(SCENARIO_2023, { runs, error, seed, official: official2023 });

function chances(result: MonteCarloResult): number[] {
	const { largest } = result;
	return [
		...result.parties.map((p) => p.thresholdChance),
		...(largest ? [largest.majority, largest.twoThirds, largest.threeQuarters] : [])
	];
}

describe('Monte-Carlo', () => {
	it('gives the same result for the same seed, and another for another seed', () => {
		expect(run(300, 2, 7)).toEqual(run(300, 2, 7));
		expect(run(300, 2, 8)).not.toEqual(run(300, 2, 7));
	});

	it('gives the same result in slices as at once', () => {
		const job = startMonteCarlo(SCENARIO_2023, {
			runs: 250,
			error: 3,
			seed: 5,
			official: official2023
		});
		while (!job.done) job.step(37);
		expect(job.result()).toEqual(run(250, 3, 5));
	});

	// Presets with a house that is not 98, appointed seats (2007–2021) and compensatory seats.
	it.each(PRESETS.map((p) => [p.id, p.scenario] as const))(
		'%s: mean seats add up to the house, chances lie in [0, 1]',
		(_, scenario) => {
			const result = monteCarlo(scenario, {
				runs: 150,
				error: 3,
				seed: 11,
				official: officialDistrictsFor(scenario)
			});
			const seated =
				result.parties.reduce((a, p) => a + p.seats.mean, 0) +
				result.independents.mean +
				result.meanUnfilled +
				result.appointed;
			expect(seated).toBeCloseTo(result.meanHouse, 9);
			for (const c of chances(result)) {
				expect(c).toBeGreaterThanOrEqual(0);
				expect(c).toBeLessThanOrEqual(1);
			}
			for (const p of result.parties) {
				expect(p.seats.histogram.reduce((a, b) => a + b, 0)).toBe(150);
				expect(p.seats.p5).toBeLessThanOrEqual(p.seats.p50);
				expect(p.seats.p50).toBeLessThanOrEqual(p.seats.p95);
			}
		}
	);

	it.each(PRESETS.map((p) => [p.id, p.scenario] as const))(
		'%s: with an error of 0 every run is the plain simulate result',
		(_, scenario) => {
			const official = officialDistrictsFor(scenario);
			const plain = simulate(scenario, official).reported;
			const result = monteCarlo(scenario, { runs: 40, error: 0, seed: 3, official });
			for (const party of plain.parties) {
				const d = result.parties.find((p) => p.id === party.id)!.seats;
				// Every one of the 40 runs in the bar of the plain result's seats.
				expect(d.histogram[party.seats]).toBe(40);
				expect([d.mean, d.p5, d.p50, d.p95]).toEqual(Array(4).fill(party.seats));
			}
			expect(result.meanHouse).toBe(plain.houseSize);
			expect(result.independents.mean).toBe(plain.independents);
		}
	);

	it('spreads the seats more as the error grows', () => {
		// Amanat's 5–95 % range must widen (or at least not narrow) from 1 to 2 to 4 points.
		const widths = [1, 2, 4].map((error) => {
			const s = run(400, error, 2).parties.find((p) => p.id === 'amanat')!.seats;
			return s.p95 - s.p5;
		});
		expect(widths[0]).toBeLessThan(widths[2]!);
		expect(widths[1]).toBeLessThanOrEqual(widths[2]!);
	});

	it.each([
		[{ runs: 0, error: 2, seed: 1 }, /runs/],
		[{ runs: 10, error: -1, seed: 1 }, /error/],
		[{ runs: 10, error: 21, seed: 1 }, /error/],
		[{ runs: 10, error: 2, seed: 1.5 }, /seed/]
	])('refuses %o', (options, message) => {
		expect(() => monteCarlo(SCENARIO_2023, options)).toThrow(message);
	});
});

const s23 = SCENARIO_2023;
/**
 * Scenarios that take every branch of a run: voters moving because a list is kept off the ballot
 * or comes onto it (each off-ballot choice), compensatory seats (both overhang rules), no
 * districts, no list seats, divisor methods and the second-party rule, a small electorate (equal
 * votes, so ties), and every preset (appointed seats, other houses).
 */
const VARIANTS: [string, Scenario][] = [
	['2023', s23],
	...(['stay-home', 'against-all', 'spread', 'to-party'] as const).map(
		(offBallotVoters): [string, Scenario] => [
			`20,000 members, voters ${offBallotVoters}`,
			{
				...s23,
				access: { ...s23.access, partyMembers: 20_000, offBallotVoters, offBallotTarget: 'auyl' }
			}
		]
	),
	[
		'no refusals: the opposition lists stand',
		{ ...s23, access: { ...s23.access, administrativeRefusals: false, offBallotVoters: 'spread' } }
	],
	['compensatory, fixed house', { ...s23, mixed: 'compensatory' }],
	['compensatory, extra seats', { ...s23, mixed: 'compensatory', overhang: 'extra-seats' }],
	['no districts', { ...s23, districtSeats: 0 }],
	['only districts', { ...s23, districtSeats: 98 }],
	[
		"D'Hondt, 7 %, runner-up corrected",
		{
			...s23,
			list: {
				method: 'dhondt',
				threshold: 7,
				thresholdBase: 'ballots',
				secondParty: 'runner-up-corrected'
			}
		}
	],
	[
		'3,000 voters',
		{ ...s23, electorate: { ...s23.electorate, registeredVoters: 3_000 }, districtSeats: 40 }
	],
	...PRESETS.map((p): [string, Scenario] => [`preset ${p.id}`, p.scenario])
];

describe('Monte-Carlo runs without objects', () => {
	// The first implementation (a Scenario and a chamberSeats per run) is the reference: the same
	// runs must give the same result to the last histogram bar, for every seed and error.
	it.each(VARIANTS)('%s: the same result as the first implementation', (_, scenario) => {
		for (const [seed, error] of [
			[1, 2],
			[7, 0.5],
			[2024, 5],
			[-3, 20]
		] as const) {
			const options = { runs: 40, error, seed, official: officialDistrictsFor(scenario) };
			const reference = startMonteCarloWith(scenario, options, referenceSampler);
			reference.step(options.runs);
			expect(monteCarlo(scenario, options)).toEqual(reference.result());
		}
	});
});
