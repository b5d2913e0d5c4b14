/**
 * Sources the Background page needs beyond the fact sheet's (see sources.ts), each at its
 * original publisher's address only: the Constitution on adilet.zan.kz (the Ministry of
 * Justice's legal database), the Central Election Commission's own release, and news
 * publishers' own sites. A figure on the Background page names one of these ids or a SourceId.
 */
import type { SourceId } from './sources';

export const BACKGROUND_SOURCES = {
	constitution_kz: {
		url: 'https://adilet.zan.kz/eng/docs/K950001000_',
		note: 'Constitution of 30 Aug 1995 as amended (incl. the law of 8 June 2022 adopted at the referendum of 5 June 2022). Art. 50: Senate = two deputies from each region, city of republican significance and the capital + 10 appointed by the President, 5 of them on the proposal of the APK; Majilis = 98 deputies, mixed system. Art. 62: amendments to the Constitution >= 3/4, constitutional laws >= 2/3, other acts a majority, each of the total number of deputies of each Chamber.'
	},
	loc_2022_referendum: {
		url: 'https://www.loc.gov/item/global-legal-monitor/2022-07-20/kazakhstan-newly-adopted-constitutional-amendments-introduce-new-governance-model-and-strengthen-role-of-parliament/',
		note: 'Library of Congress, Global Legal Monitor, 20 Jul 2022: referendum of 5 June 2022 (CEC resolution No. 47/506), 77.18 % in favour; the amendments change how Parliament is formed; effective immediately'
	},
	astanatimes_senate_2023: {
		url: 'https://astanatimes.com/?p=64853',
		note: 'The Astana Times, Jan 2023: the President appoints 10 of the 50 Senate deputies, 5 of them recommended by the APK; before the 2022 amendments he appointed 15; the amendments abolished the APK quota in the Majilis (9) and moved it to the Senate (5)'
	},
	cec_senate_2023: {
		url: 'https://www.election.gov.kz/eng/news/releases/index.php?ID=8068',
		note: 'CEC release of 28 Nov 2022: Senate = two members from each region, city of republican significance and the capital; elected by indirect suffrage by secret ballot by members of maslikhats; 6-year term, half re-elected every 3 years; 14 Jan 2023: one member in each of 20 regions'
	},
	sailaunews_2023_ballots: {
		url: 'https://sailaunews.kz/how-will-the-elections-to-the-mazhilis-and-maslikhats-be-held',
		note: 'Sailau News, 22 Jan 2023 (CEC deputy chair K. Petrov): Majilis and maslikhat elections the same day; four ballots in cities of republican significance, five in regional and district centres; every ballot has "against all"'
	},
	ulysmedia_2023_ballot_order: {
		url: 'https://ulysmedia.kz/news/12884-kak-raspolozhatsia-partii-v-izbiratelnykh-biulleteniakh-opredelili-v-tsik',
		note: "Ulys Media, Feb 2023: the CEC drew lots for the order of parties on the ballot; party representatives drew the numbers: Amanat, Auyl, Respublica, People's Party of Kazakhstan, Baytaq, Ak Zhol, OSDP"
	}
} as const satisfies Record<string, { url: string; note: string }>;

export type BackgroundSourceId = keyof typeof BACKGROUND_SOURCES;

/** Any source the Background page can cite: the fact sheet's or one of the above. */
export type BackgroundCitation = SourceId | BackgroundSourceId;

/** A source as the page cites it: by id, or a law such as the Constitution by its article. */
export type Citation =
	BackgroundCitation | { readonly id: BackgroundCitation; readonly article: number };

/** The id of a citation, with or without an article. */
export const citationId = (c: Citation): BackgroundCitation => (typeof c === 'string' ? c : c.id);
