/**
 * `--set KEY=VALUE`: change one field of a scenario by a short name. Every key is listed in
 * SET_KEYS (and in the README); a bad key or value is a one-line error.
 */
import { isMethodId, METHOD_IDS } from '../engine/methods';
import { SECOND_PARTY_RULES, THRESHOLD_BASES } from '../engine/threshold';
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
	readonly apply: (s: Scenario, text: string, key: string) => Scenario;
	/** The field's value as text, the inverse of apply: for the URL codec. */
	readonly read: (s: Scenario) => string;
}

type Section = 'list' | 'electorate' | 'access' | 'integrity' | 'districtModel';

/** A key for a field inside one section of the scenario. */
const nested = <S extends Section, K extends keyof Scenario[S] & string>(
	section: S,
	field: K,
	parse: Parse<Scenario[S][K]>
): SetKey => ({
	apply: (s, t, k) => ({ ...s, [section]: { ...s[section], [field]: parse(t, k) } }),
	read: (s) => valueText(s[section][field])
});

const top = <K extends 'totalSeats' | 'districtSeats' | 'mixed' | 'overhang'>(
	field: K,
	parse: Parse<Scenario[K]>
): SetKey => ({
	apply: (s, t, k) => ({ ...s, [field]: parse(t, k) }),
	read: (s) => valueText(s[field])
});

export const SET_KEYS: Readonly<Record<string, SetKey>> = {
	totalSeats: top('totalSeats', whole),
	districtSeats: top('districtSeats', whole),
	mixed: top('mixed', oneOf(['parallel', 'compensatory'] as const)),
	overhang: top('overhang', oneOf(['fixed-house', 'extra-seats'] as const)),
	method: nested('list', 'method', (t, k) => (isMethodId(t) ? t : oneOf(METHOD_IDS)(t, k))),
	threshold: nested('list', 'threshold', number),
	thresholdBase: nested('list', 'thresholdBase', oneOf(THRESHOLD_BASES)),
	secondParty: nested('list', 'secondParty', oneOf(SECOND_PARTY_RULES)),
	registeredVoters: nested('electorate', 'registeredVoters', whole),
	turnout: nested('electorate', 'turnout', number),
	invalid: nested('electorate', 'invalid', number),
	againstAll: nested('electorate', 'againstAll', number),
	partyMembers: nested('access', 'partyMembers', whole),
	branchMembers: nested('access', 'branchMembers', whole),
	branchRegions: nested('access', 'branchRegions', whole),
	foundingGroup: nested('access', 'foundingGroup', whole),
	inPersonCongress: nested('access', 'inPersonCongress', bool),
	administrativeRefusals: nested('access', 'administrativeRefusals', bool),
	candidateDeposit: nested('access', 'candidateDeposit', whole),
	candidateRefusals: nested('access', 'candidateRefusals', number),
	candidateSignatures: nested('access', 'candidateSignatures', whole),
	offBallotVoters: nested(
		'access',
		'offBallotVoters',
		oneOf(['stay-home', 'against-all', 'spread', 'to-party'] as const)
	),
	offBallotTarget: nested('access', 'offBallotTarget', (t) => (t === '' ? null : t)),
	integrity: nested('integrity', 'enabled', bool),
	observerCoverage: nested('integrity', 'observerCoverage', number),
	inflation: nested('integrity', 'inflation', number),
	integrityParty: nested('integrity', 'party', (t) => t),
	seed: nested('districtModel', 'seed', whole),
	independentShare: nested('districtModel', 'independentShare', number),
	lowTurnoutEffect: nested('districtModel', 'lowTurnoutEffect', number),
	districtSpread: nested('districtModel', 'districtSpread', number),
	regionalSpread: nested('districtModel', 'regionalSpread', number)
};

interface PartyKey {
	readonly apply: (p: ScenarioParty, text: string, key: string) => ScenarioParty;
	readonly read: (p: ScenarioParty) => string;
}

/** A key for one field of a party's capacity. */
const capacity = <K extends keyof ScenarioParty['capacity']>(
	field: K,
	parse: Parse<ScenarioParty['capacity'][K]>
): PartyKey => ({
	apply: (p, t, k) => ({ ...p, capacity: { ...p.capacity, [field]: parse(t, k) } }),
	read: (p) => valueText(p.capacity[field])
});

/** Keys that name a party after a dot: support.amanat=3000000, members.alga=20000. */
export const PARTY_KEYS: Readonly<Record<string, PartyKey>> = {
	support: {
		apply: (p, t, k) => ({ ...p, support: number(t, k) }),
		read: (p) => valueText(p.support)
	},
	members: capacity('members', whole),
	regions: capacity('regions', whole),
	inPerson: capacity('canMeetInPerson', bool),
	refused: capacity('refusedIn2023', bool)
};

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
