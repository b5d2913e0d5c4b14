/**
 * The sources the About page lists and cites: every id of SOURCES and REGION_SOURCES, once,
 * grouped by what they document. Pure data shaping; titles for people are in the catalogue
 * (`about.source.<id>`), and an id added to the data later still shows, in the last group.
 */
import { publisherHost } from '$lib/data/publishers';
import { REGION_SOURCES, type RegionSourceId } from '$lib/data/region-sources';
import { SOURCES, type SourceId } from '$lib/data/sources';
import aboutMessages from '$lib/i18n/en/about.json';
import type { MessageKey } from '$lib/i18n/translate';

export type AnySourceId = SourceId | RegionSourceId;

export interface SourceEntry {
	readonly id: string;
	/** A web address, or null where none was recorded (the data keep a note instead). */
	readonly url: string | null;
	/** The address's host without "www.", shown beside the title; null without an address. */
	readonly host: string | null;
}

export type SourceGroupId = 'law' | 'results' | 'access' | 'regions' | 'polls' | 'other';

export interface SourceGroup {
	readonly id: SourceGroupId;
	readonly entries: readonly SourceEntry[];
}

/** Where each source belongs. An id may appear in one group only. */
const GROUPS: Readonly<Record<Exclude<SourceGroupId, 'other'>, readonly AnySourceId[]>> = {
	law: [
		'adilet_law_en',
		'ipu_parline',
		'tegobmx_art97',
		'qazaqstan_press_method',
		'blog_2009_change',
		'ani_2021_threshold',
		'eiu_2021_threshold',
		'kazinform_2021_proposal',
		'karin_10_innovations',
		'vlast_2023_law_changes',
		'interfax_2023',
		'ofstrategy_districts',
		'sailaunews_history',
		'ipu_2007',
		'astanatimes_apk_2021',
		'astanatimes_eligibility',
		'kazembus_quota_2020',
		'law_105VII_2022',
		'senate_2022_quota',
		'astanatimes_quota_2023'
	],
	results: [
		'astanatimes_2023_final',
		'vlast_2023_final',
		'newtimes_2023_final',
		'kazinform_2023_final',
		'kt_2023_turnout',
		'newsaz_tass_2023_smd',
		'ria_2023',
		'karibayeva_anselmo_2023',
		'electionguide_2023',
		'wiki_2023_mirror',
		'almatytv_2021',
		'zonakz_2021',
		'qazaqstan_press_2021_counterfactual',
		'kazinform_2016',
		'wikivisually_2012',
		'reuters_2012',
		'frwiki_2007',
		'dewiki_2007',
		'prg_2004_cec',
		'newslt_2004',
		'cnn_2004',
		'uncensored_2004',
		'wiki_2004_mirror',
		'kazinform_pres2022',
		'astanatimes_pres2022'
	],
	access: [
		'osce_2002_parties',
		'hrw_2004_parties',
		'qazaqtv_2020',
		'vlast_2022_parties',
		'astanatimes_2022_parties',
		'adyrna_2022_parties',
		'baytaq_registration',
		'stanradar_parties',
		'misk_parties_2022',
		'namys_stage1',
		'cabar_2023',
		'rferl_alga_17',
		'rferl_alga_21',
		'baigenews_2024',
		'aqmolanews_deposit',
		'kazinform_2016_deposit',
		'astanatimes_2023_nominations',
		'ulysmedia_2023_lists',
		'sailaunews_smd_registration',
		'vlast_lawsuits'
	],
	regions: [
		'bns_pop_2023_csv',
		'kazinform_2023_turnout_regions',
		'kapital_2023_register',
		'kazinform_register_jan2023',
		'kapital_astana_maslikhat',
		'karaganda_maslikhat_2023',
		'kostanay_maslikhat_2023',
		'kyzylorda_news_2023',
		'nko_maslikhat_2023',
		'wiki_constituencies',
		'wiki_district_1',
		'wiki_district_3',
		'wiki_district_6',
		'wiki_district_7',
		'wiki_district_8',
		'wiki_district_11',
		'wiki_district_12',
		'wiki_district_19',
		'ulysmedia_2023_d4'
	],
	polls: [
		'demoscope_2023',
		'publicopinion_2023',
		'instdem_2023',
		'instdem_almaty_2023',
		'elkz_almaty_poll',
		'cabar_2021_sandzh'
	]
};

const ALL: Readonly<Record<string, { readonly url: string }>> = { ...REGION_SOURCES, ...SOURCES };

/** The host of an http(s) address, or null for anything else (e.g. a source with no address). */
export const hostOf = publisherHost;

/** One source by id; its address only when it is a real web address. */
export function sourceEntry(id: string): SourceEntry {
	const raw = ALL[id]?.url ?? '';
	const host = hostOf(raw);
	return { id, url: host === null ? null : raw, host };
}

/** Every known source, once, in its group; ids no group names go to 'other'. */
export function groupedSources(): SourceGroup[] {
	const placed = new Set<string>();
	const groups: SourceGroup[] = Object.entries(GROUPS).map(([id, ids]) => {
		for (const sourceId of ids) placed.add(sourceId);
		return { id: id as SourceGroupId, entries: ids.filter((s) => s in ALL).map(sourceEntry) };
	});
	const rest = Object.keys(ALL)
		.filter((id) => !placed.has(id))
		.sort()
		.map(sourceEntry);
	if (rest.length > 0) groups.push({ id: 'other', entries: rest });
	return groups;
}

/** The catalogue key of a source's title, or null when the catalogue has none for it. */
export function sourceTitleKey(id: string): MessageKey | null {
	const key = `about.source.${id}`;
	return Object.hasOwn(aboutMessages, key) ? (key as MessageKey) : null;
}
