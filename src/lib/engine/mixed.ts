/**
 * Putting the two tiers together.
 * - Parallel (the law since 2023): list seats are shared by list votes alone; district seats are
 *   added on top. @see shared/domain/kazakhstan-majilis.md §3.4
 * - Compensatory (mixed-member proportional): the whole house, less the seats won by
 *   self-nominated candidates, is shared by list votes; each party's list seats fill the gap
 *   between that share and its district seats. A party with more districts than its share keeps
 *   them (overhang): either the others share what is left (`fixed-house`) or the house grows
 *   (`extra-seats`). @see https://en.wikipedia.org/wiki/Mixed-member_proportional_representation
 */
import { allocate, type Allocation, type AllocationInput } from './allocate';

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
	/** Seats actually in the house (grows only with extra overhang seats). */
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

export function combineTiers(input: MixedInput): MixedResult {
	const ids = input.list.lists.map((l) => l.id);
	const independents = input.districtWins.independent ?? 0;
	const districtSeats: Record<string, number> = {};
	for (const id of ids) districtSeats[id] = input.districtWins[id] ?? 0;
	const zero = () => Object.fromEntries(ids.map((id) => [id, 0])) as Record<string, number>;
	const listSeatCount = input.totalSeats - input.districtSeats;

	if (input.mixed === 'parallel') {
		const allocation = listSeatCount > 0 ? allocate({ ...input.list, seats: listSeatCount }) : null;
		return {
			houseSize: input.totalSeats,
			listSeats: allocation ? { ...allocation.seats } : zero(),
			districtSeats,
			independents,
			allocation,
			entitlement: null,
			overhang: zero()
		};
	}

	// Compensatory: the proportional pool is the house less self-nominated winners.
	const pool = input.totalSeats - independents;
	const allocation = pool > 0 ? allocate({ ...input.list, seats: pool }) : null;
	const entitlement = allocation ? { ...allocation.seats } : zero();
	const overhang = zero();
	const final = { ...entitlement };

	if (input.overhang === 'extra-seats') {
		for (const id of ids) {
			overhang[id] = Math.max(0, districtSeats[id]! - entitlement[id]!);
			final[id] = Math.max(entitlement[id]!, districtSeats[id]!);
		}
	} else if (allocation?.status === 'allocated') {
		// Fixed house: parties whose districts reach their share keep them and leave the pool;
		// the rest share what is left, again by the same method, until no one is over.
		const admitted = allocation.threshold.admitted;
		let keeping = new Set(ids.filter((id) => districtSeats[id]! >= entitlement[id]!));
		for (;;) {
			const left = pool - [...keeping].reduce((a, id) => a + districtSeats[id]!, 0);
			const sharing = input.list.lists.filter((l) => admitted.includes(l.id) && !keeping.has(l.id));
			const shares =
				left > 0 && sharing.length > 0
					? allocate({
							...input.list,
							lists: sharing,
							seats: left,
							threshold: 0,
							secondParty: 'off'
						}).seats
					: {};
			for (const id of ids) final[id] = keeping.has(id) ? districtSeats[id]! : (shares[id] ?? 0);
			const over = ids.filter((id) => !keeping.has(id) && districtSeats[id]! > final[id]!);
			if (over.length === 0) break;
			keeping = new Set([...keeping, ...over]);
		}
		for (const id of ids) overhang[id] = Math.max(0, districtSeats[id]! - entitlement[id]!);
	} else {
		for (const id of ids) final[id] = districtSeats[id]!;
	}

	const listSeats = Object.fromEntries(
		ids.map((id) => [id, Math.max(0, final[id]! - districtSeats[id]!)])
	);
	const houseSize =
		ids.reduce((a, id) => a + listSeats[id]! + districtSeats[id]!, 0) + independents;
	return { houseSize, listSeats, districtSeats, independents, allocation, entitlement, overhang };
}
