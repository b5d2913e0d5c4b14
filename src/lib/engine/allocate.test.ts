import { describe, expect, it } from 'vitest';
import { OFFICIAL_ELECTIONS, officialElection, type OfficialElection } from '../data/elections';
import { allocate, LAW_2023, type Allocation, type AllocationInput } from './allocate';
import { compareRatios, ratio, ratioToString } from './exact';
import type { HighestAveragesWorking } from './highest-averages';
import type { LargestRemainderWorking } from './largest-remainder';
import type { MethodId } from './methods';
import { referenceAllocate } from './reference';
import type { SecondPartyRule } from './threshold';

function election(year: number): OfficialElection {
	const found = officialElection(year);
	if (!found) throw new Error(`no official data for ${year}`);
	return found;
}

/** An official election as engine input, at its own threshold and base, Hare unless told. */
function officialInput(
	e: OfficialElection,
	method: MethodId = 'hare',
	secondParty: SecondPartyRule = 'off'
): AllocationInput {
	return {
		lists: e.lists.map((l) => ({ id: l.id, votes: l.votes })),
		seats: e.listSeats,
		method,
		threshold: e.threshold,
		thresholdBase: e.thresholdBase,
		againstAll: e.againstAll ?? 0,
		invalid: e.invalid ?? 0,
		secondParty
	};
}

/** Lists A, B, C, … with the given votes, no threshold, nothing else on the ballot. */
function simple(votes: readonly number[], seats: number, method: MethodId): AllocationInput {
	return {
		lists: votes.map((v, i) => ({ id: String.fromCharCode(65 + i), votes: v })),
		seats,
		method,
		threshold: 0,
		thresholdBase: 'parties',
		againstAll: 0,
		invalid: 0,
		secondParty: 'off'
	};
}

function remainderWorking(allocation: Allocation): LargestRemainderWorking {
	if (allocation.working?.family !== 'largest-remainder') throw new Error('not largest remainder');
	return allocation.working;
}

function divisorWorking(allocation: Allocation): HighestAveragesWorking {
	if (allocation.working?.family !== 'highest-averages') throw new Error('not highest averages');
	return allocation.working;
}

describe('official results', () => {
	it.each(OFFICIAL_ELECTIONS)(
		'reproduces the official $year list seats with Hare at $threshold % of the $thresholdBase votes',
		(e) => {
			const allocation = allocate(officialInput(e));
			expect(allocation.status).toBe('allocated');
			for (const list of e.lists) expect(allocation.seats[list.id], list.id).toBe(list.listSeats);
			// No official result depends on a tie (see the note in data/elections.ts).
			expect(allocation.ties).toEqual([]);
		}
	);

	it('uses the law of 2023 as its preset', () => {
		const e = election(2023);
		expect(LAW_2023).toEqual({
			seats: e.listSeats,
			method: 'hare',
			threshold: e.threshold,
			thresholdBase: e.thresholdBase,
			secondParty: 'off'
		});
	});

	it('shows the 2023 working: quota, admissions, minimum votes and remainder order', () => {
		// Admitted votes V = 3,431,510 + 693,938 + 547,154 + 535,139 + 432,920 + 331,058 = 5,971,719;
		// the quota is V / 69 = 1,990,573 / 23 ≈ 86,546.65. The base is V + Baytaq 146,431 +
		// against-all 248,291 = 6,366,441, and 5 % of it is 318,322.05, so 318,323 votes pass.
		// Whole seats: 39 + 8 + 6 + 6 + 5 + 3 = 67. The two seats left go to the largest
		// remainders: JSDP 331,058·69 − 3·5,971,719 = 4,927,845 (0.825 of a quota), then Amanat
		// 3,431,510·69 − 39·5,971,719 = 3,877,149 (0.649).
		const allocation = allocate(officialInput(election(2023)));
		const working = remainderWorking(allocation);
		expect(ratioToString(working.quota)).toBe('1990573/23');
		expect(working.totalVotes).toBe(5971719);
		expect(allocation.threshold.baseVotes).toBe(6366441);
		expect(allocation.threshold.minimumVotes).toBe(318323);
		expect(allocation.threshold.admitted).toEqual([
			'amanat',
			'auyl',
			'respublica',
			'akzhol',
			'qhp',
			'jsdp'
		]);
		const baytaq = allocation.threshold.rows.find((r) => r.id === 'baytaq');
		expect(baytaq?.admission).toBe('below-threshold');
		expect(working.wholeSeats).toBe(67);
		expect(working.remainderOrder.map((s) => s.id)).toEqual(['jsdp', 'amanat']);
		const [first, second] = working.remainderOrder;
		expect(compareRatios(first!.remainder, ratio(4927845, 5971719))).toBe(0);
		expect(compareRatios(second!.remainder, ratio(3877149, 5971719))).toBe(0);
		expect(working.takeBackOrder).toEqual([]);
	});

	it('gives Amanat one more seat and JSDP one fewer under D’Hondt in 2023', () => {
		const allocation = allocate(officialInput(election(2023), 'dhondt'));
		expect(allocation.seats).toEqual({
			amanat: 41,
			auyl: 8,
			respublica: 6,
			akzhol: 6,
			qhp: 5,
			jsdp: 3,
			baytaq: 0
		});
	});

	it('admits OSDP as runner-up in 2007 and gives it 5 of 98 seats', () => {
		// Only Nur Otan passed 7 %. With OSDP admitted, V = 5,247,720 + 269,310 = 5,517,030.
		// Nur Otan 5,247,720·98 / V = 93.216, OSDP 269,310·98 / V = 4.784: whole 93 + 4, and the
		// last seat goes to OSDP's remainder 0.784.
		const allocation = allocate(officialInput(election(2007), 'hare', 'runner-up'));
		expect(allocation.threshold.runnerUp).toBe('osdp');
		expect(allocation.threshold.rows.find((r) => r.id === 'osdp')?.admission).toBe('runner-up');
		expect(allocation.seats['nurotan']).toBe(93);
		expect(allocation.seats['osdp']).toBe(5);
		expect(remainderWorking(allocation).remainderOrder.map((s) => s.id)).toEqual(['osdp']);
	});

	it('gives the 2007 runner-up 4 seats when its quotient is corrected by 0.7', () => {
		// OSDP's quotient becomes 0.7 · 4.784 = 3.349 (18,474,666 / 5,517,030): whole 93 + 3 = 96,
		// then the remainders 0.349 (OSDP) and 0.216 (Nur Otan) take one seat each.
		const allocation = allocate(officialInput(election(2007), 'hare', 'runner-up-corrected'));
		expect(allocation.seats['nurotan']).toBe(94);
		expect(allocation.seats['osdp']).toBe(4);
		const working = remainderWorking(allocation);
		expect(working.remainderOrder.map((s) => s.id)).toEqual(['osdp', 'nurotan']);
		const osdp = working.rows.find((r) => r.id === 'osdp');
		expect(compareRatios(osdp!.quotient, ratio(18474666, 5517030))).toBe(0);
	});
});

describe('textbook examples', () => {
	it('loses a list a seat when the house grows under Hare (the Alabama paradox)', () => {
		// Votes 6, 6, 2 (V = 14).
		// 10 seats: quota 1.4; quotients 4.286, 4.286, 1.429 → whole 4 + 4 + 1 = 9; the one seat
		//   left goes to C's remainder 0.429 → 4, 4, 2.
		// 11 seats: quota 14/11; quotients 4.714, 4.714, 1.571 → whole 9; the two seats left go to
		//   A and B (0.714 each, ahead of C's 0.571) → 5, 5, 1: C lost a seat to a larger house.
		// (Votes 5, 5, 2 do not show it: 11 seats give 5, 4, 2, C's 0.833 coming first.)
		expect(allocate(simple([6, 6, 2], 10, 'hare')).seats).toEqual({ A: 4, B: 4, C: 2 });
		expect(allocate(simple([6, 6, 2], 11, 'hare')).seats).toEqual({ A: 5, B: 5, C: 1 });
	});

	it('fills the D’Hondt table of 100,000 / 80,000 / 30,000 / 20,000 votes for 8 seats', () => {
		// Divisors 1, 2, 3, 4, 5:
		//   A 100,000  50,000  33,333  25,000  20,000
		//   B  80,000  40,000  26,667  20,000
		//   C  30,000  15,000
		//   D  20,000
		// The 8 largest: 100,000 A, 80,000 B, 50,000 A, 40,000 B, 33,333 A, 30,000 C, 26,667 B,
		// 25,000 A → A 4, B 3, C 1, D 0.
		const allocation = allocate(simple([100_000, 80_000, 30_000, 20_000], 8, 'dhondt'));
		expect(allocation.seats).toEqual({ A: 4, B: 3, C: 1, D: 0 });
		const order = divisorWorking(allocation).seatOrder.map((s) => s.id);
		expect(order.join('')).toBe('ABABACBA');
		expect(allocation.ties).toEqual([]);
	});

	it('fills the Sainte-Laguë table of the same votes and gives the smallest list a seat', () => {
		// Divisors 1, 3, 5, 7:
		//   A 100,000  33,333  20,000  14,286
		//   B  80,000  26,667  16,000  11,429
		//   C  30,000  10,000
		//   D  20,000   6,667
		// The 8 largest: 100,000 A, 80,000 B, 33,333 A, 30,000 C, 26,667 B, 20,000 A, 20,000 D,
		// 16,000 B → A 3, B 3, C 1, D 1. A and D tie at 20,000 for seats 6 and 7; both get one,
		// so the tie decides nothing and is not reported.
		const allocation = allocate(simple([100_000, 80_000, 30_000, 20_000], 8, 'sainte-lague'));
		expect(allocation.seats).toEqual({ A: 3, B: 3, C: 1, D: 1 });
		const order = divisorWorking(allocation).seatOrder.map((s) => s.id);
		expect(order.join('')).toBe('ABACBADB');
		expect(allocation.ties).toEqual([]);
	});

	it('breaks the modified Sainte-Laguë tie for the last seat in favour of the earlier list', () => {
		// Divisors 1.4, 3, 5, 7:
		//   A 71,429  33,333  20,000  14,285.71 (= 100,000/7)
		//   B 57,143  26,667  16,000  11,429
		//   C 21,429  10,000
		//   D 14,285.71 (= 20,000/1.4 = 100,000/7)
		// Seven seats go A, B, A, B, C, A, B. For the eighth, A's 100,000/7 and D's 100,000/7 are
		// exactly equal; A was registered first and takes it → A 4, B 3, C 1, D 0.
		const allocation = allocate(
			simple([100_000, 80_000, 30_000, 20_000], 8, 'modified-sainte-lague')
		);
		expect(allocation.seats).toEqual({ A: 4, B: 3, C: 1, D: 0 });
		expect(allocation.ties).toHaveLength(1);
		const [tie] = allocation.ties;
		expect(tie).toMatchObject({
			stage: 'quotient',
			tied: ['A', 'D'],
			won: ['A'],
			lost: ['D'],
			rule: 'registration-order'
		});
		expect(ratioToString(tie!.value)).toBe('100000/7');
	});

	describe('six lists of 47,000 / 16,000 / 15,800 / 12,000 / 6,100 / 3,100 for 10 seats', () => {
		const votes = [47_000, 16_000, 15_800, 12_000, 6_100, 3_100];

		it('gives the Hare remainder seats to A, E and B', () => {
			// Quota 10,000: quotients 4.7, 1.6, 1.58, 1.2, 0.61, 0.31 → whole 7; the three seats
			// left go to the remainders 0.7 (A), 0.61 (E), 0.6 (B).
			const allocation = allocate(simple(votes, 10, 'hare'));
			expect(allocation.seats).toEqual({ A: 5, B: 2, C: 1, D: 1, E: 1, F: 0 });
			const working = remainderWorking(allocation);
			expect(ratioToString(working.quota)).toBe('10000');
			expect(working.wholeSeats).toBe(7);
			expect(working.remainderOrder.map((s) => s.id)).toEqual(['A', 'E', 'B']);
		});

		it('gives the Droop remainder seats to B and C instead', () => {
			// Quota floor(100,000 / 11) + 1 = 9,090 + 1 = 9,091: A 5 + 1,545/9,091 (0.170),
			// B 1 + 6,909/9,091 (0.760), C 1 + 6,709/9,091 (0.738), D 1 + 2,909/9,091 (0.320),
			// E 6,100/9,091 (0.671), F 3,100/9,091 (0.341) → whole 8; the two seats left go to B
			// and C.
			const allocation = allocate(simple(votes, 10, 'droop'));
			expect(allocation.seats).toEqual({ A: 5, B: 2, C: 2, D: 1, E: 0, F: 0 });
			const working = remainderWorking(allocation);
			expect(ratioToString(working.quota)).toBe('9091');
			expect(working.wholeSeats).toBe(8);
			expect(working.remainderOrder.map((s) => s.id)).toEqual(['B', 'C']);
		});

		it('reaches the Droop result under Imperiali without taking any seat back', () => {
			// Quota 100,000 / 12: quotients 5.64, 1.92, 1.896, 1.44, 0.732, 0.372 → whole 8; the
			// two seats left go to B (0.92) and C (0.896).
			const allocation = allocate(simple(votes, 10, 'imperiali'));
			expect(allocation.seats).toEqual({ A: 5, B: 2, C: 2, D: 1, E: 0, F: 0 });
			const working = remainderWorking(allocation);
			expect(ratioToString(working.quota)).toBe('25000/3');
			expect(working.takeBackOrder).toEqual([]);
		});
	});

	it('hands out Droop remainder seats in a second round when seats outnumber lists', () => {
		// Votes 1 and 1 for 5 seats: quota floor(2 / 6) + 1 = 1, whole seats 1 + 1, three left.
		// Both remainders are 0: round 1 gives A then B, round 2 gives A → 3, 2, decided by order.
		const allocation = allocate(simple([1, 1], 5, 'droop'));
		expect(allocation.seats).toEqual({ A: 3, B: 2 });
		const working = remainderWorking(allocation);
		expect(working.remainderOrder.map((s) => [s.id, s.round])).toEqual([
			['A', 1],
			['B', 1],
			['A', 2]
		]);
		expect(allocation.ties).toMatchObject([
			{ stage: 'remainder', tied: ['A', 'B'], won: ['A'], lost: ['B'] }
		]);
	});
});

describe('Imperiali over-allocation', () => {
	it('takes a seat back from the smallest remainder', () => {
		// Votes 8 and 4 for 2 seats: quota 12/4 = 3; quotients 2 + 2/3 and 1 + 1/3 → 3 whole
		// seats for 2. B has the smaller remainder (1/3) and gives its seat back → 2, 0.
		const allocation = allocate(simple([8, 4], 2, 'imperiali'));
		expect(allocation.seats).toEqual({ A: 2, B: 0 });
		const working = remainderWorking(allocation);
		expect(working.wholeSeats).toBe(3);
		expect(working.takeBackOrder.map((s) => [s.id, ratioToString(s.remainder), s.round])).toEqual([
			['B', '1/3', 1]
		]);
		expect(working.rows.map((r) => r.takenBack)).toEqual([0, 1]);
		expect(allocation.ties).toEqual([]);
	});

	it('takes two seats back from three equal lists, later lists first', () => {
		// Votes 10, 10, 10 for 1 seat: quota 30/3 = 10; each list fills exactly one quota, so 3
		// whole seats stand for 1. All remainders are 0: C gives back first, then B; A keeps.
		const allocation = allocate(simple([10, 10, 10], 1, 'imperiali'));
		expect(allocation.seats).toEqual({ A: 1, B: 0, C: 0 });
		const working = remainderWorking(allocation);
		expect(working.takeBackOrder.map((s) => [s.id, s.round])).toEqual([
			['C', 1],
			['B', 1]
		]);
		expect(allocation.ties).toHaveLength(1);
		expect(allocation.ties[0]).toMatchObject({
			stage: 'take-back',
			tied: ['A', 'B', 'C'],
			won: ['A'],
			lost: ['B', 'C']
		});
		expect(ratioToString(allocation.ties[0]!.value)).toBe('0');
	});

	it('skips a list with no whole seat and settles an equal remainder by registration order', () => {
		// Votes 14, 14, 1 for 1 seat: quota 29/3; quotients 42/29 = 1 + 13/29, the same for B, and
		// 3/29 for C → 2 whole seats for 1. C has the smallest remainder but no seat to give; A
		// and B tie at 13/29 and the later list, B, gives its seat back.
		const allocation = allocate(simple([14, 14, 1], 1, 'imperiali'));
		expect(allocation.seats).toEqual({ A: 1, B: 0, C: 0 });
		const working = remainderWorking(allocation);
		expect(working.takeBackOrder.map((s) => [s.id, ratioToString(s.remainder)])).toEqual([
			['B', '13/29']
		]);
		expect(allocation.ties).toMatchObject([
			{ stage: 'take-back', tied: ['A', 'B'], won: ['A'], lost: ['B'] }
		]);
	});

	it('takes back twice from a lone list in two rounds', () => {
		// One list with 12 votes (the other has none) for 1 seat: quota 12/3 = 4 → 3 whole seats
		// for 1. Only A holds seats, so it gives back in round 1 and again in round 2.
		const allocation = allocate(simple([12, 0], 1, 'imperiali'));
		expect(allocation.seats).toEqual({ A: 1, B: 0 });
		const working = remainderWorking(allocation);
		expect(working.takeBackOrder.map((s) => [s.id, s.round])).toEqual([
			['A', 1],
			['A', 2]
		]);
		expect(allocation.ties).toEqual([]);
	});
});

describe('input validation', () => {
	it.each([
		['no seats', { seats: 0 }],
		['a threshold above 100 %', { threshold: 101 }],
		['negative against-all votes', { againstAll: -1 }],
		['fractional invalid ballots', { invalid: 0.5 }]
	])('refuses %s', (_, change) => {
		expect(() => allocate({ ...simple([1, 2], 3, 'hare'), ...change })).toThrow(RangeError);
	});

	it('refuses a list that appears twice', () => {
		const input = simple([1, 2], 3, 'hare');
		const twice = { ...input, lists: [input.lists[0]!, input.lists[0]!] };
		expect(() => allocate(twice)).toThrow(/appears twice/);
	});
});

describe('exact counting near the largest totals the validator accepts', () => {
	// The validator accepts any vote total up to Number.MAX_SAFE_INTEGER (2^53 − 1), and the
	// engine promises exact comparisons. These inputs are valid; the right answers are worked out
	// in exact integers in the comments and confirmed by the reference implementation.
	// highest-averages.ts forms votes × weight numerator × scale (5 for modified Sainte-Laguë,
	// 7 for a corrected runner-up) as a floating-point number before compareFractions sees it;
	// above 2^53 that product is rounded (5 · 2,000,000,000,000,027 = 10,000,000,000,000,135
	// becomes …136; 7 · 1,300,000,000,000,019 = 9,100,000,000,000,133 becomes …132), and a
	// near-tie is decided the wrong way.

	it('gives the second modified Sainte-Laguë seat to the larger quotient when 5·votes passes 2^53', () => {
		// A = 2,000,000,000,000,027, B = 933,333,333,333,346, 2 seats, no threshold.
		// Seat 1: A/1.4 > B/1.4 → A.
		// Seat 2: A/3 = 666,666,666,666,675 + 2/3; B/1.4 = 5B/7 = 666,666,666,666,675 + 5/7.
		// 5/7 > 2/3, so B takes it: A 1, B 1.
		const input = simple([2_000_000_000_000_027, 933_333_333_333_346], 2, 'modified-sainte-lague');
		expect(referenceAllocate(input).seats).toEqual({ A: 1, B: 1 });
		expect(allocate(input).seats).toEqual({ A: 1, B: 1 });
	});

	it('gives the fourth D’Hondt seat to a corrected runner-up whose 0.7·votes is larger', () => {
		// A = 3,640,000,000,000,053 (73.7 %) passes 55 %; B = 1,300,000,000,000,019 is admitted
		// as runner-up with its quotient multiplied by 0.7. Seats 1–3 go to A (A/1 > A/2 > A/3 >
		// 0.7·B). Seat 4: A/4 = 910,000,000,000,013.25 against 0.7·B = 910,000,000,000,013.3,
		// so B takes it: A 3, B 1.
		const input: AllocationInput = {
			...simple([3_640_000_000_000_053, 1_300_000_000_000_019], 4, 'dhondt'),
			threshold: 55,
			secondParty: 'runner-up-corrected'
		};
		expect(referenceAllocate(input).seats).toEqual({ A: 3, B: 1 });
		const allocation = allocate(input);
		expect(allocation.threshold.runnerUp).toBe('B');
		expect(allocation.seats).toEqual({ A: 3, B: 1 });
	});
});
