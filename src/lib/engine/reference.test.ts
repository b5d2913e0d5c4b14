import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, type AllocationInput } from './allocate';
import { decimalThreshold, tenthsThreshold } from './arbitraries';
import { METHOD_IDS, type MethodId } from './methods';
import { referenceAllocate, scalePercent } from './reference';
import { reference2023 } from './reference-2023';
import { officialElection } from '../data/elections';
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

/** A whole input for one method: thresholds 0–15 %, any base and rule. */
function inputs(
	method: MethodId,
	lists: fc.Arbitrary<ListVotes[]>,
	options: { maxSeats: number; maxOther: number; threshold?: fc.Arbitrary<number> }
): fc.Arbitrary<AllocationInput> {
	return fc.record({
		lists,
		seats: fc.integer({ min: 1, max: options.maxSeats }),
		method: fc.constant(method),
		threshold: options.threshold ?? tenthsThreshold,
		thresholdBase: fc.constantFrom(...THRESHOLD_BASES),
		againstAll: fc.integer({ min: 0, max: options.maxOther }),
		invalid: fc.integer({ min: 0, max: options.maxOther }),
		secondParty: fc.constantFrom(...SECOND_PARTY_RULES)
	});
}

/** The threshold base of an input, in votes, as the law counts it. */
function baseOf(input: AllocationInput): number {
	const parties = input.lists.reduce((n, l) => n + l.votes, 0);
	if (input.thresholdBase === 'parties') return parties;
	if (input.thresholdBase === 'valid') return parties + input.againstAll;
	return parties + input.againstAll + input.invalid;
}

/**
 * The same input with its threshold moved onto one list's own share, rounded down or up to 1–6
 * decimals: the list sits right at, just above or just below the line, where an inexact
 * comparison would decide wrongly.
 */
function atAListsShare(input: fc.Arbitrary<AllocationInput>): fc.Arbitrary<AllocationInput> {
	return fc
		.tuple(input, fc.nat(), fc.integer({ min: 1, max: 6 }), fc.boolean())
		.map(([given, pick, digits, up]) => {
			const base = baseOf(given);
			const list = given.lists[pick % given.lists.length]!;
			if (base === 0) return given;
			// share · 10^digits = votes · 100 · 10^digits / base, rounded down or up, exactly.
			const scaled = BigInt(list.votes) * 100n * 10n ** BigInt(digits);
			const floor = scaled / BigInt(base);
			const rounded = up && floor * BigInt(base) !== scaled ? floor + 1n : floor;
			return { ...given, threshold: Number(rounded) / 10 ** digits };
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
		'gives the reference seats under %s for thresholds with any decimals',
		(method) => {
			const lists = listsOf(fc.integer({ min: 0, max: 10_000_000 }), 10);
			expectAgreement(
				inputs(method, lists, {
					maxSeats: 200,
					maxOther: 10_000_000,
					threshold: decimalThreshold
				}),
				1000
			);
		}
	);

	it.each(METHOD_IDS)(
		'gives the reference seats under %s when the threshold is a list’s share rounded to 1–6 decimals',
		(method) => {
			const votes = fc.oneof(
				fc.integer({ min: 0, max: 10_000_000 }),
				fc.integer({ min: 0, max: 1000 })
			);
			const lists = listsOf(votes, 8);
			expectAgreement(
				atAListsShare(inputs(method, lists, { maxSeats: 120, maxOther: 100_000 })),
				1000
			);
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
		[12.345, 12345n, 3],
		[4.999, 4999n, 3],
		[5.0001, 50001n, 4],
		[14.999999, 14999999n, 6]
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

	it.each([
		// 4.999 % of 100 000 is 4 999 votes exactly: 4 999 · 100 = 499 900 = 4.999 · 100 000.
		{ threshold: 4.999, base: 100_000, line: 4_999 },
		// 5.0001 % of 1 000 000 is 50 001 votes exactly.
		{ threshold: 5.0001, base: 1_000_000, line: 50_001 },
		// 0.000001 % of 100 000 000 is 1 vote: any list with a vote passes.
		{ threshold: 0.000001, base: 100_000_000, line: 1 }
	])(
		'puts the line for $threshold % of $base votes at exactly $line votes',
		({ threshold, base, line }) => {
			const at = (votes: number) =>
				referenceAllocate({
					lists: named([votes, base - votes]),
					seats: 10,
					method: 'hare',
					threshold,
					thresholdBase: 'parties',
					againstAll: 0,
					invalid: 0,
					secondParty: 'off'
				}).admitted.includes('L0');
			expect(at(line)).toBe(true);
			expect(at(line - 1)).toBe(false);
			// The engine draws the same line.
			const engine = (votes: number) =>
				allocate({
					lists: named([votes, base - votes]),
					seats: 10,
					method: 'hare',
					threshold,
					thresholdBase: 'parties',
					againstAll: 0,
					invalid: 0,
					secondParty: 'off'
				}).threshold.admitted.includes('L0');
			expect([engine(line), engine(line - 1)]).toEqual([true, false]);
		}
	);

	it('draws thresholds that put lists exactly on the line and a hair below it', () => {
		// The generator above must reach the boundary itself, not only come near it: a list whose
		// share is the threshold exactly (votes · 100 = threshold · base), and one a hair below.
		// With seed 14, 61 of 1000 inputs have a list exactly on the line; most shares have more
		// decimals than six, so the others fall a hair either side of it.
		const lists = listsOf(fc.integer({ min: 0, max: 1000 }), 8);
		const sample = fc.sample(
			atAListsShare(inputs('hare', lists, { maxSeats: 10, maxOther: 1000 })),
			{ numRuns: 1000, seed: 14 }
		);
		const gaps = sample.map((input) => {
			const { units, digits } = scalePercent(input.threshold);
			const base = BigInt(baseOf(input));
			return input.lists.map((l) => BigInt(l.votes) * 100n * 10n ** BigInt(digits) - units * base);
		});
		const onTheLine = gaps.filter((g) => g.some((gap) => gap === 0n)).length;
		// Below the line by less than one unit of the last decimal: a share rounded up.
		const hairBelow = sample.filter((input, i) => {
			const base = BigInt(baseOf(input));
			return gaps[i]!.some((gap) => gap < 0n && -gap < base);
		}).length;
		expect(onTheLine).toBeGreaterThanOrEqual(40);
		expect(hairBelow).toBeGreaterThanOrEqual(200);
	});

	/**
	 * Votes 100 000 / 80 000 / 30 000 / 20 000 (230 000 in all) for 8 seats, worked by hand for
	 * every method. The D'Hondt and Sainte-Laguë tables are also worked in allocate.test.ts.
	 *
	 * Hare: quota 230 000 / 8 = 28 750. Whole seats 100 000 → 3 (86 250, remainder 13 750),
	 *   80 000 → 2 (57 500, r 22 500), 30 000 → 1 (28 750, r 1 250), 20 000 → 0 (r 20 000): 6 whole
	 *   seats, 2 left for the largest remainders, 22 500 (L1) and 20 000 (L3): 3 / 3 / 1 / 1.
	 * Droop: quota ⌊230 000 / 9⌋ + 1 = 25 555 + 1 = 25 556. 100 000 → 3 (76 668, r 23 332),
	 *   80 000 → 3 (76 668, r 3 332), 30 000 → 1 (r 4 444), 20 000 → 0 (r 20 000): 7 whole seats,
	 *   1 left for the largest remainder, 23 332 (L0): 4 / 3 / 1 / 0.
	 * Imperiali: quota 230 000 / (8 + 2) = 23 000. 100 000 → 4 (92 000, r 8 000), 80 000 → 3
	 *   (69 000, r 11 000), 30 000 → 1 (r 7 000), 20 000 → 0: 8 whole seats, none left: 4 / 3 / 1 / 0.
	 * D'Hondt (÷ 1, 2, 3, …): the 8 largest quotients are 100 000, 80 000, 50 000, 40 000,
	 *   33 333.3, 30 000 (L2), 26 666.7 (L1), 25 000 (L0): 4 / 3 / 1 / 0.
	 * Sainte-Laguë (÷ 1, 3, 5, …): 100 000, 80 000, 33 333.3, 30 000 (L2), 26 666.7 (L1), then
	 *   20 000 twice (L0 ÷ 5 and L3 ÷ 1, both in), 16 000 (L1 ÷ 5): 3 / 3 / 1 / 1.
	 * Modified Sainte-Laguë (÷ 1.4, 3, 5, 7, …): 71 428.6 (L0), 57 142.9 (L1), 33 333.3 (L0),
	 *   26 666.7 (L1), 21 428.6 (L2), 20 000 (L0 ÷ 5), 16 000 (L1 ÷ 5); the 8th seat is a tie,
	 *   100 000 ÷ 7 = 20 000 ÷ 1.4 = 14 285.714… exactly (100 000 · 1.4 = 20 000 · 7 = 140 000),
	 *   which the list registered first, L0, wins: 4 / 3 / 1 / 0. A 9th seat goes to L3: 4 / 3 / 1 / 1.
	 */
	const textbook = named([100_000, 80_000, 30_000, 20_000]);
	it.each([
		{ method: 'hare', seats: 8, expected: [3, 3, 1, 1] },
		{ method: 'droop', seats: 8, expected: [4, 3, 1, 0] },
		{ method: 'imperiali', seats: 8, expected: [4, 3, 1, 0] },
		{ method: 'dhondt', seats: 8, expected: [4, 3, 1, 0] },
		{ method: 'sainte-lague', seats: 8, expected: [3, 3, 1, 1] },
		{ method: 'modified-sainte-lague', seats: 8, expected: [4, 3, 1, 0] },
		{ method: 'modified-sainte-lague', seats: 9, expected: [4, 3, 1, 1] }
	] as const)(
		'reproduces the worked $method example for $seats seats: $expected',
		({ method, seats, expected }) => {
			const input: AllocationInput = {
				lists: textbook,
				seats,
				method,
				threshold: 0,
				thresholdBase: 'parties',
				againstAll: 0,
				invalid: 0,
				secondParty: 'off'
			};
			const want = Object.fromEntries(expected.map((n, i) => [`L${i}`, n]));
			expect(referenceAllocate(input).seats).toEqual(want);
			expect(allocate(input).seats).toEqual(want);
		}
	);

	it('gives back the seats an Imperiali quota hands out beyond the house', () => {
		// Three lists of 100 votes, 1 seat: quota 300 / (1 + 2) = 100, so each list has one whole
		// seat, 3 in all for a house of 1. All remainders are 0; equal remainders give back from
		// the list registered last: L2, then L1, and L0 keeps the seat.
		const input: AllocationInput = {
			lists: named([100, 100, 100]),
			seats: 1,
			method: 'imperiali',
			threshold: 0,
			thresholdBase: 'parties',
			againstAll: 0,
			invalid: 0,
			secondParty: 'off'
		};
		expect(referenceAllocate(input).seats).toEqual({ L0: 1, L1: 0, L2: 0 });
		expect(allocate(input).seats).toEqual({ L0: 1, L1: 0, L2: 0 });
	});

	it('reproduces the official 2023 chamber from the official votes', () => {
		// Other tests take their expected 2023 chambers from reference2023; with the law of 2023
		// it must give the published seats of every list, and 62 seats for Amanat in all.
		const election = officialElection(2023)!;
		const { list, total, independents } = reference2023();
		for (const official of election.lists) {
			expect(list[official.id], official.id).toBe(official.listSeats);
			expect(total[official.id], official.id).toBe(official.listSeats + official.districtSeats!);
		}
		expect(total.amanat).toBe(62);
		expect(independents).toBe(election.independentDistrictSeats);
	});
});
