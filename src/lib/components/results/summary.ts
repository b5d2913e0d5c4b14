/**
 * The chamber in words: the largest party's seats and the majority lines. The same sentences are
 * shown on the page and read by the polite live region after each change, so they are pure.
 */
import type { Chamber, PartyResult } from '$lib/scenario/simulate';
import { formatList, partyName, type AppLocale, type Translate } from '$lib/i18n';
import type { Scenario } from '$lib/scenario/types';
import { districtWinners, messageSelector } from './chamber-rows';

/** The party with the most seats; on equal seats the one registered first. */
function largestParty(chamber: Chamber): PartyResult | undefined {
	return chamber.parties.reduce<PartyResult | undefined>(
		(best, p) => (best === undefined || p.seats > best.seats ? p : best),
		undefined
	);
}

/** The highest majority line a party's seats reach, or 'none'. */
function standing(chamber: Chamber, id: string): string {
	const reached = chamber.majorities.filter((line) => line.reachedBy.includes(id));
	return messageSelector(reached.at(-1)?.name ?? 'none');
}

/**
 * One sentence on the largest party, e.g. "Amanat: 46 of 69 list seats, 68 of 98 — above
 * two-thirds." The list part is left out when the house has no list tier.
 */
export function summariseChamber(
	scenario: Scenario,
	chamber: Chamber,
	t: Translate,
	locale: AppLocale
): string {
	const house = chamber.houseSize;
	const largest = largestParty(chamber);
	if (!largest || largest.seats === 0) {
		return t('results.summary.noParty', { independents: chamber.independents, house });
	}
	const values = {
		party: partyName(scenario, largest.id, locale, t),
		list: largest.listSeats,
		listTotal: house - districtWinners(chamber) - chamber.appointed,
		seats: largest.seats,
		house,
		standing: t('results.summary.standing', { line: standing(chamber, largest.id) })
	};
	return values.listTotal > 0
		? t('results.summary.largest', values)
		: t('results.summary.largestNoList', values);
}

/** One sentence per majority line: who reaches it alone, or that no party does. */
export function majoritySentences(
	scenario: Scenario,
	chamber: Chamber,
	t: Translate,
	locale: AppLocale
): string[] {
	return chamber.majorities.map((line) => {
		const values = {
			line: t('results.line.title', { line: messageSelector(line.name) }),
			needed: line.seats,
			house: chamber.houseSize
		};
		if (line.reachedBy.length === 0) return t('results.majority.none', values);
		return t('results.majority.reached', {
			...values,
			parties: formatList(
				line.reachedBy.map((id) => partyName(scenario, id, locale, t)),
				locale
			),
			count: line.reachedBy.length
		});
	});
}
