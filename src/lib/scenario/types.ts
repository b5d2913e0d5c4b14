/**
 * The whole Majilis as one JSON-serialisable scenario: the rules, the electorate, the parties and
 * the barriers. A student who moves a slider changes one field of this object; the engine turns it
 * into a chamber. Defaults are the 2023 law and electorate (see defaults.ts).
 */
import type { MethodId, SecondPartyRule, ThresholdBase } from '../engine';

export const SCENARIO_VERSION = 1;

/**
 * - `parallel`: the law since 2023 — list seats and district seats are decided independently.
 * - `compensatory`: mixed-member proportional — list seats top each party up to its proportional
 *   share of the whole house.
 * @see shared/domain/kazakhstan-majilis.md §3.4
 */
export type MixedSystem = 'parallel' | 'compensatory';

/**
 * What happens under `compensatory` when a party wins more districts than its proportional share
 * (overhang):
 * - `fixed-house`: it keeps them, and the other parties share the remaining seats in proportion;
 *   the house keeps its size.
 * - `extra-seats`: it keeps them and the house grows by the overhang (the pre-2013 German rule).
 */
export type OverhangRule = 'fixed-house' | 'extra-seats';

/**
 * What the voters of a party that is not on the ballot do.
 * - `stay-home`: they do not vote (turnout falls).
 * - `against-all`: they vote against all.
 * - `spread`: they vote for the other lists in proportion to those lists' support.
 * - `to-party`: they vote for one chosen list (`offBallotTarget`).
 */
export type OffBallotChoice = 'stay-home' | 'against-all' | 'spread' | 'to-party';

export interface Localised {
	readonly en: string;
	readonly ru: string;
	readonly kk: string;
}

/** What a party can muster to register; compared with the barriers. */
export interface PartyCapacity {
	/** Members it can gather. */
	readonly members: number;
	/** Regions and cities (of 20) where it can set up a branch. */
	readonly regions: number;
	/** Whether its founding group can meet in person (leaders free and in the country). */
	readonly canMeetInPerson: boolean;
	/** Whether the authorities refused or returned its application before 2023. */
	readonly refusedIn2023: boolean;
}

export interface ScenarioParty {
	readonly id: string;
	/** The full official name, for the seats table. */
	readonly name: Localised;
	/** A short name for the legend, charts and running text; `name` when absent. */
	readonly shortName?: Localised;
	/** A colour-blind-safe colour (the app adds a pattern as well). */
	readonly colour: string;
	/**
	 * List-vote support: a weight in votes. Shares are weight ÷ (all weights + against-all), and
	 * the votes come from the scenario's electorate. For parties on the 2023 ballot the defaults are
	 * the official votes, so the default scenario reproduces them exactly.
	 */
	readonly support: number;
	/**
	 * true when the party was on the real ballot, so its support is part of the official count;
	 * false for potential parties, whose support is an assumption added only if they get on.
	 */
	readonly onOfficialBallot: boolean;
	readonly capacity: PartyCapacity;
	/** Source ids, or 'assumption' for figures no source gives. */
	readonly supportSource: readonly string[];
	readonly capacitySource: readonly string[];
}

export interface ListRules {
	readonly method: MethodId;
	/** Percent. */
	readonly threshold: number;
	readonly thresholdBase: ThresholdBase;
	readonly secondParty: SecondPartyRule;
}

export interface Electorate {
	readonly registeredVoters: number;
	/** Percent of registered voters who receive a ballot. */
	readonly turnout: number;
	/** Percent of ballots that are invalid. */
	readonly invalid: number;
	/** Against-all as a weight in votes, like party support. */
	readonly againstAll: number;
}

/**
 * Barriers to standing. @see shared/domain/kazakhstan-majilis.md §4
 */
export interface BallotAccess {
	/** Members a party needs: 5,000 since 2022; 20,000 (2020); 40,000 (2009); 50,000 (2002). */
	readonly partyMembers: number;
	/** Members each regional branch needs: 200 since 2022; 600 before. */
	readonly branchMembers: number;
	/** Regions and cities that must have a branch: all 20. */
	readonly branchRegions: number;
	/** Founding group: 700 since 2022; 1,000 before. */
	readonly foundingGroup: number;
	/** The founding congress must be attended in person. */
	readonly inPersonCongress: boolean;
	/**
	 * Applications are refused or returned as they were before 2023: the ministry called the
	 * documents incomplete; the applicants call the refusals political. @see [cabar_2023]
	 */
	readonly administrativeRefusals: boolean;
	/** District candidate deposit in tenge: 15 minimum wages = 1,050,000 in 2023. */
	readonly candidateDeposit: number;
	/** Percent of self-nominated district nominees refused registration: 125 of 609 in 2023. */
	readonly candidateRefusals: number;
	/** Voter signatures a self-nominated candidate must collect (none found for 2023). */
	readonly candidateSignatures: number;
	readonly offBallotVoters: OffBallotChoice;
	/** The list that receives off-ballot voters under `to-party`. */
	readonly offBallotTarget: string | null;
}

/**
 * An illustrative what-if, off by default and always labelled hypothetical: at stations without
 * independent observers one list's count is assumed inflated by `inflation` percent.
 */
export interface IntegrityLens {
	readonly enabled: boolean;
	/** Percent of stations with independent observers. */
	readonly observerCoverage: number;
	/** Percent by which the list's count is assumed inflated at unobserved stations. */
	readonly inflation: number;
	/**
	 * The list whose count is assumed inflated: a party id, or LARGEST_LIST for whichever list has
	 * the most votes. The default names no party: the person chooses.
	 */
	readonly party: string;
}

/** `IntegrityLens.party` when the lens applies to the list with the most votes. */
export const LARGEST_LIST = '';

/** Knobs of the district model, documented in docs/model.md; all assumptions. */
export interface DistrictModel {
	readonly seed: number;
	/** Combined share of self-nominated candidates in a district of average turnout, percent. */
	readonly independentShare: number;
	/** How much more the self-nominated draw where turnout is low: exponent on national ÷ regional turnout. */
	readonly lowTurnoutEffect: number;
	/** Spread of the self-nominated share from district to district (a standard deviation, percent of itself). */
	readonly districtSpread: number;
	/** Spread of each party's strength from region to region (standard deviation, percent of itself). */
	readonly regionalSpread: number;
}

export interface Scenario {
	readonly version: typeof SCENARIO_VERSION;
	readonly totalSeats: number;
	/** 0 to totalSeats; list seats are the rest. */
	readonly districtSeats: number;
	readonly mixed: MixedSystem;
	readonly overhang: OverhangRule;
	readonly list: ListRules;
	readonly electorate: Electorate;
	/** In registration order: on any tie the party registered earlier wins. */
	readonly parties: readonly ScenarioParty[];
	readonly access: BallotAccess;
	readonly integrity: IntegrityLens;
	readonly districtModel: DistrictModel;
	/** Seats filled outside the election (9 by the Assembly of People, 2007–2021); shown apart. */
	readonly appointedSeats: number;
	/**
	 * The real election this scenario starts from, if any. Its official district result is shown
	 * instead of the model while nothing that decides district races differs from it.
	 */
	readonly officialYear: number | null;
}
