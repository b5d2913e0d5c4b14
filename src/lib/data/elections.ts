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

/**
 * A party's name as registered in the year of the election, in each language: Nur Otan was the
 * People's Democratic Party «Нур Отан» until 2013; Auyl was a social-democratic party until it
 * merged with the Party of Patriots in 2015; the Communist People's Party (КНПК, ҚКХП) became the
 * People's Party of Kazakhstan (НПК, ҚХП) in 2020, Birlik became Adal in 2020 and Nur Otan became
 * AMANAT, written in Latin letters in Russian and Kazakh as registered, in 2022.
 */
export interface PartyName {
	readonly en: string;
	readonly ru: string;
	readonly kk: string;
}

export interface OfficialList {
	readonly id: string;
	/** The full official name (seats table); `shortName` is for the legend and running text. */
	readonly name: PartyName;
	readonly shortName: PartyName;
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
				name: { en: 'AMANAT party', ru: 'Партия «AMANAT»', kk: '«AMANAT» партиясы' },
				shortName: { en: 'Amanat', ru: '«AMANAT»', kk: '«AMANAT»' },
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
				shortName: { en: 'Auyl', ru: '«Ауыл»', kk: '«Ауыл»' },
				votes: 693938,
				listSeats: 8,
				districtSeats: 0,
				sources: ['astanatimes_2023_final', 'newtimes_2023_final']
			},
			{
				id: 'respublica',
				name: {
					en: 'Respublica party',
					ru: 'Партия «Respublica»',
					kk: '«Respublica» партиясы'
				},
				shortName: { en: 'Respublica', ru: '«Respublica»', kk: '«Respublica»' },
				votes: 547154,
				listSeats: 6,
				districtSeats: 0,
				sources: ['astanatimes_2023_final']
			},
			{
				id: 'akzhol',
				name: {
					en: 'Ak Zhol Democratic Party of Kazakhstan',
					ru: 'Демократическая партия Казахстана «Ак жол»',
					kk: '«Ақ жол» Қазақстан демократиялық партиясы'
				},
				shortName: { en: 'Ak Zhol', ru: '«Ак жол»', kk: '«Ақ жол»' },
				votes: 535139,
				listSeats: 6,
				districtSeats: 0,
				sources: ['astanatimes_2023_final']
			},
			{
				id: 'qhp',
				name: {
					en: "People's Party of Kazakhstan",
					ru: 'Народная партия Казахстана',
					kk: 'Қазақстан Халық партиясы'
				},
				shortName: { en: "People's Party", ru: 'НПК', kk: 'ҚХП' },
				votes: 432920,
				listSeats: 5,
				districtSeats: 0,
				sources: ['astanatimes_2023_final']
			},
			{
				id: 'jsdp',
				name: {
					en: 'Nationwide Social Democratic Party',
					ru: 'Общенациональная социал-демократическая партия',
					kk: 'Жалпыұлттық социал-демократиялық партия'
				},
				shortName: { en: 'OSDP', ru: 'ОСДП', kk: 'ЖСДП' },
				votes: 331058,
				listSeats: 4,
				districtSeats: 0,
				sources: ['astanatimes_2023_final']
			},
			{
				id: 'baytaq',
				name: {
					en: 'Baytaq Green Party of Kazakhstan',
					ru: 'Партия зелёных Казахстана «Байтак»',
					kk: 'Қазақстанның «Байтақ» жасылдар партиясы'
				},
				shortName: { en: 'Baytaq', ru: '«Байтак»', kk: '«Байтақ»' },
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
				name: { en: 'Nur Otan party', ru: 'Партия «Нур Отан»', kk: '«Нұр Отан» партиясы' },
				shortName: { en: 'Nur Otan', ru: '«Нур Отан»', kk: '«Нұр Отан»' },
				votes: 5148074,
				listSeats: 76,
				districtSeats: null,
				sources: ['almatytv_2021', 'zonakz_2021']
			},
			{
				id: 'akzhol',
				name: {
					en: 'Ak Zhol Democratic Party of Kazakhstan',
					ru: 'Демократическая партия Казахстана «Ак жол»',
					kk: '«Ақ жол» Қазақстан демократиялық партиясы'
				},
				shortName: { en: 'Ak Zhol', ru: '«Ак жол»', kk: '«Ақ жол»' },
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
				shortName: { en: "People's Party", ru: 'НПК', kk: 'ҚХП' },
				votes: 659019,
				listSeats: 10,
				districtSeats: null,
				sources: ['almatytv_2021']
			},
			{
				id: 'auyl',
				name: {
					en: "Auyl People's Democratic Patriotic Party",
					ru: 'Народно-демократическая патриотическая партия «Ауыл»',
					kk: '«Ауыл» халықтық-демократиялық патриоттық партиясы'
				},
				shortName: { en: 'Auyl', ru: '«Ауыл»', kk: '«Ауыл»' },
				votes: 383023,
				listSeats: 0,
				districtSeats: null,
				sources: ['almatytv_2021']
			},
			{
				id: 'adal',
				name: { en: 'Adal party', ru: 'Партия «Адал»', kk: '«Адал» партиясы' },
				shortName: { en: 'Adal', ru: '«Адал»', kk: '«Адал»' },
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
				name: { en: 'Nur Otan party', ru: 'Партия «Нур Отан»', kk: '«Нұр Отан» партиясы' },
				shortName: { en: 'Nur Otan', ru: '«Нур Отан»', kk: '«Нұр Отан»' },
				votes: 6183757,
				listSeats: 84,
				districtSeats: null,
				sources: ['kazinform_2016']
			},
			{
				id: 'akzhol',
				name: {
					en: 'Ak Zhol Democratic Party of Kazakhstan',
					ru: 'Демократическая партия Казахстана «Ак жол»',
					kk: '«Ақ жол» Қазақстан демократиялық партиясы'
				},
				shortName: { en: 'Ak Zhol', ru: '«Ак жол»', kk: '«Ақ жол»' },
				votes: 540406,
				listSeats: 7,
				districtSeats: null,
				sources: ['kazinform_2016']
			},
			{
				id: 'knpk',
				name: {
					en: "Communist People's Party of Kazakhstan",
					ru: 'Коммунистическая народная партия Казахстана',
					kk: 'Қазақстан коммунистік халық партиясы'
				},
				shortName: { en: "Communist People's Party", ru: 'КНПК', kk: 'ҚКХП' },
				votes: 537123,
				listSeats: 7,
				districtSeats: null,
				sources: ['kazinform_2016']
			},
			{
				id: 'auyl',
				name: {
					en: "Auyl People's Democratic Patriotic Party",
					ru: 'Народно-демократическая патриотическая партия «Ауыл»',
					kk: '«Ауыл» халықтық-демократиялық патриоттық партиясы'
				},
				shortName: { en: 'Auyl', ru: '«Ауыл»', kk: '«Ауыл»' },
				votes: 151285,
				listSeats: 0,
				districtSeats: null,
				sources: ['kazinform_2016']
			},
			{
				id: 'osdp',
				name: {
					en: 'Nationwide Social Democratic Party',
					ru: 'Общенациональная социал-демократическая партия',
					kk: 'Жалпыұлттық социал-демократиялық партия'
				},
				shortName: { en: 'OSDP', ru: 'ОСДП', kk: 'ЖСДП' },
				votes: 88813,
				listSeats: 0,
				districtSeats: null,
				sources: ['kazinform_2016']
			},
			{
				id: 'birlik',
				name: { en: 'Birlik party', ru: 'Партия «Бирлик»', kk: '«Бірлік» партиясы' },
				shortName: { en: 'Birlik', ru: '«Бирлик»', kk: '«Бірлік»' },
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
				name: {
					en: "Nur Otan People's Democratic Party",
					ru: 'Народно-демократическая партия «Нур Отан»',
					kk: '«Нұр Отан» халықтық-демократиялық партиясы'
				},
				shortName: { en: 'Nur Otan', ru: '«Нур Отан»', kk: '«Нұр Отан»' },
				votes: 5621436,
				listSeats: 83,
				districtSeats: null,
				sources: ['wikivisually_2012', 'reuters_2012']
			},
			{
				id: 'akzhol',
				name: {
					en: 'Ak Zhol Democratic Party of Kazakhstan',
					ru: 'Демократическая партия Казахстана «Ак жол»',
					kk: '«Ақ жол» Қазақстан демократиялық партиясы'
				},
				shortName: { en: 'Ak Zhol', ru: '«Ак жол»', kk: '«Ақ жол»' },
				votes: 518405,
				listSeats: 8,
				districtSeats: null,
				sources: ['wikivisually_2012']
			},
			{
				id: 'knpk',
				name: {
					en: "Communist People's Party of Kazakhstan",
					ru: 'Коммунистическая народная партия Казахстана',
					kk: 'Қазақстан коммунистік халық партиясы'
				},
				shortName: { en: "Communist People's Party", ru: 'КНПК', kk: 'ҚКХП' },
				votes: 498788,
				listSeats: 7,
				districtSeats: null,
				sources: ['wikivisually_2012']
			},
			{
				id: 'osdp',
				name: {
					en: 'Nationwide Social Democratic Party',
					ru: 'Общенациональная социал-демократическая партия',
					kk: 'Жалпыұлттық социал-демократиялық партия'
				},
				shortName: { en: 'OSDP', ru: 'ОСДП', kk: 'ЖСДП' },
				votes: 116534,
				listSeats: 0,
				districtSeats: null,
				sources: ['wikivisually_2012']
			},
			{
				id: 'auyl',
				name: {
					en: 'Auyl Social Democratic Party of Kazakhstan',
					ru: 'Казахстанская социал-демократическая партия «Ауыл»',
					kk: '«Ауыл» Қазақстан социал-демократиялық партиясы'
				},
				shortName: { en: 'Auyl', ru: '«Ауыл»', kk: '«Ауыл»' },
				votes: 82623,
				listSeats: 0,
				districtSeats: null,
				sources: ['wikivisually_2012']
			},
			{
				id: 'patriots',
				name: {
					en: 'Party of Patriots of Kazakhstan',
					ru: 'Партия патриотов Казахстана',
					kk: 'Қазақстан патриоттары партиясы'
				},
				shortName: {
					en: 'Party of Patriots',
					ru: 'Партия патриотов',
					kk: 'Патриоттар партиясы'
				},
				votes: 57732,
				listSeats: 0,
				districtSeats: null,
				sources: ['wikivisually_2012']
			},
			{
				id: 'adilet',
				name: {
					en: 'Adilet Democratic Party',
					ru: 'Демократическая партия «Адилет»',
					kk: '«Әділет» демократиялық партиясы'
				},
				shortName: { en: 'Adilet', ru: '«Адилет»', kk: '«Әділет»' },
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
				name: {
					en: "Nur Otan People's Democratic Party",
					ru: 'Народно-демократическая партия «Нур Отан»',
					kk: '«Нұр Отан» халықтық-демократиялық партиясы'
				},
				shortName: { en: 'Nur Otan', ru: '«Нур Отан»', kk: '«Нұр Отан»' },
				votes: 5247720,
				listSeats: 98,
				districtSeats: null,
				sources: ['frwiki_2007', 'dewiki_2007']
			},
			{
				id: 'osdp',
				name: {
					en: 'Nationwide Social Democratic Party',
					ru: 'Общенациональная социал-демократическая партия',
					kk: 'Жалпыұлттық социал-демократиялық партия'
				},
				shortName: { en: 'OSDP', ru: 'ОСДП', kk: 'ЖСДП' },
				votes: 269310,
				listSeats: 0,
				districtSeats: null,
				sources: ['frwiki_2007', 'dewiki_2007']
			},
			{
				id: 'akzhol',
				name: {
					en: 'Ak Zhol Democratic Party of Kazakhstan',
					ru: 'Демократическая партия Казахстана «Ак жол»',
					kk: '«Ақ жол» Қазақстан демократиялық партиясы'
				},
				shortName: { en: 'Ak Zhol', ru: '«Ак жол»', kk: '«Ақ жол»' },
				votes: 183346,
				listSeats: 0,
				districtSeats: null,
				sources: ['frwiki_2007']
			},
			{
				id: 'auyl',
				name: {
					en: 'Auyl Social Democratic Party of Kazakhstan',
					ru: 'Казахстанская социал-демократическая партия «Ауыл»',
					kk: '«Ауыл» Қазақстан социал-демократиялық партиясы'
				},
				shortName: { en: 'Auyl', ru: '«Ауыл»', kk: '«Ауыл»' },
				votes: 89855,
				listSeats: 0,
				districtSeats: null,
				sources: ['frwiki_2007', 'dewiki_2007']
			},
			{
				id: 'cppk',
				name: {
					en: "Communist People's Party of Kazakhstan",
					ru: 'Коммунистическая народная партия Казахстана',
					kk: 'Қазақстан коммунистік халық партиясы'
				},
				shortName: { en: "Communist People's Party", ru: 'КНПК', kk: 'ҚКХП' },
				votes: 76799,
				listSeats: 0,
				districtSeats: null,
				sources: ['frwiki_2007']
			},
			{
				id: 'patriots',
				name: {
					en: 'Party of Patriots of Kazakhstan',
					ru: 'Партия патриотов Казахстана',
					kk: 'Қазақстан патриоттары партиясы'
				},
				shortName: {
					en: 'Party of Patriots',
					ru: 'Партия патриотов',
					kk: 'Патриоттар партиясы'
				},
				votes: 46436,
				listSeats: 0,
				districtSeats: null,
				sources: ['frwiki_2007']
			},
			{
				id: 'rukhaniyat',
				name: {
					en: 'Rukhaniyat party',
					ru: 'Партия «Руханият»',
					kk: '«Руханият» партиясы'
				},
				shortName: { en: 'Rukhaniyat', ru: '«Руханият»', kk: '«Руханият»' },
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
