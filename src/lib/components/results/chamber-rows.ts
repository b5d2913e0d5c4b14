/**
 * Which parties a results table shows, and how a seat count compares with a reference chamber.
 * Pure helpers, kept apart from the markup so that they can be tested without a browser.
 */
import { fateOf, sameParty } from '$lib/data/lineage';
import type { Chamber, PartyResult } from '$lib/scenario/simulate';
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

/**
 * The parties to list, in registration order: the lists on the ballot, any party holding a seat,
 * and every list of the real ballot (one the scenario keeps off still shows what it lost).
 * Placeholders with no support, and parties never on the real ballot that are not on this one,
 * are left out and named apart, so that the official 2023 view lists exactly its seven lists.
 */
const onRealBallot = (scenario: Scenario, id: string) =>
	scenario.parties.find((p) => p.id === id)?.onOfficialBallot ?? false;

export function partitionParties(
	scenario: Scenario,
	chamber: Chamber
): {
	readonly shown: readonly PartyResult[];
	readonly placeholders: readonly string[];
	readonly offBallot: readonly string[];
} {
	const shown: PartyResult[] = [];
	const placeholders: string[] = [];
	const offBallot: string[] = [];
	for (const party of chamber.parties) {
		if (isPlaceholder(scenario, party)) placeholders.push(party.id);
		else if (!party.onBallot && party.seats === 0 && !onRealBallot(scenario, party.id)) {
			offBallot.push(party.id);
		} else shown.push(party);
	}
	return { shown, placeholders, offBallot };
}

/**
 * Seats a party (or INDEPENDENT, the self-nominated winners) holds in a chamber, under its own id
 * or any id the same party had in another year (Nur Otan is Amanat; see data/lineage.ts).
 */
export function seatsIn(chamber: Chamber, id: string): number {
	if (id === INDEPENDENT) return chamber.independents;
	return chamber.parties.filter((p) => sameParty(p.id, id)).reduce((a, p) => a + p.seats, 0);
}

/**
 * A change in seats; `absent` when the party held no seat in the reference chamber; `merged` when
 * the party had joined another by the reference election, so that no count compares with it.
 */
export type SeatChange =
	| { readonly kind: 'absent' }
	| { readonly kind: 'merged'; readonly into: string; readonly date: string | null }
	| { readonly kind: 'delta'; readonly delta: number };

/**
 * The change from a reference chamber, following renames (data/lineage.ts). Self-nominated
 * winners always compare by number: they are a kind of seat, not a party that may or may not
 * have sat.
 */
export function seatChange(reference: Chamber, id: string, seats: number): SeatChange {
	if (id === INDEPENDENT) return { kind: 'delta', delta: seats - reference.independents };
	const before = seatsIn(reference, id);
	if (before > 0) return { kind: 'delta', delta: seats - before };
	const fate = fateOf(
		id,
		reference.parties.map((p) => p.id)
	);
	if (fate.kind === 'merged') return { kind: 'merged', into: fate.into, date: fate.date };
	return { kind: 'absent' };
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

/**
 * What to say beside the chamber when only one list passes the threshold: the law admitted the
 * runner-up from 2012 to 2021 (and may still); with the rule off, one list takes every list seat.
 * @see shared/domain/kazakhstan-majilis.md §3.3
 */
export type OnlyOneList =
	| { readonly kind: 'rule-off'; readonly passed: string }
	| { readonly kind: 'runner-up'; readonly passed: string; readonly runnerUp: string };

export function onlyOneList(chamber: Chamber): OnlyOneList | null {
	const threshold = chamber.allocation?.threshold;
	if (!threshold) return null;
	const passed = threshold.rows.filter((r) => r.admission === 'passed');
	const below = threshold.rows.some((r) => r.admission === 'below-threshold');
	if (passed.length !== 1) return null;
	if (threshold.runnerUp !== null) {
		return { kind: 'runner-up', passed: passed[0]!.id, runnerUp: threshold.runnerUp };
	}
	return below ? { kind: 'rule-off', passed: passed[0]!.id } : null;
}
