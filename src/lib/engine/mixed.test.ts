import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate } from './allocate';
import { METHOD_IDS } from './methods';
import { combineTiers, type MixedInput, type MixedResult } from './mixed';
import { THRESHOLD_BASES } from './threshold';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const seatsOf = (r: MixedResult, id: string) => r.listSeats[id]! + r.districtSeats[id]!;
const filled = (r: MixedResult) =>
	sum(Object.values(r.listSeats)) + sum(Object.values(r.districtSeats)) + r.independents;

function input(
	lists: Record<string, number>,
	districtWins: Record<string, number>,
	change: Partial<MixedInput> & { threshold?: number } = {}
): MixedInput {
	const { threshold = 0, ...rest } = change;
	return {
		totalSeats: 10,
		districtSeats: sum(Object.values(districtWins)),
		mixed: 'compensatory',
		overhang: 'fixed-house',
		districtWins,
		list: {
			lists: Object.entries(lists).map(([id, votes]) => ({ id, votes })),
			method: 'hare',
			threshold,
			thresholdBase: 'valid',
			againstAll: 0,
			invalid: 0,
			secondParty: 'off'
		},
		...rest
	};
}

describe('combineTiers: one party wins many districts with a small list vote', () => {
	/*
	 * 10 seats, 5 districts: A wins 4, a self-nominated candidate 1. List votes A 20, B 80.
	 * Parallel: the 5 list seats by Hare: A 20/100 × 5 = 1, B 4; A 1 + 4 = 5 seats, B 4, 1 other.
	 * Compensatory: the pool is 10 − 1 self-nominated = 9; Hare on 9: A 1.8, B 7.2 → floors 1 and
	 * 7, the last seat to A's remainder 0.8: entitlement A 2, B 7. A's 4 districts exceed its 2:
	 * overhang 2.
	 * - extra-seats: A keeps 4 (no list seat), B gets its 7: house 4 + 7 + 1 = 12 = 10 + 2.
	 * - fixed-house: A keeps 4 and leaves the pool; B gets the 9 − 4 = 5 left: house 10.
	 */
	const example = (change: Partial<MixedInput>) =>
		combineTiers(input({ A: 20, B: 80 }, { A: 4, independent: 1 }, change));

	it('parallel: shares only the 5 list seats and adds the districts on top', () => {
		const r = example({ mixed: 'parallel' });
		expect(r.listSeats).toEqual({ A: 1, B: 4 });
		expect(r.districtSeats).toEqual({ A: 4, B: 0 });
		expect(r.independents).toBe(1);
		expect(r.houseSize).toBe(10);
		expect(r.entitlement).toBeNull();
		expect(r.overhang).toEqual({ A: 0, B: 0 });
	});

	it('extra-seats: A keeps its 4 districts, B gets its full 7, and the house grows to 12', () => {
		const r = example({ overhang: 'extra-seats' });
		expect(r.entitlement).toEqual({ A: 2, B: 7 });
		expect(r.overhang).toEqual({ A: 2, B: 0 });
		expect(r.listSeats).toEqual({ A: 0, B: 7 });
		expect(seatsOf(r, 'A')).toBe(4);
		expect(r.houseSize).toBe(12);
		expect(filled(r)).toBe(12);
	});

	it('fixed-house: A keeps its 4 districts, B gets the 5 seats left, and the house stays at 10', () => {
		const r = example({ overhang: 'fixed-house' });
		expect(r.entitlement).toEqual({ A: 2, B: 7 });
		expect(r.overhang).toEqual({ A: 2, B: 0 });
		expect(r.listSeats).toEqual({ A: 0, B: 5 });
		expect(r.houseSize).toBe(10);
		expect(filled(r)).toBe(10);
	});
});

describe('combineTiers: overhang that pushes a second party over', () => {
	/*
	 * 10 seats, 8 districts: A wins 5, B 3. List votes A 10, B 40, C 50. Entitlement by Hare on
	 * 10: A 1, B 4, C 5. A is over (5 > 1).
	 * - fixed-house: A keeps 5; B and C share the 5 left: B 40/90 × 5 = 2.22, C 2.78 → floors 2
	 *   and 2, the last seat to C: B 2, C 3. Now B is over (3 districts > 2) and keeps them;
	 *   C gets the 10 − 5 − 3 = 2 left. Final A 5, B 3, C 2; overhang against the entitlement:
	 *   A 4, B 0.
	 * - extra-seats: A 5, B max(4, 3) = 4, C 5: house 14 = 10 + 4.
	 */
	const example = (change: Partial<MixedInput>) =>
		combineTiers(input({ A: 10, B: 40, C: 50 }, { A: 5, B: 3 }, change));

	it('fixed-house: lets B keep its districts too once the re-share puts it over', () => {
		const r = example({ overhang: 'fixed-house' });
		expect(r.entitlement).toEqual({ A: 1, B: 4, C: 5 });
		expect(r.listSeats).toEqual({ A: 0, B: 0, C: 2 });
		expect(r.districtSeats).toEqual({ A: 5, B: 3, C: 0 });
		expect(r.overhang).toEqual({ A: 4, B: 0, C: 0 });
		expect(r.houseSize).toBe(10);
	});

	it('extra-seats: grows the house by A’s overhang of 4', () => {
		const r = example({ overhang: 'extra-seats' });
		expect(r.listSeats).toEqual({ A: 0, B: 1, C: 5 });
		expect(r.overhang).toEqual({ A: 4, B: 0, C: 0 });
		expect(r.houseSize).toBe(14);
	});
});

describe('combineTiers: a party below the threshold wins districts', () => {
	/*
	 * 10 seats, 2 districts, both won by C. Threshold 5 % of 100 valid votes: A 60 and B 37 pass,
	 * C (3) does not. C takes no part in the proportional share, so its 2 districts are set aside
	 * first, as for self-nominated winners: A and B share 10 − 2 = 8: A 4.95, B 3.05 → A 5, B 3.
	 * Nobody is over, so both overhang rules give the same house of 10.
	 * - parallel: the 8 list seats go A 5, B 3, and C has its 2 districts.
	 */
	const example = (change: Partial<MixedInput>) =>
		combineTiers(input({ A: 60, B: 37, C: 3 }, { C: 2 }, { threshold: 5, ...change }));

	it('fixed-house: the parties that passed share what the districts leave', () => {
		const r = example({ overhang: 'fixed-house' });
		expect(r.entitlement).toEqual({ A: 5, B: 3, C: 0 });
		expect(r.listSeats).toEqual({ A: 5, B: 3, C: 0 });
		expect(r.overhang).toEqual({ A: 0, B: 0, C: 0 });
		expect(seatsOf(r, 'C')).toBe(2);
		expect(r.houseSize).toBe(10);
	});

	it('extra-seats: its districts are set aside, so the house does not grow', () => {
		const r = example({ overhang: 'extra-seats' });
		expect(r.listSeats).toEqual({ A: 5, B: 3, C: 0 });
		expect(seatsOf(r, 'C')).toBe(2);
		expect(r.houseSize).toBe(10);
	});

	it('parallel: it keeps its districts and gets no list seat', () => {
		const r = example({ mixed: 'parallel' });
		expect(r.listSeats).toEqual({ A: 5, B: 3, C: 0 });
		expect(seatsOf(r, 'C')).toBe(2);
		expect(r.houseSize).toBe(10);
	});
});

describe('combineTiers: the 2023 chamber', () => {
	const lists = {
		amanat: 3_431_510,
		auyl: 693_938,
		respublica: 547_154,
		akzhol: 535_139,
		qhp: 432_920,
		jsdp: 331_058,
		baytaq: 146_431
	};
	const base = input(lists, { amanat: 22, independent: 7 }, { threshold: 5 });
	const r = combineTiers({
		...base,
		totalSeats: 98,
		mixed: 'parallel',
		list: { ...base.list, againstAll: 248_291, invalid: 155_419 }
	});

	it('gives the official 69 list seats and 22 + 7 district seats', () => {
		expect(r.listSeats).toEqual({
			amanat: 40,
			auyl: 8,
			respublica: 6,
			akzhol: 6,
			qhp: 5,
			jsdp: 4,
			baytaq: 0
		});
		expect(seatsOf(r, 'amanat')).toBe(62);
		expect(r.independents).toBe(7);
		expect(r.houseSize).toBe(98);
	});
});

const mixedInputs: fc.Arbitrary<MixedInput> = fc
	.record({
		votes: fc.array(
			fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 30 })),
			{ minLength: 1, maxLength: 7 }
		),
		totalSeats: fc.integer({ min: 1, max: 120 }),
		districtShare: fc.integer({ min: 0, max: 100 }),
		picks: fc.array(fc.integer({ min: 0, max: 8 }), { maxLength: 120 }),
		method: fc.constantFrom(...METHOD_IDS),
		threshold: fc.integer({ min: 0, max: 150 }).map((t) => t / 10),
		thresholdBase: fc.constantFrom(...THRESHOLD_BASES),
		againstAll: fc.integer({ min: 0, max: 100_000 }),
		invalid: fc.integer({ min: 0, max: 100_000 }),
		mixed: fc.constantFrom('parallel' as const, 'compensatory' as const),
		overhang: fc.constantFrom('fixed-house' as const, 'extra-seats' as const)
	})
	.map((x) => {
		const lists = x.votes.map((votes, i) => ({ id: `p${i}`, votes }));
		const districtSeats = Math.floor((x.totalSeats * x.districtShare) / 100);
		const districtWins: Record<string, number> = {};
		for (let k = 0; k < districtSeats; k++) {
			const pick = x.picks[k] ?? 0;
			const id = pick < lists.length ? lists[pick]!.id : 'independent';
			districtWins[id] = (districtWins[id] ?? 0) + 1;
		}
		return {
			totalSeats: x.totalSeats,
			districtSeats,
			mixed: x.mixed,
			overhang: x.overhang,
			districtWins,
			list: {
				lists,
				method: x.method,
				threshold: x.threshold,
				thresholdBase: x.thresholdBase,
				againstAll: x.againstAll,
				invalid: x.invalid,
				secondParty: 'off' as const
			}
		};
	});

describe('combineTiers properties', () => {
	it('parallel: the list seats are allocate() on the total less the district seats', () => {
		fc.assert(
			fc.property(mixedInputs, (i) => {
				const r = combineTiers({ ...i, mixed: 'parallel' });
				const listSeats = i.totalSeats - i.districtSeats;
				const expected =
					listSeats > 0
						? allocate({ ...i.list, seats: listSeats }).seats
						: Object.fromEntries(i.list.lists.map((l) => [l.id, 0]));
				expect(r.listSeats).toEqual(expected);
				expect(r.houseSize).toBe(i.totalSeats);
				for (const l of i.list.lists) expect(r.districtSeats[l.id]).toBe(i.districtWins[l.id] ?? 0);
				expect(r.independents).toBe(i.districtWins.independent ?? 0);
			}),
			{ numRuns: 400 }
		);
	});

	it('compensatory fixed-house: fills exactly the house whenever some list passes', () => {
		fc.assert(
			fc.property(mixedInputs, (i) => {
				const r = combineTiers({ ...i, mixed: 'compensatory', overhang: 'fixed-house' });
				fc.pre(r.allocation?.status === 'allocated');
				expect(r.houseSize).toBe(i.totalSeats);
				expect(filled(r)).toBe(i.totalSeats);
				// Every party keeps its districts.
				for (const l of i.list.lists) expect(r.districtSeats[l.id]).toBe(i.districtWins[l.id] ?? 0);
			}),
			{ numRuns: 400 }
		);
	});

	it('compensatory: the entitlement shares the house less the districts of those outside it', () => {
		fc.assert(
			fc.property(mixedInputs, (i) => {
				const r = combineTiers({ ...i, mixed: 'compensatory' });
				fc.pre(r.allocation?.status === 'allocated');
				const admitted = r.allocation!.threshold.admitted;
				const outside = i.list.lists
					.filter((l) => !admitted.includes(l.id))
					.reduce((a, l) => a + (i.districtWins[l.id] ?? 0), 0);
				expect(sum(Object.values(r.entitlement!))).toBe(
					i.totalSeats - (i.districtWins.independent ?? 0) - outside
				);
			}),
			{ numRuns: 300 }
		);
	});

	it('compensatory extra-seats: grows the house by exactly the overhang', () => {
		fc.assert(
			fc.property(mixedInputs, (i) => {
				const r = combineTiers({ ...i, mixed: 'compensatory', overhang: 'extra-seats' });
				fc.pre(r.allocation?.status === 'allocated');
				const overhang = sum(Object.values(r.overhang));
				expect(r.houseSize).toBe(i.totalSeats + overhang);
				expect(filled(r)).toBe(r.houseSize);
				const admitted = r.allocation!.threshold.admitted;
				for (const l of i.list.lists) {
					const wins = i.districtWins[l.id] ?? 0;
					const inside = admitted.includes(l.id);
					expect(seatsOf(r, l.id)).toBe(inside ? Math.max(r.entitlement![l.id]!, wins) : wins);
					expect(r.overhang[l.id]).toBe(inside ? Math.max(0, wins - r.entitlement![l.id]!) : 0);
				}
			}),
			{ numRuns: 400 }
		);
	});

	it('never gives a negative number of list seats nor more seats than the house holds', () => {
		fc.assert(
			fc.property(mixedInputs, (i) => {
				const r = combineTiers(i);
				for (const n of Object.values(r.listSeats)) expect(n).toBeGreaterThanOrEqual(0);
				expect(filled(r)).toBeLessThanOrEqual(r.houseSize);
			}),
			{ numRuns: 300 }
		);
	});
});
