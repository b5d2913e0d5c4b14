import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from './defaults';
import { checkScenario } from './schema';
import { applySet, SET_KEYS, SetError } from './set';
import { describeSetKeys } from './set-help';
import type { Scenario } from './types';

/** A copy of `s` with the field at `path` set to `value`. */
function setIn(s: Scenario, path: readonly string[], value: unknown): Scenario {
	const copy = structuredClone(s) as unknown as Record<string, unknown>;
	let at = copy;
	for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
	at[path[path.length - 1]!] = value;
	return copy as unknown as Scenario;
}

/** Every key of SET_KEYS: a value to give it, the field it sets, and what the field becomes. */
const DIRECT: Record<string, [text: string, path: string[], value: unknown]> = {
	totalSeats: ['120', ['totalSeats'], 120],
	districtSeats: ['49', ['districtSeats'], 49],
	mixed: ['compensatory', ['mixed'], 'compensatory'],
	overhang: ['extra-seats', ['overhang'], 'extra-seats'],
	method: ['dhondt', ['list', 'method'], 'dhondt'],
	threshold: ['7.5', ['list', 'threshold'], 7.5],
	thresholdBase: ['parties', ['list', 'thresholdBase'], 'parties'],
	secondParty: ['runner-up', ['list', 'secondParty'], 'runner-up'],
	registeredVoters: ['13000000', ['electorate', 'registeredVoters'], 13_000_000],
	turnout: ['61.5', ['electorate', 'turnout'], 61.5],
	invalid: ['1.5', ['electorate', 'invalid'], 1.5],
	againstAll: ['300000', ['electorate', 'againstAll'], 300_000],
	partyMembers: ['20000', ['access', 'partyMembers'], 20_000],
	branchMembers: ['600', ['access', 'branchMembers'], 600],
	branchRegions: ['17', ['access', 'branchRegions'], 17],
	foundingGroup: ['1000', ['access', 'foundingGroup'], 1_000],
	inPersonCongress: ['false', ['access', 'inPersonCongress'], false],
	administrativeRefusals: ['off', ['access', 'administrativeRefusals'], false],
	candidateDeposit: ['2000000', ['access', 'candidateDeposit'], 2_000_000],
	candidateRefusals: ['10', ['access', 'candidateRefusals'], 10],
	candidateSignatures: ['500', ['access', 'candidateSignatures'], 500],
	offBallotVoters: ['spread', ['access', 'offBallotVoters'], 'spread'],
	offBallotTarget: ['alga', ['access', 'offBallotTarget'], 'alga'],
	integrity: ['on', ['integrity', 'enabled'], true],
	observerCoverage: ['80', ['integrity', 'observerCoverage'], 80],
	inflation: ['25', ['integrity', 'inflation'], 25],
	integrityParty: ['auyl', ['integrity', 'party'], 'auyl'],
	seed: ['7', ['districtModel', 'seed'], 7],
	independentShare: ['30', ['districtModel', 'independentShare'], 30],
	lowTurnoutEffect: ['0.5', ['districtModel', 'lowTurnoutEffect'], 0.5],
	districtSpread: ['10', ['districtModel', 'districtSpread'], 10],
	regionalSpread: ['20', ['districtModel', 'regionalSpread'], 20]
};

/** Every KEY.PARTY key: an assignment for Alga, the field of the party, and its new value. */
const PARTY: Record<string, [text: string, path: string[], value: unknown]> = {
	support: ['500000', ['support'], 500_000],
	members: ['20000', ['capacity', 'members'], 20_000],
	regions: ['12', ['capacity', 'regions'], 12],
	inPerson: ['no', ['capacity', 'canMeetInPerson'], false],
	refused: ['false', ['capacity', 'refusedIn2023'], false]
};

const ALGA = SCENARIO_2023.parties.findIndex((p) => p.id === 'alga');

describe('applySet', () => {
	it('has a test value for every key in SET_KEYS and every party key', () => {
		expect(Object.keys(DIRECT).sort()).toEqual(Object.keys(SET_KEYS).sort());
		const partyKeys = describeSetKeys()
			.map(([k]) => k)
			.filter((k) => k.endsWith('.PARTY'))
			.map((k) => k.slice(0, -'.PARTY'.length));
		expect(Object.keys(PARTY).sort()).toEqual(partyKeys.sort());
	});

	it.each(Object.entries(DIRECT))('%s=… sets that one field', (key, [text, path, value]) => {
		const before = structuredClone(SCENARIO_2023);
		const after = applySet(SCENARIO_2023, `${key}=${text}`);
		expect(after).toEqual(setIn(SCENARIO_2023, path, value));
		expect(SCENARIO_2023).toEqual(before);
		expect(checkScenario(after).ok).toBe(true);
	});

	it.each(Object.entries(PARTY))(
		'%s.alga=… sets that field of Alga alone',
		(key, [text, path, value]) => {
			const after = applySet(SCENARIO_2023, `${key}.alga=${text}`);
			expect(after).toEqual(setIn(SCENARIO_2023, ['parties', String(ALGA), ...path], value));
			expect(checkScenario(after).ok).toBe(true);
		}
	);

	it.each([
		['true', true],
		['on', true],
		['yes', true],
		['1', true],
		['false', false],
		['off', false],
		['no', false],
		['0', false]
	])('reads %s as %s for a yes-or-no key', (text, value) => {
		expect(applySet(SCENARIO_2023, `integrity=${text}`).integrity.enabled).toBe(value);
	});

	it('splits at the first equals sign, so a value may hold one', () => {
		expect(applySet(SCENARIO_2023, 'offBallotTarget=a=b').access.offBallotTarget).toBe('a=b');
	});

	it('can chain assignments into a valid scenario', () => {
		const s = [
			'offBallotVoters=to-party',
			'offBallotTarget=alga',
			'administrativeRefusals=no'
		].reduce(applySet, SCENARIO_2023);
		expect(s.access).toMatchObject({
			offBallotVoters: 'to-party',
			offBallotTarget: 'alga',
			administrativeRefusals: false
		});
		expect(checkScenario(s).ok).toBe(true);
	});

	it('describes every key in one line', () => {
		const keys = describeSetKeys();
		expect(new Set(keys.map(([k]) => k)).size).toBe(keys.length);
		for (const [, description] of keys) expect(description).toMatch(/^[^\n]+$/);
	});
});

describe('applySet rejects', () => {
	it.each([
		['threshold', 'expected KEY=VALUE, got "threshold"'],
		['=5', 'expected KEY=VALUE, got "=5"'],
		['seats=98', 'unknown key "seats"'],
		['support=5', 'unknown key "support"'],
		['colour.amanat=#000000', 'unknown key "colour.amanat"'],
		['threshold=abc', 'threshold must be a number of at least 0, got "abc"'],
		['threshold=', 'threshold must be a number of at least 0, got ""'],
		['threshold=1e3', 'threshold must be a number of at least 0, got "1e3"'],
		['totalSeats=9.5', 'totalSeats must be a whole number, got "9.5"'],
		['totalSeats=-1', 'totalSeats must be a whole number, got "-1"'],
		['integrity=maybe', 'integrity must be true or false, got "maybe"'],
		['method=plurality', 'method must be one of hare, droop'],
		['mixed=mmp', 'mixed must be one of parallel, compensatory; got "mmp"'],
		['offBallotVoters=emigrate', 'offBallotVoters must be one of stay-home'],
		['support.nobody=5', 'support.nobody: no party "nobody"; parties are amanat, auyl'],
		['members.alga=1.5', 'members.alga must be a whole number, got "1.5"'],
		['inPerson.alga=perhaps', 'inPerson.alga must be true or false, got "perhaps"']
	])('%s with a SetError that says what is wrong', (assignment, message) => {
		expect(() => applySet(SCENARIO_2023, assignment)).toThrow(SetError);
		expect(() => applySet(SCENARIO_2023, assignment)).toThrow(message);
	});
});

describe('applySet edge cases', () => {
	it('rejects a party key with anything after the party id', () => {
		expect(() => applySet(SCENARIO_2023, 'support.amanat.typo=1')).toThrow(SetError);
	});

	it('rejects a negative number', () => {
		expect(() => applySet(SCENARIO_2023, 'threshold=-3')).toThrow(/at least 0/);
	});

	it('clears the off-ballot target with an empty value', () => {
		const s = applySet(SCENARIO_2023, 'offBallotTarget=alga');
		expect(applySet(s, 'offBallotTarget=').access.offBallotTarget).toBeNull();
	});
});
