/**
 * `--set KEY=VALUE`: change one field of a scenario by a short name. Every key is listed in
 * SET_KEYS (and in the README); a bad key or value is a one-line error.
 */
import { isMethodId, METHOD_IDS, SECOND_PARTY_RULES, THRESHOLD_BASES } from '../engine';
import type { Scenario, ScenarioParty } from './types';
import { NEW_PARTY, withNewParty } from './parties';

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

/**
 * A field's value as the text `--set` reads: numbers in plain decimals, never with an exponent
 * (String(1e-7) is "1e-7", which the parsers above refuse). The digits are JavaScript's
 * shortest round-trip digits, so Number(text) gives back exactly the same number.
 */
export function valueText(value: unknown): string {
	if (typeof value !== 'number') return String(value ?? '');
	const written = String(value);
	const e = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(written);
	if (!e) return written;
	const digits = e[1]! + (e[2] ?? '');
	const point = 1 + Number(e[3]);
	return point <= 0
		? `0.${'0'.repeat(-point)}${digits}`
		: digits.length <= point
			? digits + '0'.repeat(point - digits.length)
			: `${digits.slice(0, point)}.${digits.slice(point)}`;
}

interface SetKey {
	readonly description: string;
	readonly apply: (s: Scenario, text: string, key: string) => Scenario;
	/** The field's value as text, the inverse of apply: for the URL codec. */
	readonly read: (s: Scenario) => string;
}

type Section = 'list' | 'electorate' | 'access' | 'integrity' | 'districtModel';

/** A key for a field inside one section of the scenario. */
const nested = <S extends Section, K extends keyof Scenario[S] & string>(
	section: S,
	field: K,
	parse: Parse<Scenario[S][K]>,
	description: string
): SetKey => ({
	description,
	apply: (s, t, k) => ({ ...s, [section]: { ...s[section], [field]: parse(t, k) } }),
	read: (s) => valueText(s[section][field])
});

const top = <K extends 'totalSeats' | 'districtSeats' | 'mixed' | 'overhang'>(
	field: K,
	parse: Parse<Scenario[K]>,
	description: string
): SetKey => ({
	description,
	apply: (s, t, k) => ({ ...s, [field]: parse(t, k) }),
	read: (s) => valueText(s[field])
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
	method: nested(
		'list',
		'method',
		(t, k) => (isMethodId(t) ? t : oneOf(METHOD_IDS)(t, k)),
		METHOD_IDS.join(' | ')
	),
	threshold: nested('list', 'threshold', number, 'list threshold, percent (5)'),
	thresholdBase: nested(
		'list',
		'thresholdBase',
		oneOf(THRESHOLD_BASES),
		THRESHOLD_BASES.join(' | ')
	),
	secondParty: nested(
		'list',
		'secondParty',
		oneOf(SECOND_PARTY_RULES),
		SECOND_PARTY_RULES.join(' | ')
	),
	registeredVoters: nested(
		'electorate',
		'registeredVoters',
		whole,
		'registered voters (12,035,578)'
	),
	turnout: nested('electorate', 'turnout', number, 'percent of registered voters who vote (54.19)'),
	invalid: nested('electorate', 'invalid', number, 'percent of ballots that are invalid (2.38)'),
	againstAll: nested(
		'electorate',
		'againstAll',
		number,
		'against-all, in votes at the 2023 electorate (248,291)'
	),
	partyMembers: nested('access', 'partyMembers', whole, 'members a party needs (5,000)'),
	branchMembers: nested(
		'access',
		'branchMembers',
		whole,
		'members each regional branch needs (200)'
	),
	branchRegions: nested('access', 'branchRegions', whole, 'regions that must have a branch (20)'),
	foundingGroup: nested('access', 'foundingGroup', whole, 'founding group (700)'),
	inPersonCongress: nested(
		'access',
		'inPersonCongress',
		bool,
		'founding congress in person (true)'
	),
	administrativeRefusals: nested(
		'access',
		'administrativeRefusals',
		bool,
		'applications refused or returned, as before 2023 (true)'
	),
	candidateDeposit: nested(
		'access',
		'candidateDeposit',
		whole,
		'district candidate deposit, tenge (1,050,000)'
	),
	candidateRefusals: nested(
		'access',
		'candidateRefusals',
		number,
		'percent of district nominees refused (20.5)'
	),
	candidateSignatures: nested(
		'access',
		'candidateSignatures',
		whole,
		'signatures a self-nominated candidate needs (0)'
	),
	offBallotVoters: nested(
		'access',
		'offBallotVoters',
		oneOf(['stay-home', 'against-all', 'spread', 'to-party'] as const),
		'stay-home | against-all | spread | to-party'
	),
	offBallotTarget: nested(
		'access',
		'offBallotTarget',
		(t) => (t === '' ? null : t),
		'the party that gets off-ballot voters under to-party (empty for none)'
	),
	integrity: nested('integrity', 'enabled', bool, 'the hypothetical integrity lens (false)'),
	observerCoverage: nested(
		'integrity',
		'observerCoverage',
		number,
		'percent of stations with observers (50)'
	),
	inflation: nested(
		'integrity',
		'inflation',
		number,
		'assumed inflation at unobserved stations, percent (10)'
	),
	integrityParty: nested(
		'integrity',
		'party',
		(t) => t,
		'the list whose count is assumed inflated (empty: the largest list)'
	),
	seed: nested('districtModel', 'seed', whole, 'district model seed (69)'),
	independentShare: nested(
		'districtModel',
		'independentShare',
		number,
		'self-nominated share in an average district, percent (50)'
	),
	lowTurnoutEffect: nested(
		'districtModel',
		'lowTurnoutEffect',
		number,
		'how much more self-nominated draw where turnout is low (0.75)'
	),
	districtSpread: nested(
		'districtModel',
		'districtSpread',
		number,
		'district-to-district spread of the self-nominated share, percent (50)'
	),
	regionalSpread: nested(
		'districtModel',
		'regionalSpread',
		number,
		'region-to-region spread of party strength, percent (10)'
	)
};

interface PartyKey {
	readonly description: string;
	readonly apply: (p: ScenarioParty, text: string, key: string) => ScenarioParty;
	readonly read: (p: ScenarioParty) => string;
}

/** A key for one field of a party's capacity. */
const capacity = <K extends keyof ScenarioParty['capacity']>(
	field: K,
	parse: Parse<ScenarioParty['capacity'][K]>,
	description: string
): PartyKey => ({
	description,
	apply: (p, t, k) => ({ ...p, capacity: { ...p.capacity, [field]: parse(t, k) } }),
	read: (p) => valueText(p.capacity[field])
});

/** Keys that name a party after a dot: support.amanat=3000000, members.alga=20000. */
export const PARTY_KEYS: Readonly<Record<string, PartyKey>> = {
	support: {
		description: 'a party’s support, in votes at the 2023 electorate',
		apply: (p, t, k) => ({ ...p, support: number(t, k) }),
		read: (p) => valueText(p.support)
	},
	members: capacity('members', whole, 'members a party can gather'),
	regions: capacity('regions', whole, 'regions where a party can set up a branch (of 20)'),
	inPerson: capacity('canMeetInPerson', bool, 'whether a party’s founders can meet in person'),
	refused: capacity('refusedIn2023', bool, 'whether a party was refused before 2023')
};

/** Every key with its description, for help texts and the README. */
export function describeSetKeys(): [string, string][] {
	return [
		...Object.entries(SET_KEYS).map(([k, v]): [string, string] => [k, v.description]),
		...Object.entries(PARTY_KEYS).map(([k, v]): [string, string] => [`${k}.PARTY`, v.description])
	];
}

/**
 * An own entry of a key table, never one inherited from Object.prototype: a key typed by a
 * person ("constructor", "__proto__", "toString") is data, not a way into the prototype.
 */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
	return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Applies one KEY=VALUE to a scenario; throws SetError naming the problem. */
export function applySet(s: Scenario, assignment: string): Scenario {
	const at = assignment.indexOf('=');
	if (at <= 0) throw new SetError(`expected KEY=VALUE, got "${assignment}"`);
	const key = assignment.slice(0, at);
	const value = assignment.slice(at + 1);
	const direct = own(SET_KEYS, key);
	if (direct) return direct.apply(s, value, key);
	const [kind = '', party, ...extra] = key.split('.');
	const partyKey = own(PARTY_KEYS, kind);
	if (partyKey && party && extra.length === 0) {
		// Setting anything of the hypothetical new party adds it to the scenario.
		if (party === NEW_PARTY.id) s = withNewParty(s);
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

/** The value of KEY in a scenario as text (`support.amanat` included); undefined if unknown. */
export function readSetKey(s: Scenario, key: string): string | undefined {
	const direct = own(SET_KEYS, key);
	if (direct) return direct.read(s);
	const [kind = '', party, ...extra] = key.split('.');
	const partyKey = own(PARTY_KEYS, kind);
	const target = s.parties.find((p) => p.id === party);
	return partyKey && target && extra.length === 0 ? partyKey.read(target) : undefined;
}
