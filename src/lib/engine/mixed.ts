/**
 * Putting the two tiers together.
 * - Parallel (the law since 2023): list seats are shared by list votes alone; district seats are
 *   added on top. @see shared/domain/kazakhstan-majilis.md §3.4
 * - Compensatory (mixed-member proportional): the whole house, less the seats won in districts
 *   by self-nominated candidates and parties below the threshold, is shared by list votes; each party's list seats fill the gap
 *   between that share and its district seats. A party with more districts than its share keeps
 *   them (overhang): either the others share what is left (`fixed-house`) or the house grows
 *   (`extra-seats`). @see https://en.wikipedia.org/wiki/Mixed-member_proportional_representation
 */
import {
	allocateExplained,
	type Allocation,
	type AllocationInput,
	type SeatsOnly
} from './list-tier';
import { applyThreshold } from './threshold';

export type ListRulesInput = Omit<AllocationInput, 'seats'>;

export interface MixedInput {
	readonly totalSeats: number;
	readonly districtSeats: number;
	readonly mixed: 'parallel' | 'compensatory';
	readonly overhang: 'fixed-house' | 'extra-seats';
	readonly list: ListRulesInput;
	/** District seats by party id; 'independent' for self-nominated winners. */
	readonly districtWins: Readonly<Record<string, number>>;
}

export interface MixedResult {
	/** Seats in the house: totalSeats, plus overhang seats under `extra-seats`. Seats nobody
	 * could fill (no list passed) still count: the chamber reports them as unfilled. */
	readonly houseSize: number;
	readonly listSeats: Readonly<Record<string, number>>;
	readonly districtSeats: Readonly<Record<string, number>>;
	readonly independents: number;
	/** The list-tier working: for parallel, the list seats; for compensatory, the proportional shares. */
	readonly allocation: Allocation | null;
	/** Compensatory only: seats each party is entitled to, and overhang seats. */
	readonly entitlement: Readonly<Record<string, number>> | null;
	readonly overhang: Readonly<Record<string, number>>;
}

/**
 * How the list tier is shared: `allocateExplained` (the default) with its working, for the page
 * and the CLI; `allocateSeatsOnly`, the fast exact path, for Monte-Carlo and other batches.
 */
export type ListAllocator = (input: AllocationInput) => Allocation | SeatsOnly;

/**
 * Combines the tiers. With `allocateSeatsOnly` the list tier runs on the fast exact path: the same
 * seats, and `allocation` is null. (Passed in, not chosen by a flag, so that a page that never
 * asks for seats alone does not load the fast path.)
 */
export function combineTiers(
	input: MixedInput,
	allocateList: ListAllocator = allocateExplained
): MixedResult {
	const share = (list: AllocationInput): { allocation: Allocation | null; seats: SeatsOnly } => {
		const seats = allocateList(list);
		return { allocation: 'threshold' in seats ? seats : null, seats };
	};
	const ids = input.list.lists.map((l) => l.id);
	const independents = input.districtWins.independent ?? 0;
	const districtSeats: Record<string, number> = {};
	for (const id of ids) districtSeats[id] = input.districtWins[id] ?? 0;
	const zero = () => Object.fromEntries(ids.map((id) => [id, 0])) as Record<string, number>;
	const listSeatCount = input.totalSeats - input.districtSeats;

	if (input.mixed === 'parallel') {
		const shared = listSeatCount > 0 ? share({ ...input.list, seats: listSeatCount }) : null;
		return {
			houseSize: input.totalSeats,
			listSeats: shared ? { ...shared.seats.seats } : zero(),
			districtSeats,
			independents,
			allocation: shared?.allocation ?? null,
			entitlement: null,
			overhang: zero()
		};
	}

	// Compensatory. Districts won by anyone who takes no part in the proportional share —
	// self-nominated winners and parties below the threshold — are set aside first, as German
	// law does with independents; the rest of the house is shared by list votes.
	const { admitted } = applyThreshold({
		lists: input.list.lists,
		threshold: input.list.threshold,
		base: input.list.thresholdBase,
		againstAll: input.list.againstAll,
		invalid: input.list.invalid,
		secondParty: input.list.secondParty
	});
	const outside = ids.filter((id) => !admitted.includes(id));
	const pool =
		input.totalSeats - independents - outside.reduce((a, id) => a + districtSeats[id]!, 0);
	const shared = pool > 0 && admitted.length > 0 ? share({ ...input.list, seats: pool }) : null;
	const allocation = shared?.allocation ?? null;
	const entitlement = shared ? { ...shared.seats.seats } : zero();
	const overhang = zero();
	const final = { ...districtSeats };
	let houseSize = input.totalSeats;

	if (shared?.seats.status === 'allocated') {
		for (const id of admitted) overhang[id] = Math.max(0, districtSeats[id]! - entitlement[id]!);
		if (input.overhang === 'extra-seats') {
			for (const id of admitted) final[id] = Math.max(entitlement[id]!, districtSeats[id]!);
			houseSize += admitted.reduce((a, id) => a + overhang[id]!, 0);
		} else {
			// Fixed house: parties whose districts reach their share keep them and leave the pool;
			// the rest share what is left, by the same method, until no one is over.
			let keeping = new Set(admitted.filter((id) => overhang[id]! > 0));
			for (;;) {
				const left = pool - [...keeping].reduce((a, id) => a + districtSeats[id]!, 0);
				const sharing = input.list.lists.filter(
					(l) => admitted.includes(l.id) && !keeping.has(l.id)
				);
				const shares =
					left > 0 && sharing.length > 0
						? share({
								...input.list,
								lists: sharing,
								seats: left,
								threshold: 0,
								secondParty: 'off'
							}).seats.seats
						: {};
				for (const id of admitted)
					final[id] = keeping.has(id) ? districtSeats[id]! : (shares[id] ?? 0);
				const over = admitted.filter((id) => !keeping.has(id) && districtSeats[id]! > final[id]!);
				if (over.length === 0) break;
				keeping = new Set([...keeping, ...over]);
			}
		}
	}

	const listSeats = Object.fromEntries(
		ids.map((id) => [id, Math.max(0, final[id]! - districtSeats[id]!)])
	);
	return { houseSize, listSeats, districtSeats, independents, allocation, entitlement, overhang };
}
