import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, type AllocationInput } from './allocate';
import { METHOD_IDS, type MethodId } from './methods';
import { referenceAllocate, scalePercent } from './reference';
import { SECOND_PARTY_RULES, THRESHOLD_BASES, type ListVotes } from './threshold';

/** Lists named L0, L1, … in registration order. */
function named(votes: readonly number[]): ListVotes[] {
	return votes.map((v, i) => ({ id: `L${i}`, votes: v }));
}

function listsOf(votes: fc.Arbitrary<number>, maxLists: number): fc.Arbitrary<ListVotes[]> {
	return fc.array(votes, { minLength: 1, maxLength: maxLists }).map(named);
}

/** Up to 8 lists whose votes come from a pool of one to three values: equal votes everywhere. */
const equalVoteLists: fc.Arbitrary<ListVotes[]> = fc
	.tuple(
		fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 3 }),
		fc.array(fc.nat(), { minLength: 1, maxLength: 8 })
	)
	.map(([pool, picks]) => named(picks.map((p) => pool[p % pool.length]!)));

/** One list far ahead of the others, so that often it alone passes and a runner-up is admitted. */
const dominantLists: fc.Arbitrary<ListVotes[]> = fc
	.tuple(
		fc.integer({ min: 1_000_000, max: 10_000_000 }),
		fc.array(fc.integer({ min: 0, max: 600_000 }), { minLength: 1, maxLength: 6 })
	)
	.map(([leader, rest]) => named([leader, ...rest]));

/** A whole input for one method: thresholds 0–15 % in steps of 0.1, any base and rule. */
function inputs(
	method: MethodId,
	lists: fc.Arbitrary<ListVotes[]>,
	options: { maxSeats: number; maxOther: number }
): fc.Arbitrary<AllocationInput> {
	return fc.record({
		lists,
		seats: fc.integer({ min: 1, max: options.maxSeats }),
		method: fc.constant(method),
		threshold: fc.integer({ min: 0, max: 150 }).map((tenths) => tenths / 10),
		thresholdBase: fc.constantFrom(...THRESHOLD_BASES),
		againstAll: fc.integer({ min: 0, max: options.maxOther }),
		invalid: fc.integer({ min: 0, max: options.maxOther }),
		secondParty: fc.constantFrom(...SECOND_PARTY_RULES)
	});
}

/** What must be equal between the engine and the reference, as one comparable string. */
function engineOutcome(input: AllocationInput): string {
	const result = allocate(input);
	return JSON.stringify([result.seats, result.threshold.admitted, result.threshold.runnerUp]);
}

function referenceOutcome(input: AllocationInput): string {
	const result = referenceAllocate(input);
	return JSON.stringify([result.seats, result.admitted, result.runnerUp]);
}

/** The fast path (no working) must give the reference's seats too. */
function fastAgrees(input: AllocationInput): boolean {
	const fast = allocate(input, { working: false });
	const reference = referenceAllocate(input);
	return input.lists.every((l) => fast.seats[l.id] === reference.seats[l.id]);
}

/**
 * Checks the engine against the reference on `numRuns` generated inputs. The property itself is a
 * cheap string comparison; the assertion afterwards carries fast-check's report, with the shrunk
 * counterexample, when some input disagreed.
 */
function expectAgreement(arbitrary: fc.Arbitrary<AllocationInput>, numRuns: number): void {
	const details = fc.check(
		fc.property(
			arbitrary,
			(input) => engineOutcome(input) === referenceOutcome(input) && fastAgrees(input)
		),
		{ numRuns }
	);
	expect(details.failed, fc.defaultReportMessage(details) ?? '').toBe(false);
	expect(details.numRuns).toBe(numRuns);
}

describe('the engine against the independent reference', () => {
	it.each(METHOD_IDS)('gives the reference seats under %s for everyday vote counts', (method) => {
		const lists = listsOf(fc.integer({ min: 0, max: 10_000_000 }), 10);
		expectAgreement(inputs(method, lists, { maxSeats: 200, maxOther: 10_000_000 }), 2000);
	});

	it.each(METHOD_IDS)(
		'gives the reference seats under %s for counts up to a trillion',
		(method) => {
			const votes = fc.oneof(
				fc.integer({ min: 0, max: 1_000_000_000_000 }),
				fc.integer({ min: 0, max: 10_000_000 })
			);
			const lists = listsOf(votes, 10);
			expectAgreement(inputs(method, lists, { maxSeats: 200, maxOther: 1_000_000_000_000 }), 400);
		}
	);

	it.each(METHOD_IDS)('gives the reference seats under %s for tiny, tie-prone counts', (method) => {
		const lists = listsOf(fc.integer({ min: 0, max: 20 }), 6);
		expectAgreement(inputs(method, lists, { maxSeats: 30, maxOther: 20 }), 1000);
	});

	it.each(METHOD_IDS)(
		'gives the reference seats under %s when lists have equal votes',
		(method) => {
			expectAgreement(inputs(method, equalVoteLists, { maxSeats: 40, maxOther: 20 }), 1000);
		}
	);

	it.each(METHOD_IDS)(
		'gives the reference seats under %s when one list dwarfs the rest',
		(method) => {
			expectAgreement(inputs(method, dominantLists, { maxSeats: 150, maxOther: 300_000 }), 500);
		}
	);
});

describe('the reference implementation', () => {
	it.each([
		[5, 5n, 0],
		[4.9, 49n, 1],
		[0.1, 1n, 1],
		[14.9, 149n, 1],
		[0, 0n, 0],
		[12.345, 12345n, 3]
	])(
		'scales %s percent to the whole number %s over ten to the power %s',
		(percent, units, digits) => {
			expect(scalePercent(percent)).toEqual({ units, digits });
		}
	);

	it('admits a list with exactly the threshold share and refuses one vote less', () => {
		// 4.9 % of 1000 votes is 49 votes exactly; 4.9 is not exact in binary floating point.
		const at = (votes: number) =>
			referenceAllocate({
				lists: named([votes, 1000 - votes]),
				seats: 10,
				method: 'hare',
				threshold: 4.9,
				thresholdBase: 'parties',
				againstAll: 0,
				invalid: 0,
				secondParty: 'off'
			});
		expect(at(49).admitted).toEqual(['L0', 'L1']);
		expect(at(48).admitted).toEqual(['L1']);
	});

	it('reproduces the textbook D’Hondt and Sainte-Laguë tables', () => {
		// Votes 100 000 / 80 000 / 30 000 / 20 000 for 8 seats; the tables are worked out in
		// allocate.test.ts.
		const base = {
			lists: named([100_000, 80_000, 30_000, 20_000]),
			seats: 8,
			threshold: 0,
			thresholdBase: 'parties' as const,
			againstAll: 0,
			invalid: 0,
			secondParty: 'off' as const
		};
		expect(referenceAllocate({ ...base, method: 'dhondt' }).seats).toEqual({
			L0: 4,
			L1: 3,
			L2: 1,
			L3: 0
		});
		expect(referenceAllocate({ ...base, method: 'sainte-lague' }).seats).toEqual({
			L0: 3,
			L1: 3,
			L2: 1,
			L3: 1
		});
	});
});
