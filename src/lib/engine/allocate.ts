/**
 * The list tier from votes to seats: threshold, then the chosen formula, with the whole working
 * (`list-tier.ts`) or the seats alone by the fast exact path (`fast.ts`). `allocate` is the one
 * entry point the CLI, batches and tests use; the page's first load imports `list-tier.ts` alone.
 */
import { fastSeats } from './fast';
import {
	allocateExplained,
	validateAllocationInput,
	type Allocation,
	type AllocationInput,
	type SeatsOnly
} from './list-tier';

export * from './list-tier';

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
	const exact = allocateExplained(input);
	return exact.status === 'allocated' ? input.lists.map((l) => exact.seats[l.id]!) : null;
}

export function allocate(input: AllocationInput, options?: { working?: true }): Allocation;
export function allocate(input: AllocationInput, options: { working: false }): SeatsOnly;
export function allocate(input: AllocationInput, options?: AllocateOptions): Allocation | SeatsOnly;
export function allocate(
	input: AllocationInput,
	options: AllocateOptions = {}
): Allocation | SeatsOnly {
	return options.working === false ? allocateSeatsOnly(input) : allocateExplained(input);
}

/** `allocate(input, { working: false })`: the seats alone, by the fast exact path. */
export function allocateSeatsOnly(input: AllocationInput): SeatsOnly {
	validateAllocationInput(input);
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
