/**
 * Official list-tier results of the Majilis elections 2007–2023, typed, each figure with its
 * source. Transcribed from shared/domain/kazakhstan-majilis.json (the fact sheet's machine-readable
 * form); `null` means the figure was not found and nothing was estimated.
 *
 * Registration order of the lists is not recorded in any source found, so the lists stand in the
 * order of the official tables (by votes). The engine treats input order as registration order;
 * no official result here depends on a tie, so the order decides nothing.
 */
import type { SourceId } from './sources';

export interface PartyName {
	readonly en: string;
	readonly ru: string | null;
	readonly kk: string | null;
}

export interface OfficialList {
	readonly id: string;
	readonly name: PartyName;
	readonly votes: number;
	readonly listSeats: number;
	/** Seats won in single-member districts; null where the election had no districts. */
	readonly districtSeats: number | null;
	readonly sources: readonly SourceId[];
}

export interface OfficialElection {
	readonly year: number;
	readonly date: string;
	readonly listSeats: number;
	readonly districtSeats: number;
	/** Seats filled indirectly by the Assembly of People of Kazakhstan (2007–2021). */
	readonly appointedSeats: number;
	/** Percent. */
	readonly threshold: number;
	/** The base the official percentages use (see engine/threshold.ts). */
	readonly thresholdBase: 'valid' | 'parties';
	readonly againstAll: number | null;
	/** Invalid ballots; `invalidDerived` tells when it is ballots cast − valid votes. */
	readonly invalid: number | null;
	readonly invalidDerived: boolean;
	readonly registeredVoters: number | null;
	/** Set when only a rounded or approximate register figure was published. */
	readonly registeredVotersApprox: number | null;
	readonly ballotsCast: number | null;
	/**
	 * true when no ballot count was published and ballots (and so invalid ballots) are derived as
	 * registered voters × turnout (2016, 2012): the app labels them derived.
	 */
	readonly ballotsDerived: boolean;
	/** Turnout as published with the counts (or, without counts, as the CEC announced it). */
	readonly turnoutPercent: number;
	/**
	 * A turnout the CEC announced that the published counts do not give, kept to be shown beside
	 * them with the conflict named (2007: 64.56 % announced; the counts give 68.41 %).
	 */
	readonly turnoutAnnounced: {
		readonly percent: number;
		readonly sources: readonly SourceId[];
	} | null;
	readonly lists: readonly OfficialList[];
	/** Self-nominated district winners (2023). */
	readonly independentDistrictSeats: number;
	readonly sources: readonly SourceId[];
	readonly notes: readonly string[];
}

export const OFFICIAL_ELECTIONS: readonly OfficialElection[] = [
	{
		year: 2023,
		date: '2023-03-19',
		listSeats: 69,
		districtSeats: 29,
		appointedSeats: 0,
		threshold: 5,
		thresholdBase: 'valid',
		againstAll: 248291,
		invalid: 155419,
		invalidDerived: true,
		registeredVoters: 12035578,
		registeredVotersApprox: null,
		ballotsCast: 6521860,
		turnoutPercent: 54.19,
		ballotsDerived: false,
		turnoutAnnounced: null,
		lists: [
			{
				id: 'amanat',
				name: {
					en: 'Amanat (formerly Nur Otan)',
					ru: 'Партия «Аманат» (Amanat)',
					kk: '«Amanat» партиясы'
				},
				votes: 3431510,
				listSeats: 40,
				districtSeats: 22,
				sources: ['astanatimes_2023_final', 'newsaz_tass_2023_smd', 'ria_2023']
			},
			{
				id: 'auyl',
				name: {
					en: "Auyl People's Democratic Patriotic Party",
					ru: 'Народно-демократическая патриотическая партия «Ауыл»',
					kk: '«Ауыл» халықтық-демократиялық патриоттық партиясы'
				},
				votes: 693938,
				listSeats: 8,
				districtSeats: 0,
				sources: ['astanatimes_2023_final', 'newtimes_2023_final']
			},
			{
				id: 'respublica',
				name: { en: 'Respublica', ru: 'Партия Respublica', kk: '«Respublica» партиясы' },
				votes: 547154,
				listSeats: 6,
				districtSeats: 0,
				sources: ['astanatimes_2023_final']
			},
			{
				id: 'akzhol',
				name: {
					en: 'Ak Zhol (Aq Jol) Democratic Party of Kazakhstan',
					ru: 'Демократическая партия Казахстана «Ак жол»',
					kk: '«Ақ жол» Қазақстан демократиялық партиясы'
				},
				votes: 535139,
				listSeats: 6,
				districtSeats: 0,
				sources: ['astanatimes_2023_final']
			},
			{
				id: 'qhp',
				name: {
					en: "People's Party of Kazakhstan (QHP/NPK; ex-Communist People's Party)",
					ru: 'Народная партия Казахстана (НПК)',
					kk: 'Қазақстан Халық партиясы'
				},
				votes: 432920,
				listSeats: 5,
				districtSeats: 0,
				sources: ['astanatimes_2023_final']
			},
			{
				id: 'jsdp',
				name: {
					en: 'Nationwide Social Democratic Party (JSDP/OSDP/NSDP)',
					ru: 'Общенациональная социал-демократическая партия (ОСДП)',
					kk: 'Жалпыұлттық социал-демократиялық партия'
				},
				votes: 331058,
				listSeats: 4,
				districtSeats: 0,
				sources: ['astanatimes_2023_final']
			},
			{
				id: 'baytaq',
				name: {
					en: 'Baytaq Green Party of Kazakhstan',
					ru: 'Партия зелёных «Байтак»',
					kk: '«Байтақ» жасылдар партиясы'
				},
				votes: 146431,
				listSeats: 0,
				districtSeats: 0,
				sources: ['newtimes_2023_final', 'kazinform_2023_final']
			}
		],
		independentDistrictSeats: 7,
		sources: [
			'vlast_2023_final',
			'kt_2023_turnout',
			'kazinform_2023_turnout_regions',
			'electionguide_2023',
			'astanatimes_2023_final',
			'newsaz_tass_2023_smd'
		],
		notes: [
			'Official list % = votes / 6,366,441 (parties + against all); verified arithmetically.',
			'Kazinform final story has typo AMANAT 3,341,510 (correct 3,431,510).',
			'News.az has typo Respublica 6.59% (correct 8.59%).',
			'Wikipedia (RU mirror) says Ak Zhol had 13 seats in 2021; official 12.'
		]
	},
	{
		year: 2021,
		date: '2021-01-10',
		listSeats: 98,
		districtSeats: 0,
		appointedSeats: 9,
		threshold: 7,
		thresholdBase: 'parties',
		againstAll: null,
		invalid: 297718,
		invalidDerived: true,
		registeredVoters: 11919241,
		registeredVotersApprox: null,
		ballotsCast: 7539280,
		turnoutPercent: 63.25,
		ballotsDerived: false,
		turnoutAnnounced: null,
		lists: [
			{
				id: 'nurotan',
				name: { en: 'Nur Otan', ru: '«Нур Отан»', kk: '«Нұр Отан»' },
				votes: 5148074,
				listSeats: 76,
				districtSeats: null,
				sources: ['almatytv_2021', 'zonakz_2021']
			},
			{
				id: 'akzhol',
				name: { en: 'Ak Zhol', ru: '«Ак жол»', kk: '«Ақ жол»' },
				votes: 792828,
				listSeats: 12,
				districtSeats: null,
				sources: ['almatytv_2021']
			},
			{
				id: 'npk',
				name: {
					en: "People's Party of Kazakhstan",
					ru: 'Народная партия Казахстана',
					kk: 'Қазақстан Халық партиясы'
				},
				votes: 659019,
				listSeats: 10,
				districtSeats: null,
				sources: ['almatytv_2021']
			},
			{
				id: 'auyl',
				name: { en: 'Auyl', ru: '«Ауыл»', kk: '«Ауыл»' },
				votes: 383023,
				listSeats: 0,
				districtSeats: null,
				sources: ['almatytv_2021']
			},
			{
				id: 'adal',
				name: { en: 'Adal', ru: 'ADAL', kk: 'ADAL' },
				votes: 258618,
				listSeats: 0,
				districtSeats: null,
				sources: ['almatytv_2021']
			}
		],
		independentDistrictSeats: 0,
		sources: ['zonakz_2021', 'astanatimes_apk_2021'],
		notes: [
			'OSDP boycotted (did not run).',
			'Sandzh think tank estimated actual turnout 44.7% (official 63.3%) [cabar_2021_sandzh].',
			'APK elected 9 deputies on 11 Jan 2021 [astanatimes_apk_2021].'
		]
	},
	{
		year: 2016,
		date: '2016-03-20',
		listSeats: 98,
		districtSeats: 0,
		appointedSeats: 9,
		threshold: 7,
		thresholdBase: 'parties',
		againstAll: null,
		invalid: null,
		invalidDerived: false,
		registeredVoters: 9791165,
		registeredVotersApprox: 9810000,
		ballotsCast: null,
		turnoutPercent: 77.12,
		ballotsDerived: true,
		turnoutAnnounced: null,
		lists: [
			{
				id: 'nurotan',
				name: { en: 'Nur Otan', ru: 'Нур Отан', kk: 'Nur Otan' },
				votes: 6183757,
				listSeats: 84,
				districtSeats: null,
				sources: ['kazinform_2016']
			},
			{
				id: 'akzhol',
				name: { en: 'Ak Zhol', ru: '«Ак жол»', kk: '«Ақ жол»' },
				votes: 540406,
				listSeats: 7,
				districtSeats: null,
				sources: ['kazinform_2016']
			},
			{
				id: 'knpk',
				name: { en: "Communist People's Party of Kazakhstan", ru: 'КНПК', kk: 'ҚХКП' },
				votes: 537123,
				listSeats: 7,
				districtSeats: null,
				sources: ['kazinform_2016']
			},
			{
				id: 'auyl',
				name: { en: 'Auyl', ru: '«Ауыл»', kk: '«Ауыл»' },
				votes: 151285,
				listSeats: 0,
				districtSeats: null,
				sources: ['kazinform_2016']
			},
			{
				id: 'osdp',
				name: { en: 'Nationwide Social Democratic Party', ru: 'ОСДП', kk: 'ЖСДП' },
				votes: 88813,
				listSeats: 0,
				districtSeats: null,
				sources: ['kazinform_2016']
			},
			{
				id: 'birlik',
				name: { en: 'Birlik', ru: 'Бирлик', kk: 'Бірлік' },
				votes: 21484,
				listSeats: 0,
				districtSeats: null,
				sources: ['kazinform_2016']
			}
		],
		independentDistrictSeats: 0,
		sources: ['kazinform_2016', 'inastana_2016_register'],
		notes: []
	},
	{
		year: 2012,
		date: '2012-01-15',
		listSeats: 98,
		districtSeats: 0,
		appointedSeats: 9,
		threshold: 7,
		thresholdBase: 'parties',
		againstAll: null,
		invalid: null,
		invalidDerived: false,
		registeredVoters: null,
		registeredVotersApprox: 9300000,
		ballotsCast: null,
		turnoutPercent: 75.45,
		ballotsDerived: true,
		turnoutAnnounced: null,
		lists: [
			{
				id: 'nurotan',
				name: { en: 'Nur Otan', ru: 'Нур Отан', kk: null },
				votes: 5621436,
				listSeats: 83,
				districtSeats: null,
				sources: ['wikivisually_2012', 'reuters_2012']
			},
			{
				id: 'akzhol',
				name: { en: 'Ak Zhol', ru: 'Ак жол', kk: null },
				votes: 518405,
				listSeats: 8,
				districtSeats: null,
				sources: ['wikivisually_2012']
			},
			{
				id: 'knpk',
				name: { en: "Communist People's Party of Kazakhstan", ru: 'КНПК', kk: null },
				votes: 498788,
				listSeats: 7,
				districtSeats: null,
				sources: ['wikivisually_2012']
			},
			{
				id: 'osdp',
				name: { en: 'Nationwide Social Democratic Party', ru: 'ОСДП', kk: null },
				votes: 116534,
				listSeats: 0,
				districtSeats: null,
				sources: ['wikivisually_2012']
			},
			{
				id: 'auyl',
				name: { en: 'Auyl', ru: 'Ауыл', kk: null },
				votes: 82623,
				listSeats: 0,
				districtSeats: null,
				sources: ['wikivisually_2012']
			},
			{
				id: 'patriots',
				name: { en: 'Party of Patriots of Kazakhstan', ru: null, kk: null },
				votes: 57732,
				listSeats: 0,
				districtSeats: null,
				sources: ['wikivisually_2012']
			},
			{
				id: 'adilet',
				name: { en: 'Adilet', ru: null, kk: null },
				votes: 45702,
				listSeats: 0,
				districtSeats: null,
				sources: ['wikivisually_2012']
			}
		],
		independentDistrictSeats: 0,
		sources: ['reuters_2012', 'wikivisually_2012'],
		notes: []
	},
	{
		year: 2007,
		date: '2007-08-18',
		listSeats: 98,
		districtSeats: 0,
		appointedSeats: 9,
		threshold: 7,
		thresholdBase: 'parties',
		againstAll: null,
		invalid: 146805,
		invalidDerived: false,
		registeredVoters: 8891561,
		registeredVotersApprox: null,
		ballotsCast: 6082430,
		turnoutPercent: 68.41,
		ballotsDerived: false,
		turnoutAnnounced: { percent: 64.56, sources: ['urbc_2007_cec'] },
		lists: [
			{
				id: 'nurotan',
				name: { en: 'Nur Otan', ru: 'Нур Отан', kk: null },
				votes: 5247720,
				listSeats: 98,
				districtSeats: null,
				sources: ['frwiki_2007', 'dewiki_2007']
			},
			{
				id: 'osdp',
				name: { en: 'Nationwide Social Democratic Party', ru: 'ОСДП', kk: null },
				votes: 269310,
				listSeats: 0,
				districtSeats: null,
				sources: ['frwiki_2007', 'dewiki_2007']
			},
			{
				id: 'akzhol',
				name: { en: 'Ak Zhol', ru: 'Ак жол', kk: null },
				votes: 183346,
				listSeats: 0,
				districtSeats: null,
				sources: ['frwiki_2007']
			},
			{
				id: 'auyl',
				name: { en: 'Auyl', ru: 'Ауыл', kk: null },
				votes: 89855,
				listSeats: 0,
				districtSeats: null,
				sources: ['frwiki_2007', 'dewiki_2007']
			},
			{
				id: 'cppk',
				name: { en: "Communist People's Party of Kazakhstan", ru: 'КНПК', kk: null },
				votes: 76799,
				listSeats: 0,
				districtSeats: null,
				sources: ['frwiki_2007']
			},
			{
				id: 'patriots',
				name: { en: 'Party of Patriots', ru: null, kk: null },
				votes: 46436,
				listSeats: 0,
				districtSeats: null,
				sources: ['frwiki_2007']
			},
			{
				id: 'rukhaniyat',
				name: { en: 'Rukhaniyat', ru: null, kk: null },
				votes: 22159,
				listSeats: 0,
				districtSeats: null,
				sources: ['frwiki_2007']
			}
		],
		independentDistrictSeats: 0,
		sources: ['dewiki_2007', 'frwiki_2007'],
		notes: [
			"Only one party passed 7%; the 'second party admitted' rule did not yet exist (added 2009).",
			'Percentages: 2 decimals from de.wikipedia mirror; vote counts from fr.wikipedia mirror (Adam Carr/IPU); counts reproduce the %.'
		]
	}
];

export function officialElection(year: number): OfficialElection | undefined {
	return OFFICIAL_ELECTIONS.find((e) => e.year === year);
}
