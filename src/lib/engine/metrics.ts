/**
 * How proportional a result is. These are descriptive figures for display; no seat depends on
 * them, so ordinary floating point is used.
 *
 * Shares are taken of all valid votes — votes for lists plus against-all — because a vote against
 * all is a vote cast that elects no one; against-all enters as a zero-seat entry. The effective
 * number of parties by votes counts parties only (against-all is not a party).
 */

export interface VotesAndSeats {
	readonly votes: number;
	readonly seats: number;
}

export interface Metrics {
	/** Gallagher's least-squares index, in percentage points. */
	readonly gallagher: number;
	/** Loosemore–Hanby index, in percentage points. */
	readonly loosemoreHanby: number;
	readonly effectivePartiesByVotes: number;
	readonly effectivePartiesBySeats: number;
	/** Votes for lists that won no seat, plus against-all. */
	readonly wastedVotes: number;
	/** wastedVotes as a percentage of all valid votes. */
	readonly wastedPercent: number;
}

function shares(values: readonly number[]): number[] {
	const total = values.reduce((a, b) => a + b, 0);
	return values.map((v) => (total > 0 ? (100 * v) / total : 0));
}

/** Disproportionality needs both votes and seats to compare; without either it is taken as 0. */
function comparable(rows: readonly VotesAndSeats[]): boolean {
	return rows.some((r) => r.votes > 0) && rows.some((r) => r.seats > 0);
}

/**
 * LSq = √(½ Σ (vᵢ − sᵢ)²), shares in percent.
 * @see M. Gallagher, "Proportionality, disproportionality and electoral systems",
 *      Electoral Studies 10(1), 1991, pp. 33–51
 */
export function gallagherIndex(rows: readonly VotesAndSeats[]): number {
	if (!comparable(rows)) return 0;
	const v = shares(rows.map((r) => r.votes));
	const s = shares(rows.map((r) => r.seats));
	const sum = v.reduce((acc, vi, i) => acc + (vi - s[i]!) ** 2, 0);
	return Math.sqrt(sum / 2);
}

/**
 * LH = ½ Σ |vᵢ − sᵢ|, shares in percent.
 * @see J. Loosemore and V. J. Hanby, "The theoretical limits of maximum distortion",
 *      British Journal of Political Science 1(4), 1971, pp. 467–477
 */
export function loosemoreHanbyIndex(rows: readonly VotesAndSeats[]): number {
	if (!comparable(rows)) return 0;
	const v = shares(rows.map((r) => r.votes));
	const s = shares(rows.map((r) => r.seats));
	return v.reduce((acc, vi, i) => acc + Math.abs(vi - s[i]!), 0) / 2;
}

/**
 * N = 1 / Σ pᵢ², pᵢ the fractional shares; 0 when nothing is shared.
 * @see M. Laakso and R. Taagepera, "'Effective' number of parties", Comparative Political
 *      Studies 12(1), 1979, pp. 3–27
 */
export function effectiveNumberOfParties(values: readonly number[]): number {
	const total = values.reduce((a, b) => a + b, 0);
	if (total <= 0) return 0;
	const sumSquares = values.reduce((acc, v) => acc + (v / total) ** 2, 0);
	return 1 / sumSquares;
}

/** All four measures for lists with their votes and seats, and the against-all vote. */
export function measureProportionality(
	lists: readonly VotesAndSeats[],
	againstAll: number
): Metrics {
	const withAgainstAll = [...lists, { votes: againstAll, seats: 0 }];
	const valid = withAgainstAll.reduce((a, r) => a + r.votes, 0);
	const wastedVotes = withAgainstAll.filter((r) => r.seats === 0).reduce((a, r) => a + r.votes, 0);
	return {
		gallagher: gallagherIndex(withAgainstAll),
		loosemoreHanby: loosemoreHanbyIndex(withAgainstAll),
		effectivePartiesByVotes: effectiveNumberOfParties(lists.map((r) => r.votes)),
		effectivePartiesBySeats: effectiveNumberOfParties(lists.map((r) => r.seats)),
		wastedVotes,
		wastedPercent: valid > 0 ? (100 * wastedVotes) / valid : 0
	};
}
