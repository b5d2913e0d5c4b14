/** The seat ranges a Monte-Carlo result gives the tally beside the chamber (see ranges.svelte.ts). */
import type { MonteCarloResult } from '../scenario/montecarlo';
import { INDEPENDENT_ROW } from '../explain/change';

/** Seats in 90 of 100 simulated elections: from the 5th to the 95th percentile. */
export interface SeatRange {
	readonly low: number;
	readonly high: number;
}

export interface SeatRanges {
	readonly runs: number;
	readonly error: number;
	/** By tally row id: a party's id, or 'independent' for self-nominated winners. */
	readonly byRow: ReadonlyMap<string, SeatRange>;
}

/** The ranges a result gives, by tally row id. */
export function seatRanges(result: MonteCarloResult): SeatRanges {
	const byRow = new Map<string, SeatRange>();
	for (const p of result.parties) byRow.set(p.id, { low: p.seats.p5, high: p.seats.p95 });
	byRow.set(INDEPENDENT_ROW, { low: result.independents.p5, high: result.independents.p95 });
	return { runs: result.runs, error: result.error, byRow };
}
