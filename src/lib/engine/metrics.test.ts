import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	effectiveNumberOfParties,
	gallagherIndex,
	loosemoreHanbyIndex,
	measureProportionality
} from './metrics';

describe('proportionality measures on a hand-computed example', () => {
	// Three lists with 50, 30 and 20 votes win 6, 4 and 0 of 10 seats; nobody votes against all.
	// Vote shares 50, 30, 20 %; seat shares 60, 40, 0 %; differences −10, −10, +20 points.
	const rows = [
		{ votes: 50, seats: 6 },
		{ votes: 30, seats: 4 },
		{ votes: 20, seats: 0 }
	];

	it('computes the Gallagher index as the root of half the summed squares', () => {
		// √(½ (100 + 100 + 400)) = √300 = 17.3205…
		expect(gallagherIndex(rows)).toBeCloseTo(Math.sqrt(300), 10);
	});

	it('computes the Loosemore–Hanby index as half the summed absolute differences', () => {
		// ½ (10 + 10 + 20) = 20
		expect(loosemoreHanbyIndex(rows)).toBeCloseTo(20, 10);
	});

	it('computes the effective number of parties by votes and by seats', () => {
		// Votes: 1 / (0.5² + 0.3² + 0.2²) = 1 / 0.38 = 2.6316; seats: 1 / (0.6² + 0.4²) = 1 / 0.52.
		expect(effectiveNumberOfParties(rows.map((r) => r.votes))).toBeCloseTo(1 / 0.38, 10);
		expect(effectiveNumberOfParties(rows.map((r) => r.seats))).toBeCloseTo(1 / 0.52, 10);
	});

	it('counts the votes of a seatless list as wasted', () => {
		const m = measureProportionality(rows, 0);
		expect(m.gallagher).toBeCloseTo(Math.sqrt(300), 10);
		expect(m.loosemoreHanby).toBeCloseTo(20, 10);
		expect(m.wastedVotes).toBe(20);
		expect(m.wastedPercent).toBeCloseTo(20, 10);
	});
});

describe('against-all votes in the measures', () => {
	// Lists with 45 and 35 votes win 6 and 4 of 10 seats; 20 vote against all. Shares of the 100
	// valid votes: 45, 35, 20 (against all); seat shares 60, 40, 0; differences 15, 5, 20.
	const lists = [
		{ votes: 45, seats: 6 },
		{ votes: 35, seats: 4 }
	];
	const m = measureProportionality(lists, 20);

	it('treats against-all as a valid vote that wins no seat', () => {
		// Gallagher √(½ (225 + 25 + 400)) = √325; Loosemore–Hanby ½ (15 + 5 + 20) = 20.
		expect(m.gallagher).toBeCloseTo(Math.sqrt(325), 10);
		expect(m.loosemoreHanby).toBeCloseTo(20, 10);
		expect(m.wastedVotes).toBe(20);
		expect(m.wastedPercent).toBeCloseTo(20, 10);
	});

	it('leaves against-all out of the effective number of parties', () => {
		// 45/80 = 0.5625 and 35/80 = 0.4375: 1 / (0.31640625 + 0.19140625) = 1 / 0.5078125.
		expect(m.effectivePartiesByVotes).toBeCloseTo(1 / 0.5078125, 10);
		expect(m.effectivePartiesBySeats).toBeCloseTo(1 / 0.52, 10);
	});
});

describe('edge cases and bounds', () => {
	it('gives zero everywhere when nothing was cast', () => {
		expect(effectiveNumberOfParties([])).toBe(0);
		expect(effectiveNumberOfParties([0, 0])).toBe(0);
		const m = measureProportionality([{ votes: 0, seats: 0 }], 0);
		expect(m).toEqual({
			gallagher: 0,
			loosemoreHanby: 0,
			effectivePartiesByVotes: 0,
			effectivePartiesBySeats: 0,
			wastedVotes: 0,
			wastedPercent: 0
		});
	});

	it('finds a perfectly proportional result undistorted', () => {
		const rows = [
			{ votes: 200, seats: 2 },
			{ votes: 500, seats: 5 },
			{ votes: 300, seats: 3 }
		];
		expect(gallagherIndex(rows)).toBeCloseTo(0, 12);
		expect(loosemoreHanbyIndex(rows)).toBeCloseTo(0, 12);
	});

	it('counts n equal parties as n effective parties', () => {
		expect(effectiveNumberOfParties([7, 7, 7, 7])).toBeCloseTo(4, 12);
	});

	it('keeps both indices between 0 and 100 with Gallagher never above Loosemore–Hanby', () => {
		const rows = fc.array(
			fc.record({
				votes: fc.integer({ min: 0, max: 1e6 }),
				seats: fc.integer({ min: 0, max: 100 })
			}),
			{ minLength: 1, maxLength: 10 }
		);
		fc.assert(
			fc.property(rows, (r) => {
				const g = gallagherIndex(r);
				const lh = loosemoreHanbyIndex(r);
				expect(g).toBeGreaterThanOrEqual(0);
				expect(lh).toBeLessThanOrEqual(100 + 1e-9);
				expect(g).toBeLessThanOrEqual(lh + 1e-9);
			}),
			{ numRuns: 300 }
		);
	});
});
