/**
 * Ready-made scenarios: the real elections 2007–2023 and reform ideas built on the 2023 votes.
 * Names and one-line descriptions are in the message catalogue (`preset.<id>.name`, `.description`).
 */
import { OFFICIAL_ELECTIONS, type OfficialElection } from '../data/elections';
import { districtInputsKey, type OfficialDistricts } from './model';
import { SCENARIO_2023 } from './defaults';
import { PARTY_COLOURS } from './parties';
import { SCENARIO_VERSION, type BallotAccess, type Scenario, type ScenarioParty } from './types';

export interface Preset {
	readonly id: string;
	/** The real election it reproduces, or null for a hypothetical. */
	readonly year: number | null;
	readonly scenario: Scenario;
	/** Source ids behind its figures; 'assumption' where a figure is one. */
	readonly sources: readonly string[];
}

/** Extra colours (Paul Tol's muted scheme) for parties that left the stage before 2023. */
const HISTORIC_COLOURS: Readonly<Record<string, string>> = {
	nurotan: PARTY_COLOURS.amanat!,
	npk: PARTY_COLOURS.qhp!,
	knpk: PARTY_COLOURS.qhp!,
	cppk: PARTY_COLOURS.qhp!,
	osdp: PARTY_COLOURS.jsdp!,
	adal: '#44AA99',
	birlik: '#117733',
	patriots: '#AA4499',
	adilet: '#DDCC77',
	rukhaniyat: '#88CCEE'
};

/**
 * Party registration rules in force at each election.
 * @see shared/domain/kazakhstan-majilis.md §4.1: 50,000/700 (2002), 40,000/600 (2009),
 *      20,000/600 with a founding group of 1,000 (2020)
 */
function accessOf(year: number): BallotAccess {
	if (year >= 2023) return SCENARIO_2023.access;
	const members = year >= 2021 ? 20_000 : year >= 2012 ? 40_000 : 50_000;
	return {
		...SCENARIO_2023.access,
		partyMembers: members,
		branchMembers: year >= 2012 ? 600 : 700,
		foundingGroup: 1_000,
		administrativeRefusals: false
	};
}

function partiesOf(election: OfficialElection): ScenarioParty[] {
	return election.lists.map((list) => ({
		id: list.id,
		name: list.name,
		shortName: list.shortName,
		colour: HISTORIC_COLOURS[list.id] ?? PARTY_COLOURS[list.id] ?? '#777777',
		support: list.votes,
		onOfficialBallot: true,
		// Every list on the ballot was registered under the rules of its day.
		capacity: { members: 50_000, regions: 20, canMeetInPerson: true, refusedIn2023: false },
		supportSource: list.sources,
		// The law's minimum is sourced; the party's own membership is an assumption.
		capacitySource: ['osce_2002_parties', 'blog_2009_change', 'assumption']
	}));
}

/**
 * The rule for when only one list passes, as the law stood at each election: adopted in 2009, so
 * in force from the 2012 election on (the runner-up is admitted; the reading the app follows).
 * Whether the 2021–2022 amendments kept it was not verified, so the 2023 scenario keeps it off
 * and the page says so beside the chamber when it would matter.
 * @see shared/domain/kazakhstan-majilis.md §3.3 [blog_2009_change] [tegobmx_art97] [ipu_parline]
 */
export function secondPartyRuleOf(year: number): Scenario['list']['secondParty'] {
	return year >= 2012 && year < 2023 ? 'runner-up' : 'off';
}

/**
 * A real list-only election (2007–2021): 98 list seats, plus the 9 deputies the Assembly of
 * People chose, which the house counts (107 seats) but no party holds. Registered voters and
 * ballots are the published figures; where no ballot count was published (2016, 2012) ballots are
 * derived as registered × turnout, and the preset's description says so.
 */
function historicScenario(election: OfficialElection): Scenario {
	const valid = election.lists.reduce((a, l) => a + l.votes, 0) + (election.againstAll ?? 0);
	const registered = election.registeredVoters ?? election.registeredVotersApprox!;
	const ballots =
		election.ballotsCast ??
		(election.invalid !== null
			? valid + election.invalid
			: Math.round((registered * election.turnoutPercent) / 100));
	return {
		...SCENARIO_2023,
		version: SCENARIO_VERSION,
		totalSeats: election.listSeats + election.districtSeats,
		districtSeats: election.districtSeats,
		list: {
			...SCENARIO_2023.list,
			threshold: election.threshold,
			thresholdBase: election.thresholdBase,
			secondParty: secondPartyRuleOf(election.year)
		},
		electorate: {
			registeredVoters: registered,
			turnout: (100 * ballots) / registered,
			invalid: (100 * Math.max(0, ballots - valid)) / ballots,
			againstAll: election.againstAll ?? 0
		},
		parties: partiesOf(election),
		access: accessOf(election.year),
		appointedSeats: election.appointedSeats,
		officialYear: election.year
	};
}

const historic = OFFICIAL_ELECTIONS.filter((e) => e.year < 2023).map((e): Preset => ({
	id: String(e.year),
	year: e.year,
	scenario: historicScenario(e),
	sources: e.sources
}));

const reform = (
	id: string,
	change: Partial<Scenario>,
	sources: readonly string[] = []
): Preset => ({
	id,
	year: null,
	scenario: { ...SCENARIO_2023, ...change, officialYear: 2023 },
	sources: ['astanatimes_2023_final', ...sources]
});

export const PRESETS: readonly Preset[] = [
	{
		id: '2023',
		year: 2023,
		scenario: SCENARIO_2023,
		sources: ['astanatimes_2023_final', 'newsaz_tass_2023_smd']
	},
	...historic,
	reform('threshold-3', { list: { ...SCENARIO_2023.list, threshold: 3 } }),
	reform('all-list', { districtSeats: 0 }),
	reform('half-and-half', { districtSeats: 49 }),
	reform('all-districts', { districtSeats: 98 }),
	reform('compensatory', { mixed: 'compensatory' }),
	reform(
		'barrier-2020',
		{
			access: {
				...SCENARIO_2023.access,
				partyMembers: 20_000,
				branchMembers: 600,
				foundingGroup: 1_000
			}
		},
		['qazaqtv_2020', 'vlast_2022_parties', 'assumption']
	),
	reform(
		'opposition-registered',
		// Their supporters are assumed to have voted for the other lists in 2023, in proportion.
		{
			access: {
				...SCENARIO_2023.access,
				administrativeRefusals: false,
				offBallotVoters: 'spread'
			}
		},
		['demoscope_2023', 'cabar_2023', 'assumption']
	)
];

export const DEFAULT_PRESET = PRESETS[0]!;

export function findPreset(id: string): Preset | undefined {
	return PRESETS.find((p) => p.id === id);
}

/** Official district seats (by party; 'independent' for self-nominated) of each real election. */
const OFFICIAL_DISTRICT_SEATS: Readonly<Record<number, Readonly<Record<string, number>>>> = {
	2023: { amanat: 22, independent: 7 },
	2021: {},
	2016: {},
	2012: {},
	2007: {}
};

/** The real district result that a scenario may show, from the preset of its election. */
export function officialDistrictsFor(s: Scenario): OfficialDistricts | null {
	if (s.officialYear === null) return null;
	const preset = PRESETS.find((p) => p.year === s.officialYear);
	const seats = OFFICIAL_DISTRICT_SEATS[s.officialYear];
	if (!preset || !seats) return null;
	return { districtSeats: seats, inputsKey: districtInputsKey(preset.scenario) };
}
