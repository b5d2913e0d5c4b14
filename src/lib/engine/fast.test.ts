import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, allocateSeatList, type AllocationInput } from './allocate';
import { fastSeats, thresholdPasses } from './fast';
import { METHOD_IDS, type MethodId } from './methods';
import { applyThreshold, SECOND_PARTY_RULES, THRESHOLD_BASES, type ListVotes } from './threshold';

function named(votes: readonly number[]): ListVotes[] {
	return votes.map((v, i) => ({ id: `L${i}`, votes: v }));
}

/**
 * Votes of three kinds: tiny counts (equal votes and equal quotients everywhere), everyday counts,
 * and counts from a pool of two values (equal votes between big lists).
 */
const listVotes: fc.Arbitrary<number[]> = fc.oneof(
	fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 12 }),
	fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 12 }),
	fc
		.tuple(
			fc.integer({ min: 1, max: 3_000_000 }),
			fc.array(fc.boolean(), { minLength: 2, maxLength: 12 })
		)
		.map(([v, picks]) => picks.map((p) => (p ? v : 2 * v)))
);

const caseArbitrary: fc.Arbitrary<AllocationInput> = fc.record({
	lists: listVotes.map(named),
	seats: fc.integer({ min: 1, max: 200 }),
	method: fc.constantFrom(...METHOD_IDS),
	threshold: fc.integer({ min: 0, max: 120 }).map((tenths) => tenths / 10),
	thresholdBase: fc.constantFrom(...THRESHOLD_BASES),
	againstAll: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 500_000 })),
	invalid: fc.integer({ min: 0, max: 100_000 }),
	secondParty: fc.constantFrom(...SECOND_PARTY_RULES)
});

/** The exact path's seats in input order, or null when nothing was allocated. */
function exactSeats(input: AllocationInput): number[] | null {
	const a = allocate(input);
	return a.status === 'allocated' ? input.lists.map((l) => a.seats[l.id]!) : null;
}

describe('the fast path gives the exact path’s seats', () => {
	it('on 100,000 random cases (2,000 runs of 50), ties included', () => {
		let cases = 0;
		let tiedCases = 0;
		fc.assert(
			fc.property(fc.array(caseArbitrary, { minLength: 50, maxLength: 50 }), (batch) => {
				for (const input of batch) {
					const exact = allocate(input);
					const fast = allocate(input, { working: false });
					cases += 1;
					if (exact.ties.length > 0) tiedCases += 1;
					// Compared by hand (expect per case is slower than the allocations themselves).
					const same =
						fast.status === exact.status &&
						input.lists.every((l) => fast.seats[l.id] === exact.seats[l.id]);
					if (!same) expect({ input, fast: fast.seats }).toEqual({ input, fast: exact.seats });
				}
			}),
			{ numRuns: 2000 }
		);
		expect(cases).toBe(100_000);
		// The generator is meant to produce ties; make sure it does, often.
		expect(tiedCases).toBeGreaterThan(5_000);
	}, 120_000);

	it('uses the fast path (no overflow) on every case of that shape', () => {
		fc.assert(
			fc.property(caseArbitrary, (input) => {
				expect(fastSeats(input)).not.toBe('overflow');
			}),
			{ numRuns: 2000 }
		);
	});
});

/**
 * At the 2^53 bound. One list and a second one with 1 vote, no threshold: the fast path must
 * compute votes × (quota denominator or divisor scale × d(seats)) exactly, so the largest votes it
 * accepts are floor((2^53 − 1) ÷ factor); one more vote goes to the BigInt path. Both sides must
 * give the exact path's seats.
 */
const SAFE = Number.MAX_SAFE_INTEGER;
const boundaryCases: readonly { method: MethodId; seats: number; factor: number }[] = [
	// Hare: votes × seats (the quota's denominator).
	{ method: 'hare', seats: 7, factor: 7 },
	// Imperiali: votes × (seats + 2).
	{ method: 'imperiali', seats: 7, factor: 9 },
	// D'Hondt: votes × d(seats) = votes × (seats + 1).
	{ method: 'dhondt', seats: 7, factor: 8 },
	// Sainte-Laguë: votes × (2 × seats + 1).
	{ method: 'sainte-lague', seats: 7, factor: 15 },
	// Modified Sainte-Laguë: votes × scale 5 × (10 × seats + 5).
	{ method: 'modified-sainte-lague', seats: 7, factor: 5 * 75 }
];

function boundaryInput(method: MethodId, seats: number, votes: number): AllocationInput {
	return {
		lists: named([votes, 1]),
		seats,
		method,
		threshold: 0,
		thresholdBase: 'parties',
		againstAll: 0,
		invalid: 0,
		secondParty: 'off'
	};
}

describe('the plain-number bound', () => {
	it.each(boundaryCases)(
		'$method: fast up to the bound, BigInt past it',
		({ method, seats, factor }) => {
			// Leave room for the other list's vote in the safe total.
			const largest = Math.floor(SAFE / factor) - 1;
			const below = boundaryInput(method, seats, largest);
			const above = boundaryInput(method, seats, largest + 2);
			expect(fastSeats(below)).not.toBe('overflow');
			expect(fastSeats(above)).toBe('overflow');
			for (const input of [below, above]) {
				expect(allocateSeatList(input)).toEqual(exactSeats(input));
			}
		}
	);

	it('decides huge equal remainders exactly past the bound', () => {
		// 3 lists of 2^51 − 1 votes: too large for plain numbers with any seats; Hare gives 1 each
		// and the fourth seat to the first list on equal remainders.
		const v = 2 ** 51 - 1;
		const input: AllocationInput = { ...boundaryInput('hare', 4, 0), lists: named([v, v, v]) };
		expect(allocateSeatList(input)).toEqual([2, 1, 1]);
		expect(allocateSeatList(input)).toEqual(exactSeats(input));
	});
});

describe('lists named like prototype properties', () => {
	it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
		'a list called %s gets its seats as an own property on both paths',
		(name) => {
			const input: AllocationInput = {
				lists: [
					{ id: name, votes: 100 },
					{ id: 'b', votes: 50 }
				],
				seats: 69,
				method: 'hare',
				threshold: 5,
				thresholdBase: 'valid',
				againstAll: 0,
				invalid: 0,
				secondParty: 'off'
			};
			const fast = allocate(input, { working: false }).seats;
			const exact = allocate(input).seats;
			expect(Object.hasOwn(fast, name)).toBe(true);
			expect(Object.keys(fast)).toEqual([name, 'b']);
			expect(fast[name]).toBe(exact[name]);
			expect(fast[name]! + fast['b']!).toBe(69);
		}
	);
});

describe('the threshold read as the decimal it was written as', () => {
	// Thresholds of 0–3 decimals take a shortcut (k ÷ 1000); any other number goes through
	// percentToRatio. Both must admit exactly the lists the exact path admits; the table below
	// puts lists exactly on the line and one vote either side of it.
	const thresholds = fc.oneof(
		fc.integer({ min: 0, max: 100_000 }).map((k) => k / 1000),
		fc.integer({ min: 0, max: 1_000_000 }).map((k) => k / 10_000),
		fc.double({ min: 0, max: 100, noNaN: true })
	);
	it('admits the same lists as applyThreshold', () => {
		fc.assert(
			fc.property(
				thresholds,
				fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 1, maxLength: 12 }),
				fc.constantFrom(...THRESHOLD_BASES),
				(threshold, votes, base) => {
					const lists = named(votes);
					const exact = applyThreshold({
						lists,
						threshold,
						base,
						againstAll: 0,
						invalid: 0,
						secondParty: 'off'
					});
					expect(thresholdPasses(lists, threshold, base, 0, 0)).toEqual(
						exact.rows.map((r) => r.admission === 'passed')
					);
				}
			),
			{ numRuns: 5000 }
		);
	});
	it.each([
		[5, 5, 95, true],
		[5, 4_999, 95_001, false],
		[7.125, 7_125, 92_875, true],
		[7.125, 7_124, 92_876, false],
		[0.001, 1, 99_999, true],
		[0.0001, 1, 999_999, true],
		[0.0001, 1, 1_000_000, false]
	] as const)(
		'threshold %s %%: %i votes beside %i reach it: %s',
		(threshold, v, other, expected) => {
			expect(thresholdPasses(named([v, other]), threshold, 'parties', 0, 0)[0]).toBe(expected);
		}
	);
});
