/**
 * What changed between two chambers, and the main reason why: the data behind the tally beside the
 * chamber ("Amanat 68 (+6)", "People's Party 0 (−5), below 7 %") and the one sentence under it.
 * Pure; parties are matched through renames (data/lineage.ts), so a 2021 chamber compares with
 * 2023 party by party.
 */
import { sameParty } from '../data/lineage';
import type { AccessFailure, PartyAccess } from '../engine/ballot-access';
import type { MethodId } from '../engine/methods';
import type { Chamber } from '../scenario/model';
import type { Scenario } from '../scenario/types';

/** Why a party holds no list seat. */
export type Standing =
	| { readonly kind: 'in' }
	/** Its list was below the threshold; `percent` of the threshold base, `threshold` the line. */
	| { readonly kind: 'below-threshold'; readonly percent: number; readonly threshold: number }
	/** It could not stand: kept off the ballot by the barriers. */
	| { readonly kind: 'off-ballot' };

export interface TallyRow {
	/** A party id, or 'independent' for self-nominated winners, or 'appointed' for the APK seats. */
	readonly id: string;
	readonly seats: number;
	/** Seats in the reference chamber under the same party (through renames); null if none there. */
	readonly before: number | null;
	readonly delta: number;
	readonly standing: Standing;
}

export const INDEPENDENT_ROW = 'independent';
export const APPOINTED_ROW = 'appointed';

function seatsOf(chamber: Chamber, id: string): number | null {
	if (id === INDEPENDENT_ROW) return chamber.independents;
	if (id === APPOINTED_ROW) return chamber.appointed;
	const matches = chamber.parties.filter((p) => sameParty(p.id, id));
	if (matches.length === 0) return null;
	return matches.reduce((a, p) => a + p.seats, 0);
}

function standingOf(chamber: Chamber, id: string, threshold: number): Standing {
	const party = chamber.parties.find((p) => p.id === id);
	if (party && !party.onBallot) return { kind: 'off-ballot' };
	const row = chamber.allocation?.threshold.rows.find((r) => r.id === id);
	if (row?.admission === 'below-threshold') {
		const percent =
			Number(row.share.den) > 0 ? (100 * Number(row.share.num)) / Number(row.share.den) : 0;
		return { kind: 'below-threshold', percent, threshold };
	}
	return { kind: 'in' };
}

/**
 * One row per party that holds a seat now or held one in the reference chamber, in the order of
 * the chamber (registration order), then self-nominated winners and appointed seats where either
 * chamber has them.
 */
export function tallyRows(chamber: Chamber, reference: Chamber, threshold: number): TallyRow[] {
	const rows: TallyRow[] = [];
	const row = (id: string, seats: number): TallyRow => {
		const before = seatsOf(reference, id);
		return {
			id,
			seats,
			before,
			delta: seats - (before ?? 0),
			standing: standingOf(chamber, id, threshold)
		};
	};
	for (const party of chamber.parties) {
		const before = seatsOf(reference, party.id) ?? 0;
		if (party.seats > 0 || before > 0) rows.push(row(party.id, party.seats));
	}
	// Parties of the reference chamber that this one does not have at all (another election's).
	for (const party of reference.parties) {
		if (party.seats > 0 && !chamber.parties.some((p) => sameParty(p.id, party.id))) {
			rows.push({
				id: party.id,
				seats: 0,
				before: party.seats,
				delta: -party.seats,
				standing: { kind: 'in' }
			});
		}
	}
	if (chamber.independents > 0 || reference.independents > 0) {
		rows.push(row(INDEPENDENT_ROW, chamber.independents));
	}
	if (chamber.appointed > 0 || reference.appointed > 0) {
		rows.push(row(APPOINTED_ROW, chamber.appointed));
	}
	return rows;
}

/** The main cause of a change, for one plain sentence under the chamber. */
export type Cause =
	| { readonly kind: 'none' }
	/** Lists that held seats before fell below the threshold (or off the ballot); who gained. */
	| {
			readonly kind: 'dropped';
			readonly reason: 'below-threshold' | 'off-ballot';
			readonly dropped: readonly TallyRow[];
			readonly seats: number;
			readonly gainers: readonly TallyRow[];
	  }
	/** Lists that had no seat before now have some; who lost. */
	| {
			readonly kind: 'entered';
			readonly entered: readonly TallyRow[];
			readonly losers: readonly TallyRow[];
	  }
	/** Seats moved without any list entering or leaving. */
	| {
			readonly kind: 'moved';
			readonly gainers: readonly TallyRow[];
			readonly losers: readonly TallyRow[];
	  };

const byGain = (a: TallyRow, b: TallyRow) => b.delta - a.delta;
const byLoss = (a: TallyRow, b: TallyRow) => a.delta - b.delta;

/** The cause that explains most of the change: lists leaving, lists entering, or seats moving. */
export function mainCause(rows: readonly TallyRow[]): Cause {
	const gainers = rows.filter((r) => r.delta > 0).sort(byGain);
	const losers = rows.filter((r) => r.delta < 0).sort(byLoss);
	if (gainers.length === 0 && losers.length === 0) return { kind: 'none' };
	const dropped = losers.filter((r) => r.seats === 0 && r.standing.kind !== 'in');
	if (dropped.length > 0) {
		const reason = dropped.some((r) => r.standing.kind === 'off-ballot')
			? 'off-ballot'
			: 'below-threshold';
		const same = dropped.filter((r) => r.standing.kind === reason);
		return {
			kind: 'dropped',
			reason,
			dropped: same,
			seats: same.reduce((a, r) => a - r.delta, 0),
			gainers
		};
	}
	const entered = gainers.filter((r) => (r.before ?? 0) === 0);
	if (entered.length > 0) return { kind: 'entered', entered, losers };
	return { kind: 'moved', gainers, losers };
}

/**
 * A rule that decides how seats are shared and differs from the reference scenario's, so that the
 * sentence under the chamber can say how the rule works: what the threshold is counted on, the
 * seat formula, how the two tiers combine, the size of the house and the split between list and
 * district seats.
 */
export type RuleChange =
	| { readonly kind: 'method'; readonly method: MethodId }
	| { readonly kind: 'mixed'; readonly mixed: Scenario['mixed'] }
	| {
			readonly kind: 'base';
			readonly base: Scenario['list']['thresholdBase'];
			/** The fewest votes that reach the threshold now and in the reference; null if unknown. */
			readonly needed: number | null;
			readonly before: number | null;
	  }
	| {
			readonly kind: 'house';
			readonly total: number;
			readonly before: number;
			readonly lists: number;
	  }
	| {
			readonly kind: 'split';
			readonly districts: number;
			readonly before: number;
			readonly total: number;
	  };

/** A scenario with its chamber. */
export interface Compared {
	readonly scenario: Scenario;
	readonly chamber: Chamber;
}

/** The rules of `now` that decide the sharing of seats and differ from `reference`'s. */
export function ruleChanges(
	{ scenario: reference, chamber: before }: Compared,
	{ scenario: now, chamber: after }: Compared
): RuleChange[] {
	const changes: RuleChange[] = [];
	if (now.list.thresholdBase !== reference.list.thresholdBase) {
		changes.push({
			kind: 'base',
			base: now.list.thresholdBase,
			needed: after.allocation?.threshold.minimumVotes ?? null,
			before: before.allocation?.threshold.minimumVotes ?? null
		});
	}
	if (now.list.method !== reference.list.method) {
		changes.push({ kind: 'method', method: now.list.method });
	}
	if (now.mixed !== reference.mixed) changes.push({ kind: 'mixed', mixed: now.mixed });
	if (now.totalSeats !== reference.totalSeats) {
		changes.push({
			kind: 'house',
			total: now.totalSeats,
			before: reference.totalSeats,
			lists: now.totalSeats - now.districtSeats
		});
	}
	if (now.districtSeats !== reference.districtSeats) {
		changes.push({
			kind: 'split',
			districts: now.districtSeats,
			before: reference.districtSeats,
			total: now.totalSeats
		});
	}
	return changes;
}

/** Why a party that lost its seats could not stand: the first rule it failed. */
export interface KeptOff {
	readonly party: string;
	readonly failure: AccessFailure;
	/** Its membership is an assumption (no published figure). */
	readonly assumed: boolean;
}

/** For a change whose main cause is lists kept off the ballot, why each one was. */
export function keptOffReasons(
	cause: Cause,
	access: readonly PartyAccess[],
	scenario: Scenario
): KeptOff[] {
	if (cause.kind !== 'dropped' || cause.reason !== 'off-ballot') return [];
	return cause.dropped.flatMap((row) => {
		const failure = access.find((a) => a.id === row.id)?.failures[0];
		const party = scenario.parties.find((p) => p.id === row.id);
		if (!failure || !party) return [];
		return [{ party: row.id, failure, assumed: party.capacitySource.includes('assumption') }];
	});
}
