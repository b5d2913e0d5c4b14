/**
 * The list tier from votes to seats: threshold, then the chosen formula, with the whole working.
 * This is the one entry point the scenario model, the CLI and the page use.
 */
import { ratio, type Ratio } from './exact';
import { fastSeats } from './fast';
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
	const seen = new Set<string>();
	let total = input.againstAll + input.invalid;
	for (const list of input.lists) {
		if (seen.has(list.id)) throw new RangeError(`the list "${list.id}" appears twice`);
		seen.add(list.id);
		checkCount(`votes for "${list.id}"`, list.votes);
		total += list.votes;
	}
	checkCount('against-all votes', input.againstAll);
	checkCount('invalid ballots', input.invalid);
	if (!Number.isSafeInteger(total))
		throw new RangeError('the vote total is too large to count exactly');
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

export interface AllocateOptions {
	/**
	 * true (the default): the whole working, for the page and the CLI's explanations. false: the
	 * seats alone by the fast exact path, for batches, sweeps and Monte-Carlo; the same seats.
	 */
	readonly working?: boolean;
}

/**
 * The seats of every list in input order, or null when no list is admitted: the fast exact path,
 * falling back to the BigInt path when the numbers are too large. Input must be valid.
 */
export function allocateSeatList(input: AllocationInput): number[] | null {
	const fast = fastSeats(input);
	if (fast === 'none') return null;
	if (fast !== 'overflow') return fast;
	const exact = allocateWithWorking(input);
	return exact.status === 'allocated' ? input.lists.map((l) => exact.seats[l.id]!) : null;
}

export function allocate(input: AllocationInput, options?: { working?: true }): Allocation;
export function allocate(input: AllocationInput, options: { working: false }): SeatsOnly;
export function allocate(input: AllocationInput, options?: AllocateOptions): Allocation | SeatsOnly;
export function allocate(
	input: AllocationInput,
	options: AllocateOptions = {}
): Allocation | SeatsOnly {
	validateAllocationInput(input);
	if (options.working !== false) return allocateWithWorking(input);
	const list = allocateSeatList(input);
	// Every list is an own property, "__proto__" and "constructor" included (a plain object is
	// faster to build than one without a prototype; only "__proto__" needs defining, not setting).
	const seats: Record<string, number> = {};
	const lists = input.lists;
	for (let i = 0; i < lists.length; i++) {
		const id = lists[i]!.id;
		const value = list ? list[i]! : 0;
		if (id === '__proto__') {
			Object.defineProperty(seats, id, {
				value,
				enumerable: true,
				writable: true,
				configurable: true
			});
		} else seats[id] = value;
	}
	return { status: list ? 'allocated' : 'not-allocated', seats };
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
