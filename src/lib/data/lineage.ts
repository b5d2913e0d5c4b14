/**
 * Which party became which: renames, mergers, and the same party recorded under two ids in the
 * data. Comparisons between chambers of different years follow these links, so that Nur Otan in
 * 2021 is compared with Amanat in 2023 rather than reported as a party with "no seat in 2023".
 *
 * - `renamed`: the same party under a new name; seats compare one to one.
 * - `same-party`: the same party, whose id differs between years in the data only (the fact sheet
 *   abbreviates the Social Democrats OSDP in some years and JSDP in others).
 * - `merged`: the party joined another and ceased to exist; its seats are not compared with the
 *   party it joined (that party's seats were never its own), the table says it merged instead.
 *
 * Dates are ISO dates, or a year where only the year is sourced.
 */
import type { SourceId } from './sources';

export type LineageKind = 'renamed' | 'same-party' | 'merged';

export interface LineageLink {
	readonly from: string;
	readonly to: string;
	readonly kind: LineageKind;
	/** ISO date or year; null for `same-party`, which is not an event. */
	readonly date: string | null;
	readonly sources: readonly SourceId[];
}

export const LINEAGE: readonly LineageLink[] = [
	{
		from: 'nurotan',
		to: 'amanat',
		kind: 'renamed',
		date: '2022-03-01',
		sources: ['inform_2022_amanat_congress', 'gov_kz_2022_amanat']
	},
	{
		from: 'cppk',
		to: 'knpk',
		kind: 'same-party',
		date: null,
		sources: ['frwiki_2007', 'kazinform_2016']
	},
	{
		from: 'knpk',
		to: 'npk',
		kind: 'renamed',
		date: '2020-11-11',
		sources: ['zhaikpress_2020_npk']
	},
	{ from: 'npk', to: 'qhp', kind: 'same-party', date: null, sources: ['astanatimes_2023_final'] },
	{ from: 'osdp', to: 'jsdp', kind: 'same-party', date: null, sources: ['astanatimes_2023_final'] },
	{ from: 'adilet', to: 'birlik', kind: 'merged', date: '2013-04-26', sources: ['wiki_adal'] },
	{ from: 'rukhaniyat', to: 'birlik', kind: 'merged', date: '2013-04-26', sources: ['wiki_adal'] },
	{ from: 'birlik', to: 'adal', kind: 'renamed', date: '2020', sources: ['wiki_adal'] },
	{
		from: 'adal',
		to: 'amanat',
		kind: 'merged',
		date: '2022-04-26',
		sources: ['inform_2022_amanat_congress', 'wiki_adal']
	}
];

const linkFrom = new Map(LINEAGE.map((link) => [link.from, link]));

/**
 * The id under which a party is known in a later election: the end of its chain of renames and
 * same-party links. A merger ends the chain (the party stops being itself).
 */
export function identityOf(id: string): string {
	let current = id;
	const seen = new Set<string>();
	for (let link = linkFrom.get(current); link && link.kind !== 'merged';) {
		if (seen.has(current)) break;
		seen.add(current);
		current = link.to;
		link = linkFrom.get(current);
	}
	return current;
}

/** Whether two ids name the same party, through renames and id changes. */
export function sameParty(a: string, b: string): boolean {
	return identityOf(a) === identityOf(b);
}

/** What became of a party after the election it stood in, for a label like "(now Amanat)". */
export type Fate =
	| { readonly kind: 'same' }
	| { readonly kind: 'now'; readonly id: string; readonly date: string | null }
	| { readonly kind: 'merged'; readonly into: string; readonly date: string | null };

/**
 * The party's fate as seen from `presentIds` (the parties of the election it is compared with):
 * the same party, now under another id (renamed), or merged into another party.
 */
export function fateOf(id: string, presentIds: readonly string[]): Fate {
	if (presentIds.includes(id)) return { kind: 'same' };
	let current = id;
	let date: string | null = null;
	const seen = new Set<string>();
	for (let link = linkFrom.get(current); link && !seen.has(current); link = linkFrom.get(current)) {
		seen.add(current);
		// Named as the party it joined was called then: Adilet joined Birlik (later Adal) in 2013.
		if (link.kind === 'merged') return { kind: 'merged', into: link.to, date: link.date };
		current = link.to;
		if (link.kind === 'renamed') date = link.date;
		if (presentIds.includes(current)) return { kind: 'now', id: current, date };
	}
	return { kind: 'same' };
}
