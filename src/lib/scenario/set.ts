/**
 * `--set KEY=VALUE`: change one field of a scenario by a short name. Every key is listed in
 * SET_KEYS (and in the README); a bad key or value is a one-line error.
 */
import { isMethodId, METHOD_IDS, SECOND_PARTY_RULES, THRESHOLD_BASES } from '../engine';
import type { Scenario, ScenarioParty } from './types';

export class SetError extends Error {
	override readonly name = 'SetError';
}

type Parse<T> = (text: string, key: string) => T;

const number: Parse<number> = (text, key) => {
	if (!/^\d+(\.\d+)?$/.test(text)) {
		throw new SetError(`${key} must be a number of at least 0, got "${text}"`);
	}
	return Number(text);
};
const whole: Parse<number> = (text, key) => {
	if (!/^\d+$/.test(text)) throw new SetError(`${key} must be a whole number, got "${text}"`);
	return Number(text);
};
const bool: Parse<boolean> = (text, key) => {
	if (['true', 'on', 'yes', '1'].includes(text)) return true;
	if (['false', 'off', 'no', '0'].includes(text)) return false;
	throw new SetError(`${key} must be true or false, got "${text}"`);
};
const oneOf =
	<T extends string>(options: readonly T[]): Parse<T> =>
	(text, key) => {
		if (!(options as readonly string[]).includes(text)) {
			throw new SetError(`${key} must be one of ${options.join(', ')}; got "${text}"`);
		}
		return text as T;
	};

interface SetKey {
	readonly description: string;
	readonly apply: (s: Scenario, text: string, key: string) => Scenario;
}

const list = <K extends keyof Scenario['list']>(
	field: K,
	parse: Parse<Scenario['list'][K]>,
	description: string
): SetKey => ({
	description,
	apply: (s, t, k) => ({ ...s, list: { ...s.list, [field]: parse(t, k) } })
});
const electorate = <K extends keyof Scenario['electorate']>(
	field: K,
	parse: Parse<Scenario['electorate'][K]>,
	description: string
): SetKey => ({
	description,
	apply: (s, t, k) => ({ ...s, electorate: { ...s.electorate, [field]: parse(t, k) } })
});
const access = <K extends keyof Scenario['access']>(
	field: K,
	parse: Parse<Scenario['access'][K]>,
	description: string
): SetKey => ({
	description,
	apply: (s, t, k) => ({ ...s, access: { ...s.access, [field]: parse(t, k) } })
});
const integrity = <K extends keyof Scenario['integrity']>(
	field: K,
	parse: Parse<Scenario['integrity'][K]>,
	description: string
): SetKey => ({
	description,
	apply: (s, t, k) => ({ ...s, integrity: { ...s.integrity, [field]: parse(t, k) } })
});
const model = <K extends keyof Scenario['districtModel']>(
	field: K,
	parse: Parse<Scenario['districtModel'][K]>,
	description: string
): SetKey => ({
	description,
	apply: (s, t, k) => ({ ...s, districtModel: { ...s.districtModel, [field]: parse(t, k) } })
});
const top = <K extends 'totalSeats' | 'districtSeats' | 'mixed' | 'overhang'>(
	field: K,
	parse: Parse<Scenario[K]>,
	description: string
): SetKey => ({
	description,
	apply: (s, t, k) => ({ ...s, [field]: parse(t, k) })
});

export const SET_KEYS: Readonly<Record<string, SetKey>> = {
	totalSeats: top('totalSeats', whole, 'seats in the house (98)'),
	districtSeats: top(
		'districtSeats',
		whole,
		'single-member districts; list seats are the rest (29)'
	),
	mixed: top('mixed', oneOf(['parallel', 'compensatory'] as const), 'parallel | compensatory'),
	overhang: top(
		'overhang',
		oneOf(['fixed-house', 'extra-seats'] as const),
		'fixed-house | extra-seats (compensatory only)'
	),
	method: list(
		'method',
		(t, k) => (isMethodId(t) ? t : oneOf(METHOD_IDS)(t, k)),
		METHOD_IDS.join(' | ')
	),
	threshold: list('threshold', number, 'list threshold, percent (5)'),
	thresholdBase: list('thresholdBase', oneOf(THRESHOLD_BASES), THRESHOLD_BASES.join(' | ')),
	secondParty: list('secondParty', oneOf(SECOND_PARTY_RULES), SECOND_PARTY_RULES.join(' | ')),
	registeredVoters: electorate('registeredVoters', whole, 'registered voters (12,035,578)'),
	turnout: electorate('turnout', number, 'percent of registered voters who vote (54.19)'),
	invalid: electorate('invalid', number, 'percent of ballots that are invalid (2.38)'),
	againstAll: electorate(
		'againstAll',
		number,
		'against-all, in votes at the 2023 electorate (248,291)'
	),
	partyMembers: access('partyMembers', whole, 'members a party needs (5,000)'),
	branchMembers: access('branchMembers', whole, 'members each regional branch needs (200)'),
	branchRegions: access('branchRegions', whole, 'regions that must have a branch (20)'),
	foundingGroup: access('foundingGroup', whole, 'founding group (700)'),
	inPersonCongress: access('inPersonCongress', bool, 'founding congress in person (true)'),
	administrativeRefusals: access(
		'administrativeRefusals',
		bool,
		'refusals on technicalities as before 2023 (true)'
	),
	candidateDeposit: access(
		'candidateDeposit',
		whole,
		'district candidate deposit, tenge (1,050,000)'
	),
	candidateRefusals: access(
		'candidateRefusals',
		number,
		'percent of district nominees refused (20.5)'
	),
	candidateSignatures: access(
		'candidateSignatures',
		whole,
		'signatures a self-nominated candidate needs (0)'
	),
	offBallotVoters: access(
		'offBallotVoters',
		oneOf(['stay-home', 'against-all', 'spread', 'to-party'] as const),
		'stay-home | against-all | spread | to-party'
	),
	offBallotTarget: access(
		'offBallotTarget',
		(t) => (t === '' ? null : t),
		'the party that gets off-ballot voters under to-party (empty for none)'
	),
	integrity: integrity('enabled', bool, 'the hypothetical integrity lens (false)'),
	observerCoverage: integrity(
		'observerCoverage',
		number,
		'percent of stations with observers (50)'
	),
	inflation: integrity(
		'inflation',
		number,
		'assumed inflation at unobserved stations, percent (10)'
	),
	integrityParty: integrity('party', (t) => t, 'the list whose count is assumed inflated (amanat)'),
	seed: model('seed', whole, 'district model seed (69)'),
	independentShare: model(
		'independentShare',
		number,
		'self-nominated share in an average district, percent (50)'
	),
	lowTurnoutEffect: model(
		'lowTurnoutEffect',
		number,
		'how much more self-nominated draw where turnout is low (0.75)'
	),
	districtSpread: model(
		'districtSpread',
		number,
		'district-to-district spread of the self-nominated share, percent (50)'
	),
	regionalSpread: model(
		'regionalSpread',
		number,
		'region-to-region spread of party strength, percent (10)'
	)
};

/** Keys that name a party after a dot: support.amanat=3000000, members.alga=20000. */
const PARTY_KEYS: Readonly<
	Record<
		string,
		{ description: string; apply: (p: ScenarioParty, t: string, k: string) => ScenarioParty }
	>
> = {
	support: {
		description: 'a party’s support, in votes at the 2023 electorate',
		apply: (p, t, k) => ({ ...p, support: number(t, k) })
	},
	members: {
		description: 'members a party can gather',
		apply: (p, t, k) => ({ ...p, capacity: { ...p.capacity, members: whole(t, k) } })
	},
	regions: {
		description: 'regions where a party can set up a branch (of 20)',
		apply: (p, t, k) => ({ ...p, capacity: { ...p.capacity, regions: whole(t, k) } })
	},
	inPerson: {
		description: 'whether a party’s founders can meet in person',
		apply: (p, t, k) => ({ ...p, capacity: { ...p.capacity, canMeetInPerson: bool(t, k) } })
	},
	refused: {
		description: 'whether a party was refused before 2023',
		apply: (p, t, k) => ({ ...p, capacity: { ...p.capacity, refusedIn2023: bool(t, k) } })
	}
};

/** Every key with its description, for help texts and the README. */
export function describeSetKeys(): [string, string][] {
	return [
		...Object.entries(SET_KEYS).map(([k, v]): [string, string] => [k, v.description]),
		...Object.entries(PARTY_KEYS).map(([k, v]): [string, string] => [`${k}.PARTY`, v.description])
	];
}

/** Applies one KEY=VALUE to a scenario; throws SetError naming the problem. */
export function applySet(s: Scenario, assignment: string): Scenario {
	const at = assignment.indexOf('=');
	if (at <= 0) throw new SetError(`expected KEY=VALUE, got "${assignment}"`);
	const key = assignment.slice(0, at);
	const value = assignment.slice(at + 1);
	const direct = SET_KEYS[key];
	if (direct) return direct.apply(s, value, key);
	const [kind = '', party, ...extra] = key.split('.');
	const partyKey = PARTY_KEYS[kind];
	if (partyKey && party && extra.length === 0) {
		if (!s.parties.some((p) => p.id === party)) {
			throw new SetError(
				`${key}: no party "${party}"; parties are ${s.parties.map((p) => p.id).join(', ')}`
			);
		}
		return {
			...s,
			parties: s.parties.map((p) => (p.id === party ? partyKey.apply(p, value, key) : p))
		};
	}
	throw new SetError(`unknown key "${key}"; see "majilis help" for the keys`);
}
