/**
 * The seat ranges of the last finished Monte-Carlo run, for the tally beside the chamber. The
 * uncertainty panel publishes them with the scenario object it ran; the tally shows them only
 * while the simulator's scenario is that very object. The simulator replaces its scenario on
 * every change, so a change clears the ranges at once — nothing is compared or computed on the
 * input path — and the next finished run draws them again.
 */
import type { Scenario } from '../scenario/types';
import type { SeatRanges } from './ranges';

class PublishedRanges {
	#last: { scenario: Scenario; ranges: SeatRanges } | null = $state.raw(null);

	/**
	 * The ranges of the panel's finished run for `scenario` (the object it was given, not a
	 * copy); the panel works them out (seatRanges), so this module stays small on the page.
	 */
	publish(scenario: Scenario, ranges: SeatRanges): void {
		this.#last = { scenario, ranges };
	}

	/** The ranges for this scenario object, or null when the last run was for another. */
	for(scenario: Scenario): SeatRanges | null {
		return this.#last?.scenario === scenario ? this.#last.ranges : null;
	}
}

export const publishedRanges = new PublishedRanges();
