import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, type Allocation, type AllocationInput } from './allocate';
import { anyThreshold } from './arbitraries';
import { METHOD_IDS, type DivisorRule, type MethodId } from './methods';
import { SECOND_PARTY_RULES, THRESHOLD_BASES, type ListVotes } from './threshold';

function named(votes: readonly number[]): ListVotes[] {
	return votes.map((v, i) => ({ id: `L${i}`, votes: v }));
}

/** Everyday counts mixed with tiny ones, so that both exact ties and large numbers turn up. */
const votes = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 20 }));

const lists = fc.array(votes, { minLength: 1, maxLength: 10 }).map(named);

function inputs(
	method: fc.Arbitrary<MethodId>,
	listArbitrary: fc.Arbitrary<ListVotes[]> = lists
): fc.Arbitrary<AllocationInput> {
	return fc.record({
		lists: listArbitrary,
		seats: fc.integer({ min: 1, max: 200 }),
		method,
		// Slider steps and typed decimals alike (4.999, 5.0001, 7.123456).
		threshold: anyThreshold,
		thresholdBase: fc.constantFrom(...THRESHOLD_BASES),
		againstAll: votes,
		invalid: votes,
		secondParty: fc.constantFrom(...SECOND_PARTY_RULES)
	});
}

const anyMethod = fc.constantFrom(...METHOD_IDS);
const DIVISOR_RULES: readonly DivisorRule[] = ['dhondt', 'sainte-lague', 'modified-sainte-lague'];

function total(allocation: Allocation): number {
	return Object.values(allocation.seats).reduce((a, b) => a + b, 0);
}

describe('seat totals', () => {
	it('gives out exactly the whole house whenever some list is admitted', () => {
		fc.assert(
			fc.property(inputs(anyMethod), (input) => {
				const allocation = allocate(input);
				const expected = allocation.threshold.admitted.length > 0 ? input.seats : 0;
				expect(total(allocation)).toBe(expected);
			}),
			{ numRuns: 1500 }
		);
	});

	it('distributes nothing and says why when no list passes', () => {
		// 100 % of a base that holds at least one other vote is out of every list's reach.
		const noneCanPass = fc.record({
			lists: lists,
			seats: fc.integer({ min: 1, max: 200 }),
			method: anyMethod,
			threshold: fc.constant(100),
			thresholdBase: fc.constantFrom('valid' as const, 'ballots' as const),
			againstAll: fc.integer({ min: 1, max: 1000 }),
			invalid: votes,
			secondParty: fc.constantFrom(...SECOND_PARTY_RULES)
		});
		fc.assert(
			fc.property(noneCanPass, (input) => {
				const allocation = allocate(input);
				expect(allocation).toMatchObject({
					status: 'not-allocated',
					reason: 'no-list-passes',
					working: null
				});
				expect(allocation.threshold.admitted).toEqual([]);
				expect(Object.values(allocation.seats).every((s) => s === 0)).toBe(true);
				expect(Object.keys(allocation.seats)).toEqual(input.lists.map((l) => l.id));
			}),
			{ numRuns: 300 }
		);
	});

	it('reports no-list-passes exactly when nobody is admitted', () => {
		fc.assert(
			fc.property(inputs(anyMethod), (input) => {
				const allocation = allocate(input);
				const nobody = allocation.threshold.admitted.length === 0;
				expect(allocation.status).toBe(nobody ? 'not-allocated' : 'allocated');
				if (allocation.status === 'not-allocated') {
					expect(allocation.reason).toBe('no-list-passes');
					expect(total(allocation)).toBe(0);
				}
			}),
			{ numRuns: 500 }
		);
	});
});

describe('proportionality guarantees', () => {
	it('keeps every Hare result within quota', () => {
		// Quota: floor(v·S/V) ≤ seats ≤ ceil(v·S/V) with V the admitted votes. The 0.7 correction
		// changes the quotients themselves, so only the plain rules are tested here.
		const hare = inputs(fc.constant('hare')).map((input) => ({
			...input,
			secondParty:
				input.secondParty === 'runner-up-corrected' ? ('off' as const) : input.secondParty
		}));
		fc.assert(
			fc.property(hare, (input) => {
				const allocation = allocate(input);
				const admitted = input.lists.filter((l) => allocation.threshold.admitted.includes(l.id));
				const V = BigInt(admitted.reduce((a, l) => a + l.votes, 0));
				const S = BigInt(input.seats);
				for (const list of admitted) {
					const seats = BigInt(allocation.seats[list.id]!);
					const exact = BigInt(list.votes) * S;
					const lower = exact / V;
					const upper = exact % V === 0n ? lower : lower + 1n;
					expect(seats >= lower && seats <= upper, `${list.id}: ${seats} vs ${exact}/${V}`).toBe(
						true
					);
				}
			}),
			{ numRuns: 1000 }
		);
	});

	it.each(DIVISOR_RULES)('never takes a seat from anyone when the house grows under %s', (rule) => {
		fc.assert(
			fc.property(inputs(fc.constant(rule)), (input) => {
				const smaller = allocate(input);
				const larger = allocate({ ...input, seats: input.seats + 1 });
				// The fast path (no working) must obey the same property.
				const fastSmaller = allocate(input, { working: false });
				const fastLarger = allocate({ ...input, seats: input.seats + 1 }, { working: false });
				for (const list of input.lists) {
					expect(larger.seats[list.id]!).toBeGreaterThanOrEqual(smaller.seats[list.id]!);
					expect(fastLarger.seats[list.id]!).toBeGreaterThanOrEqual(fastSmaller.seats[list.id]!);
				}
			}),
			{ numRuns: 500 }
		);
	});
});

describe('the threshold', () => {
	it('never seats a list that missed the threshold', () => {
		fc.assert(
			fc.property(inputs(anyMethod), (input) => {
				const allocation = allocate(input);
				for (const row of allocation.threshold.rows) {
					if (row.admission === 'below-threshold' || row.admission === 'no-votes') {
						expect(allocation.seats[row.id]).toBe(0);
					}
				}
				// Only a runner-up may sit below the line, and there is at most one.
				const runnersUp = allocation.threshold.rows.filter((r) => r.admission === 'runner-up');
				expect(runnersUp.length).toBeLessThanOrEqual(1);
			}),
			{ numRuns: 1000 }
		);
	});

	it('never admits a new list when the threshold is raised', () => {
		const pair = fc.tuple(inputs(anyMethod), anyThreshold);
		fc.assert(
			fc.property(pair, ([input, other]) => {
				const low = Math.min(input.threshold, other);
				const high = Math.max(input.threshold, other);
				const before = allocate({ ...input, threshold: low }).threshold.admitted;
				const after = allocate({ ...input, threshold: high }).threshold.admitted;
				for (const id of after) expect(before).toContain(id);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('ties and registration order', () => {
	it('gives the same seats whatever the order of the lists when no tie was reported', () => {
		const withOrder = fc.tuple(
			inputs(anyMethod),
			fc.array(fc.nat(), { minLength: 10, maxLength: 10 })
		);
		fc.assert(
			fc.property(withOrder, ([input, keys]) => {
				const allocation = allocate(input);
				const order = input.lists.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || b - a);
				const shuffled = allocate({ ...input, lists: order.map((i) => input.lists[i]!) });
				if (allocation.ties.length === 0) {
					expect(shuffled.seats).toEqual(allocation.seats);
					expect(shuffled.ties).toEqual([]);
				} else {
					expect(shuffled.ties.length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: 1500 }
		);
	});

	it('favours the earlier of two lists with equal votes and reports the tie it decided', () => {
		// Lists drawn from a pool of at most three vote counts, so equal votes are everywhere.
		const equalVotes = fc
			.tuple(
				fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 3 }),
				fc.array(fc.nat(), { minLength: 2, maxLength: 8 })
			)
			.map(([pool, picks]) => named(picks.map((p) => pool[p % pool.length]!)));
		let decided = 0;
		fc.assert(
			fc.property(inputs(anyMethod, equalVotes), (input) => {
				const allocation = allocate(input);
				input.lists.forEach((earlier, i) => {
					for (const later of input.lists.slice(i + 1)) {
						if (earlier.votes !== later.votes) continue;
						const a = allocation.seats[earlier.id]!;
						const b = allocation.seats[later.id]!;
						expect(a).toBeGreaterThanOrEqual(b);
						if (a === b) continue;
						decided += 1;
						const tie = allocation.ties.find(
							(t) => t.won.includes(earlier.id) && t.lost.includes(later.id)
						);
						expect(tie, `${earlier.id} over ${later.id}`).toBeDefined();
						expect(tie!.tied).toEqual(expect.arrayContaining([earlier.id, later.id]));
						expect(tie!.rule).toBe('registration-order');
					}
				});
			}),
			{ numRuns: 1500 }
		);
		// The generator must actually produce ties that decided seats.
		expect(decided).toBeGreaterThan(100);
	});

	it.each(METHOD_IDS)('gives one seat between two equal lists to the first under %s', (method) => {
		const allocation = allocate({
			lists: named([10, 10]),
			seats: 1,
			method,
			threshold: 0,
			thresholdBase: 'parties',
			againstAll: 0,
			invalid: 0,
			secondParty: 'off'
		});
		expect(allocation.seats).toEqual({ L0: 1, L1: 0 });
		expect(allocation.ties).toHaveLength(1);
		expect(allocation.ties[0]).toMatchObject({ tied: ['L0', 'L1'], won: ['L0'], lost: ['L1'] });
	});
});
