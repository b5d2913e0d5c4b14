/**
 * What each `--set` key means, for the command line's help and the README. Kept apart from the
 * keys themselves (set.ts) so that the page, which reads and writes the keys in links, does not
 * carry these words; set-help.test.ts holds the two lists to each other.
 */
import { METHOD_IDS } from '../engine/methods';
import { SECOND_PARTY_RULES, THRESHOLD_BASES } from '../engine/threshold';

export const SET_KEY_HELP: Readonly<Record<string, string>> = {
	totalSeats: 'seats in the house (98)',
	districtSeats: 'single-member districts; list seats are the rest (29)',
	mixed: 'parallel | compensatory',
	overhang: 'fixed-house | extra-seats (compensatory only)',
	method: METHOD_IDS.join(' | '),
	threshold: 'list threshold, percent (5)',
	thresholdBase: THRESHOLD_BASES.join(' | '),
	secondParty: SECOND_PARTY_RULES.join(' | '),
	registeredVoters: 'registered voters (12,035,578)',
	turnout: 'percent of registered voters who vote (54.19)',
	invalid: 'percent of ballots that are invalid (2.38)',
	againstAll: 'against-all, in votes at the 2023 electorate (248,291)',
	partyMembers: 'members a party needs (5,000)',
	branchMembers: 'members each regional branch needs (200)',
	branchRegions: 'regions that must have a branch (20)',
	foundingGroup: 'founding group (700)',
	inPersonCongress: 'founding congress in person (true)',
	administrativeRefusals: 'applications refused or returned, as before 2023 (true)',
	candidateDeposit: 'district candidate deposit, tenge (1,050,000)',
	candidateRefusals: 'percent of district nominees refused (20.5)',
	candidateSignatures: 'signatures a self-nominated candidate needs (0)',
	offBallotVoters: 'stay-home | against-all | spread | to-party',
	offBallotTarget: 'the party that gets off-ballot voters under to-party (empty for none)',
	integrity: 'the hypothetical integrity lens (false)',
	observerCoverage: 'percent of stations with observers (50)',
	inflation: 'assumed inflation at unobserved stations, percent (10)',
	integrityParty: 'the list whose count is assumed inflated (empty: the largest list)',
	seed: 'district model seed (69)',
	independentShare: 'self-nominated share in an average district, percent (50)',
	lowTurnoutEffect: 'how much more self-nominated draw where turnout is low (0.75)',
	districtSpread: 'district-to-district spread of the self-nominated share, percent (50)',
	regionalSpread: 'region-to-region spread of party strength, percent (10)'
};

/** Keys that name a party after a dot: support.amanat=3000000. */
export const PARTY_KEY_HELP: Readonly<Record<string, string>> = {
	support: 'a party’s support, in votes at the 2023 electorate',
	members: 'members a party can gather',
	regions: 'regions where a party can set up a branch (of 20)',
	inPerson: 'whether a party’s founders can meet in person',
	refused: 'whether a party was refused before 2023'
};

/** Every key with its description, for help texts and the README. */
export function describeSetKeys(): [string, string][] {
	return [
		...Object.entries(SET_KEY_HELP),
		...Object.entries(PARTY_KEY_HELP).map(([k, v]): [string, string] => [`${k}.PARTY`, v])
	];
}
