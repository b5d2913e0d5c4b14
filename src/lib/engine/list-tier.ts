/**
 * The list tier from votes to seats with the whole working: threshold, then the chosen formula.
 * What the page loads first; `allocate.ts` adds the seats-only fast path and the one entry point
 * the scenario model, the CLI and batches use.
 */
import { ratio, type Ratio } from './exact';
import { highestAverages, type HighestAveragesWorking } from './highest-averages';
import {
	largestRemainder,
	type LargestRemainderWorking,
	type WeightedList
} from './largest-remainder';
import { methodSpec, type MethodId } from './methods';
import {
	applyThreshold,
	RUNNER_UP_CORRECTION,
	type ListVotes,
	type SecondPartyRule,
	type ThresholdBase,
	type ThresholdWorking
} from './threshold';
import type { Tie } from './ties';

export interface AllocationInput {
	/** In registration order: on any tie the list registered earlier wins. */
	readonly lists: readonly ListVotes[];
	readonly seats: number;
	readonly method: MethodId;
	/** Percent, 0–100. */
	readonly threshold: number;
	readonly thresholdBase: ThresholdBase;
	readonly againstAll: number;
	readonly invalid: number;
	readonly secondParty: SecondPartyRule;
}

/** The law's rules for 2023: Hare, 5 % of votes for lists + against-all, no second-party rule. */
export const LAW_2023: Omit<AllocationInput, 'lists' | 'againstAll' | 'invalid'> = {
	seats: 69,
	method: 'hare',
	threshold: 5,
	thresholdBase: 'valid',
	secondParty: 'off'
};

export type MethodWorking = LargestRemainderWorking | HighestAveragesWorking;

/** Why no seats were distributed. */
export type NoAllocationReason = 'no-list-passes';

export type Allocation =
	| {
			readonly status: 'allocated';
			readonly input: AllocationInput;
			/** Seats of every list, in input order; 0 for lists that were not admitted. */
			readonly seats: Readonly<Record<string, number>>;
			readonly threshold: ThresholdWorking;
			readonly working: MethodWorking;
			/** Every tie that decided a seat or an admission, in the order they arose. */
			readonly ties: readonly Tie[];
	  }
	| {
			readonly status: 'not-allocated';
			readonly reason: NoAllocationReason;
			readonly input: AllocationInput;
			readonly seats: Readonly<Record<string, number>>;
			readonly threshold: ThresholdWorking;
			readonly working: null;
			readonly ties: readonly Tie[];
	  };

/** Checks what a caller could get wrong; throws a RangeError naming the first problem. */
export function validateAllocationInput(input: AllocationInput): void {
	if (!Number.isSafeInteger(input.seats) || input.seats < 1) {
		throw new RangeError(`seats must be a whole number of at least 1, got ${input.seats}`);
	}
	if (!Number.isFinite(input.threshold) || input.threshold < 0 || input.threshold > 100) {
		throw new RangeError(`threshold must be a percentage from 0 to 100, got ${input.threshold}`);
	}
	const lists = input.lists;
	const n = lists.length;
	// A few lists are compared pairwise, faster than filling a set; many go through a set.
	const seen = n > 16 ? new Set<string>() : null;
	let total = input.againstAll + input.invalid;
	for (let i = 0; i < n; i++) {
		const { id, votes } = lists[i]!;
		if (seen ? seen.has(id) : listedBefore(lists, i, id)) {
			throw new RangeError(`the list "${id}" appears twice`);
		}
		seen?.add(id);
		if (!Number.isSafeInteger(votes) || votes < 0) checkCount(`votes for "${id}"`, votes);
		total += votes;
	}
	checkCount('against-all votes', input.againstAll);
	checkCount('invalid ballots', input.invalid);
	if (!Number.isSafeInteger(total))
		throw new RangeError('the vote total is too large to count exactly');
}

function listedBefore(lists: readonly ListVotes[], end: number, id: string): boolean {
	for (let j = 0; j < end; j++) if (lists[j]!.id === id) return true;
	return false;
}

function checkCount(what: string, value: number): void {
	if (!Number.isSafeInteger(value) || value < 0) {
		throw new RangeError(`${what} must be a whole number of at least 0, got ${value}`);
	}
}

const ONE: Ratio = ratio(1);

/** The seats alone, without the working: what `allocate(input, { working: false })` returns. */
export interface SeatsOnly {
	readonly status: Allocation['status'];
	/** Seats of every list, in input order; 0 for lists that were not admitted. */
	readonly seats: Readonly<Record<string, number>>;
}

/** `allocate(input)`: the seats with the whole working. */
export function allocateExplained(input: AllocationInput): Allocation {
	validateAllocationInput(input);
	return allocateWithWorking(input);
}

function allocateWithWorking(input: AllocationInput): Allocation {
	const threshold = applyThreshold({
		lists: input.lists,
		threshold: input.threshold,
		base: input.thresholdBase,
		againstAll: input.againstAll,
		invalid: input.invalid,
		secondParty: input.secondParty
	});
	// Null prototype: a list may be called "__proto__" or "constructor" and is still a list.
	const seats = Object.create(null) as Record<string, number>;
	for (const list of input.lists) seats[list.id] = 0;

	if (threshold.admitted.length === 0) {
		return {
			status: 'not-allocated',
			reason: 'no-list-passes',
			input,
			seats,
			threshold,
			working: null,
			ties: threshold.ties
		};
	}

	const passed = new Set(threshold.admitted);
	const admitted: WeightedList[] = input.lists
		.filter((list) => passed.has(list.id))
		.map((list) => ({
			id: list.id,
			votes: list.votes,
			weight:
				input.secondParty === 'runner-up-corrected' && list.id === threshold.runnerUp
					? RUNNER_UP_CORRECTION
					: ONE
		}));

	const spec = methodSpec(input.method);
	const working =
		spec.family === 'largest-remainder'
			? largestRemainder(admitted, input.seats, spec.quota)
			: highestAverages(admitted, input.seats, spec.divisors);
	for (const row of working.rows) seats[row.id] = row.seats;

	return {
		status: 'allocated',
		input,
		seats,
		threshold,
		working,
		ties: [...threshold.ties, ...working.ties]
	};
}
