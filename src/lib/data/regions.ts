/**
 * Kazakhstan's 20 regions and cities of 2023, for the district tier: population, registered
 * voters where found, 2023 turnout, and the districts each had. Transcribed from
 * shared/domain/regions-2023.json; `null` means not found.
 */
import type { RegionSourceId } from './region-sources';

export interface Region {
	readonly id: string;
	readonly name: { readonly en: string; readonly ru: string; readonly kk: string };
	readonly type: 'region' | 'city';
	/** Population at 1 Jan 2023, BNS first release. */
	readonly population: number;
	/** Registered voters where a source gives them; null for 11 units. */
	readonly registeredVoters: number | null;
	readonly registeredVotersSource: readonly RegionSourceId[];
	/** CEC turnout at 22:10 on 19 Mar 2023, percent. */
	readonly turnout2023: number;
	/** Districts in 2023 and their numbers. */
	readonly districts2023: number;
	readonly districtNumbers: readonly number[];
}

/** In the CEC's fixed order of regions (the order of every CEC regional list). */
export const REGIONS: readonly Region[] = [
	{
		id: 'abai',
		name: { en: 'Abai Region', ru: 'область Абай', kk: 'Абай облысы' },
		type: 'region',
		population: 610189,
		registeredVoters: 416191,
		registeredVotersSource: ['wiki_district_8'],
		turnout2023: 57.02,
		districts2023: 1,
		districtNumbers: [8]
	},
	{
		id: 'akmola',
		name: { en: 'Akmola Region', ru: 'Акмолинская область', kk: 'Ақмола облысы' },
		type: 'region',
		population: 787971,
		registeredVoters: null,
		registeredVotersSource: [],
		turnout2023: 60.01,
		districts2023: 1,
		districtNumbers: [9]
	},
	{
		id: 'aktobe',
		name: { en: 'Aktobe Region', ru: 'Актюбинская область', kk: 'Ақтөбе облысы' },
		type: 'region',
		population: 928185,
		registeredVoters: null,
		registeredVotersSource: [],
		turnout2023: 58.0,
		districts2023: 1,
		districtNumbers: [10]
	},
	{
		id: 'almaty-region',
		name: { en: 'Almaty Region', ru: 'Алматинская область', kk: 'Алматы облысы' },
		type: 'region',
		population: 1505984,
		registeredVoters: 966304,
		registeredVotersSource: ['wiki_district_11', 'wiki_district_12'],
		turnout2023: 60.03,
		districts2023: 2,
		districtNumbers: [11, 12]
	},
	{
		id: 'atyrau',
		name: { en: 'Atyrau Region', ru: 'Атырауская область', kk: 'Атырау облысы' },
		type: 'region',
		population: 693040,
		registeredVoters: null,
		registeredVotersSource: [],
		turnout2023: 51.23,
		districts2023: 1,
		districtNumbers: [13]
	},
	{
		id: 'west-kazakhstan',
		name: {
			en: 'West Kazakhstan Region',
			ru: 'Западно-Казахстанская область',
			kk: 'Батыс Қазақстан облысы'
		},
		type: 'region',
		population: 688091,
		registeredVoters: null,
		registeredVotersSource: [],
		turnout2023: 59.2,
		districts2023: 1,
		districtNumbers: [14]
	},
	{
		id: 'jambyl',
		name: { en: 'Jambyl Region', ru: 'Жамбылская область', kk: 'Жамбыл облысы' },
		type: 'region',
		population: 1217955,
		registeredVoters: null,
		registeredVotersSource: [],
		turnout2023: 65.21,
		districts2023: 2,
		districtNumbers: [15, 16]
	},
	{
		id: 'jetisu',
		name: { en: 'Jetisu Region', ru: 'область Жетісу (Жетысуская область)', kk: 'Жетісу облысы' },
		type: 'region',
		population: 698675,
		registeredVoters: null,
		registeredVotersSource: [],
		turnout2023: 55.32,
		districts2023: 1,
		districtNumbers: [17]
	},
	{
		id: 'karaganda',
		name: { en: 'Karaganda Region', ru: 'Карагандинская область', kk: 'Қарағанды облысы' },
		type: 'region',
		population: 1134753,
		registeredVoters: 761673,
		registeredVotersSource: ['karaganda_maslikhat_2023'],
		turnout2023: 59.48,
		districts2023: 2,
		districtNumbers: [18, 19]
	},
	{
		id: 'kostanay',
		name: { en: 'Kostanay Region', ru: 'Костанайская область', kk: 'Қостанай облысы' },
		type: 'region',
		population: 832110,
		registeredVoters: 554655,
		registeredVotersSource: ['kostanay_maslikhat_2023'],
		turnout2023: 65.1,
		districts2023: 1,
		districtNumbers: [20]
	},
	{
		id: 'kyzylorda',
		name: { en: 'Kyzylorda Region', ru: 'Кызылординская область', kk: 'Қызылорда облысы' },
		type: 'region',
		population: 833531,
		registeredVoters: 486002,
		registeredVotersSource: ['kyzylorda_news_2023'],
		turnout2023: 67.21,
		districts2023: 1,
		districtNumbers: [21]
	},
	{
		id: 'mangystau',
		name: { en: 'Mangystau Region', ru: 'Мангистауская область', kk: 'Маңғыстау облысы' },
		type: 'region',
		population: 766956,
		registeredVoters: null,
		registeredVotersSource: [],
		turnout2023: 54.1,
		districts2023: 1,
		districtNumbers: [22]
	},
	{
		id: 'pavlodar',
		name: { en: 'Pavlodar Region', ru: 'Павлодарская область', kk: 'Павлодар облысы' },
		type: 'region',
		population: 754903,
		registeredVoters: null,
		registeredVotersSource: [],
		turnout2023: 58.68,
		districts2023: 1,
		districtNumbers: [23]
	},
	{
		id: 'north-kazakhstan',
		name: {
			en: 'North Kazakhstan Region',
			ru: 'Северо-Казахстанская область',
			kk: 'Солтүстік Қазақстан облысы'
		},
		type: 'region',
		population: 534024,
		registeredVoters: 382307,
		registeredVotersSource: ['nko_maslikhat_2023'],
		turnout2023: 65.25,
		districts2023: 1,
		districtNumbers: [24]
	},
	{
		id: 'turkistan',
		name: { en: 'Turkistan Region', ru: 'Туркестанская область', kk: 'Түркістан облысы' },
		type: 'region',
		population: 2119063,
		registeredVoters: 1177507,
		registeredVotersSource: ['kazinform_register_jan2023'],
		turnout2023: 53.01,
		districts2023: 3,
		districtNumbers: [25, 26, 27]
	},
	{
		id: 'ulytau',
		name: { en: 'Ulytau Region', ru: 'область Ұлытау (Улытауская область)', kk: 'Ұлытау облысы' },
		type: 'region',
		population: 221395,
		registeredVoters: 138277,
		registeredVotersSource: ['kazinform_register_jan2023'],
		turnout2023: 58.99,
		districts2023: 1,
		districtNumbers: [28]
	},
	{
		id: 'east-kazakhstan',
		name: {
			en: 'East Kazakhstan Region',
			ru: 'Восточно-Казахстанская область',
			kk: 'Шығыс Қазақстан облысы'
		},
		type: 'region',
		population: 730172,
		registeredVoters: null,
		registeredVotersSource: [],
		turnout2023: 64.15,
		districts2023: 1,
		districtNumbers: [29]
	},
	{
		id: 'astana',
		name: { en: 'Astana', ru: 'город Астана', kk: 'Астана қаласы' },
		type: 'city',
		population: 1354435,
		registeredVoters: 788931,
		registeredVotersSource: ['kapital_astana_maslikhat'],
		turnout2023: 42.91,
		districts2023: 2,
		districtNumbers: [1, 2]
	},
	{
		id: 'almaty-city',
		name: { en: 'Almaty', ru: 'город Алматы', kk: 'Алматы қаласы' },
		type: 'city',
		population: 2161695,
		registeredVoters: null,
		registeredVotersSource: [],
		turnout2023: 25.82,
		districts2023: 3,
		districtNumbers: [3, 4, 5]
	},
	{
		id: 'shymkent',
		name: { en: 'Shymkent', ru: 'город Шымкент', kk: 'Шымкент қаласы' },
		type: 'city',
		population: 1191877,
		registeredVoters: null,
		registeredVotersSource: [],
		turnout2023: 45.46,
		districts2023: 2,
		districtNumbers: [6, 7]
	}
];

/** Sources of the population and turnout columns. */
export const REGION_TABLE_SOURCES: readonly RegionSourceId[] = [
	'bns_pop_2023_csv',
	'kazinform_2023_turnout_regions'
];

export interface KnownDistrictWinner {
	readonly number: number;
	readonly region: string;
	/** The name as the source writes it (en), and its Cyrillic transliteration (ru, kk). */
	readonly winner: { readonly en: string; readonly ru: string; readonly kk: string };
	/**
	 * A party id of the 2023 ballot, or 'independent' for a self-nominated winner. It says who
	 * nominated the winner, not party membership: a party member may stand self-nominated.
	 */
	readonly party: string;
	readonly source: RegionSourceId;
}

/** The 9 of 29 district winners of 2023 that a source names; the rest were not found. */
export const KNOWN_DISTRICT_WINNERS_2023: readonly KnownDistrictWinner[] = [
	{
		number: 1,
		region: 'astana',
		winner: { en: 'Däulet Turlyhanov', ru: 'Даулет Турлыханов', kk: 'Дәулет Тұрлыханов' },
		party: 'amanat',
		source: 'wiki_district_1'
	},
	{
		number: 3,
		region: 'almaty-city',
		winner: { en: 'Ermurat Bapi', ru: 'Ермурат Бапи', kk: 'Ермұрат Бапи' },
		party: 'independent',
		source: 'wiki_district_3'
	},
	{
		// Named by Ulys Media (21 Mar 2023); self-nominated per Karibayeva & Anselmo (2023).
		number: 4,
		region: 'almaty-city',
		winner: { en: 'Erlan Stambekov', ru: 'Ерлан Стамбеков', kk: 'Ерлан Стамбеков' },
		party: 'independent',
		source: 'ulysmedia_2023_d4'
	},
	{
		number: 6,
		region: 'shymkent',
		winner: { en: 'Danarbek Isabekov', ru: 'Данарбек Исабеков', kk: 'Данарбек Исабеков' },
		party: 'amanat',
		source: 'wiki_district_6'
	},
	{
		number: 7,
		region: 'shymkent',
		winner: {
			en: 'Bolatbek Najmetdinuly',
			ru: 'Болатбек Нажметдинулы',
			kk: 'Болатбек Нажметдинұлы'
		},
		party: 'amanat',
		source: 'wiki_district_7'
	},
	{
		number: 8,
		region: 'abai',
		winner: { en: 'Nurtai Sabilianov', ru: 'Нуртай Сабильянов', kk: 'Нұртай Сабильянов' },
		party: 'amanat',
		source: 'wiki_district_8'
	},
	{
		number: 11,
		region: 'almaty-region',
		winner: { en: 'Ardaq Nazarov', ru: 'Ардак Назаров', kk: 'Ардақ Назаров' },
		party: 'independent',
		source: 'wiki_district_11'
	},
	{
		number: 12,
		region: 'almaty-region',
		winner: { en: 'Daniar Qasqaraurov', ru: 'Данияр Каскарауров', kk: 'Данияр Қасқарауров' },
		party: 'independent',
		source: 'wiki_district_12'
	},
	{
		number: 19,
		region: 'karaganda',
		winner: { en: 'Arman Qalyqov', ru: 'Арман Калыков', kk: 'Арман Қалықов' },
		party: 'amanat',
		source: 'wiki_district_19'
	}
];

/** Registered voters ÷ population nationally in 2023: 12,035,578 ÷ 19,765,004 (derived). */
export const VOTERS_PER_RESIDENT_2023 = 12_035_578 / 19_765_004;

/**
 * A region's electorate: its registered voters where a source gives them, otherwise its
 * population times the national ratio of voters to residents — an estimate, flagged as such.
 */
export function regionElectorate(region: Region): { voters: number; estimated: boolean } {
	if (region.registeredVoters !== null)
		return { voters: region.registeredVoters, estimated: false };
	return { voters: Math.round(region.population * VOTERS_PER_RESIDENT_2023), estimated: true };
}
