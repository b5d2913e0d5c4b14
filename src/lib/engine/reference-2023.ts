/**
 * The 2023 Majilis worked out by the independent reference implementation, for tests that need an
 * expected chamber they did not get from the engine: the official list votes (data/elections.ts,
 * each figure with its source) shared by `referenceAllocate` under the given list rules, plus the
 * official district result (Amanat 22, self-nominated 7). With no changes it gives the official
 * chamber, which reference.test.ts checks. For tests only: nothing in the app imports this file.
 */
import { officialElection } from '../data/elections';
import type { MethodId } from './methods';
import { referenceAllocate } from './reference';
import type { SecondPartyRule, ThresholdBase } from './threshold';

const election = officialElection(2023)!;

export interface Reference2023Rules {
	/** List seats to share (69 in 2023). */
	readonly listSeats?: number;
	readonly threshold?: number;
	readonly thresholdBase?: ThresholdBase;
	readonly method?: MethodId;
	readonly secondParty?: SecondPartyRule;
	/** Other list votes for some parties, e.g. the integrity lens's adjusted count. */
	readonly votes?: Readonly<Record<string, number>>;
	/** Other against-all and invalid counts, with `votes`. */
	readonly againstAll?: number;
	readonly invalid?: number;
	/** Whether the 29 official district seats are in the chamber (true unless said otherwise). */
	readonly districts?: boolean;
}

export interface Reference2023 {
	/** List seats by party id. */
	readonly list: Readonly<Record<string, number>>;
	/** List and district seats by party id. */
	readonly total: Readonly<Record<string, number>>;
	/** Self-nominated district winners. */
	readonly independents: number;
}

export function reference2023(rules: Reference2023Rules = {}): Reference2023 {
	const { seats } = referenceAllocate({
		lists: election.lists.map((l) => ({ id: l.id, votes: rules.votes?.[l.id] ?? l.votes })),
		seats: rules.listSeats ?? election.listSeats,
		method: rules.method ?? 'hare',
		threshold: rules.threshold ?? election.threshold,
		thresholdBase: rules.thresholdBase ?? election.thresholdBase,
		againstAll: rules.againstAll ?? election.againstAll!,
		invalid: rules.invalid ?? election.invalid!,
		secondParty: rules.secondParty ?? 'off'
	});
	const districts = rules.districts ?? true;
	const total = Object.fromEntries(
		election.lists.map((l) => [l.id, seats[l.id]! + (districts ? (l.districtSeats ?? 0) : 0)])
	);
	return {
		list: seats,
		total,
		independents: districts ? election.independentDistrictSeats : 0
	};
}
