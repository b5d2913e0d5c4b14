/**
 * Which parties a results table shows, and how a seat count compares with a reference chamber.
 * Pure helpers, kept apart from the markup so that they can be tested without a browser.
 */
import type { Chamber, PartyResult } from '$lib/engine/simulate';
import { INDEPENDENT } from '$lib/i18n';
import type { Scenario } from '$lib/scenario/types';

/**
 * A party students may fill in ("A new party"): not on the real ballot, given no support, and
 * holding no seat. Shown as a row it would read as a real list with no votes, so tables leave it
 * out and say so.
 */
export function isPlaceholder(scenario: Scenario, party: PartyResult): boolean {
	const input = scenario.parties.find((p) => p.id === party.id);
	return (
		input !== undefined &&
		!input.onOfficialBallot &&
		input.support === 0 &&
		party.votes === 0 &&
		party.seats === 0
	);
}

/** The parties to list, in registration order, and the placeholders left out. */
export function partitionParties(
	scenario: Scenario,
	chamber: Chamber
): { readonly shown: readonly PartyResult[]; readonly placeholders: readonly string[] } {
	const shown: PartyResult[] = [];
	const placeholders: string[] = [];
	for (const party of chamber.parties) {
		if (isPlaceholder(scenario, party)) placeholders.push(party.id);
		else shown.push(party);
	}
	return { shown, placeholders };
}

/** Seats a party (or INDEPENDENT, the self-nominated winners) holds in a chamber. */
export function seatsIn(chamber: Chamber, id: string): number {
	if (id === INDEPENDENT) return chamber.independents;
	return chamber.parties.find((p) => p.id === id)?.seats ?? 0;
}

/** A change in seats, or `absent` when the party held no seat in the reference chamber. */
export type SeatChange =
	{ readonly kind: 'absent' } | { readonly kind: 'delta'; readonly delta: number };

/**
 * The change from a reference chamber. Self-nominated winners always compare by number: they are
 * a kind of seat, not a party that may or may not have sat.
 */
export function seatChange(reference: Chamber, id: string, seats: number): SeatChange {
	const before = seatsIn(reference, id);
	if (id !== INDEPENDENT && before === 0) return { kind: 'absent' };
	return { kind: 'delta', delta: seats - before };
}

/** The majority lines (name and seats) that a party's seats reach. */
export function linesReached(
	chamber: Chamber,
	id: string
): readonly { readonly name: string; readonly seats: number }[] {
	return chamber.majorities
		.filter((line) => line.reachedBy.includes(id))
		.map((line) => ({ name: line.name, seats: line.seats }));
}

/**
 * Seats won in districts, by parties and self-nominated candidates together; the rest of the
 * house is the list tier (filled or not).
 */
export function districtWinners(chamber: Chamber): number {
	return chamber.parties.reduce((a, p) => a + p.districtSeats, 0) + chamber.independents;
}

/**
 * An engine name as an ICU select key: ICU selectors cannot contain hyphens, so 'two-thirds'
 * becomes 'twoThirds'.
 */
export function messageSelector(name: string): string {
	return name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
}
