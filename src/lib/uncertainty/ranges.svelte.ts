/**
 * The seat ranges of the last finished Monte-Carlo run, for the tally beside the chamber. The
 * uncertainty panel publishes them with the scenario object it ran; the tally shows them only
 * while the simulator's scenario is that very object. The simulator replaces its scenario on
 * every change, so a change clears the ranges at once — nothing is compared or computed on the
 * input path — and the next finished run draws them again.
 */
import type { MonteCarloResult } from '../scenario/montecarlo';
import type { Scenario } from '../scenario/types';
import { seatRanges, type SeatRanges } from './ranges';

class PublishedRanges {
	#last: { scenario: Scenario; ranges: SeatRanges } | null = $state.raw(null);

	/** The panel's finished run for `scenario` (the object it was given, not a copy). */
	publish(scenario: Scenario, result: MonteCarloResult): void {
		this.#last = { scenario, ranges: seatRanges(result) };
	}

	/** The ranges for this scenario object, or null when the last run was for another. */
	for(scenario: Scenario): SeatRanges | null {
		return this.#last?.scenario === scenario ? this.#last.ranges : null;
	}
}

export const publishedRanges = new PublishedRanges();
