import { describe, expect, it } from 'vitest';
import type { Chamber } from '../scenario/simulate';
import { findPreset } from '../scenario/presets';
import { runScenario } from '../scenario/run';
import { applySet, SetError } from '../scenario/set';
import {
	answerNumber,
	checkGoal,
	checkedAtTheEnd,
	goalChamber,
	SELF_NOMINATED,
	settingValue,
	startScenario
} from './goals';
import type { Goal } from './types';

/** The reported chamber of a preset with some `--set` changes. */
function chamberOf(preset: string, set: readonly string[] = []): Chamber {
	return runScenario(set.reduce(applySet, findPreset(preset)!.scenario)).reported;
}

const official2023 = chamberOf('2023');
const threshold7 = chamberOf('2023', ['threshold=7']);
const official2007 = chamberOf('2007');

describe('checkGoal: simple conditions against real chambers', () => {
	// [chamber name, goal, met, actual, target, chamber]
	const cases: [string, Goal, boolean, number, number, Chamber][] = [
		// 2023: Amanat 40 list + 22 district = 62; six parties; 7 self-nominated; Gallagher 9.54.
		['2023', { kind: 'seats-at-least', party: 'amanat', seats: 50 }, true, 62, 50, official2023],
		['2023', { kind: 'seats-at-least', party: 'amanat', seats: 62 }, true, 62, 62, official2023],
		['2023', { kind: 'seats-at-least', party: 'amanat', seats: 63 }, false, 62, 63, official2023],
		['2023', { kind: 'seats-at-most', party: 'jsdp', seats: 4 }, true, 4, 4, official2023],
		['2023', { kind: 'seats-at-most', party: 'jsdp', seats: 3 }, false, 4, 3, official2023],
		['2023', { kind: 'in-chamber', party: 'qhp' }, true, 5, 1, official2023],
		['2023', { kind: 'in-chamber', party: 'baytaq' }, false, 0, 1, official2023],
		['2023', { kind: 'not-in-chamber', party: 'baytaq' }, true, 0, 0, official2023],
		['2023', { kind: 'not-in-chamber', party: 'auyl' }, false, 8, 0, official2023],
		// A party the scenario does not have holds no seats.
		['2023', { kind: 'in-chamber', party: 'no-such-party' }, false, 0, 1, official2023],
		// Below a majority: at most 49 of 98.
		['2023', { kind: 'below-majority', party: 'amanat' }, false, 62, 49, official2023],
		['2023', { kind: 'below-majority', party: 'auyl' }, true, 8, 49, official2023],
		[
			'2023',
			{ kind: 'reaches-line', party: 'amanat', line: 'majority' },
			true,
			62,
			50,
			official2023
		],
		[
			'2023',
			{ kind: 'reaches-line', party: 'amanat', line: 'two-thirds' },
			false,
			62,
			66,
			official2023
		],
		[
			'2023',
			{ kind: 'reaches-line', party: 'amanat', line: 'three-quarters' },
			false,
			62,
			74,
			official2023
		],
		// Six parties have seats; the 7 self-nominated winners are not a party.
		['2023', { kind: 'parties-in-chamber', count: 6 }, true, 6, 6, official2023],
		['2023', { kind: 'parties-in-chamber', count: 7 }, false, 6, 7, official2023],
		// The self-nominated winners as a group.
		['2023', { kind: 'seats-at-least', party: SELF_NOMINATED, seats: 7 }, true, 7, 7, official2023],
		// 7 % threshold: the People's Party and the Social Democrats are out; Amanat 46 + 22 = 68.
		['threshold 7', { kind: 'parties-in-chamber', count: 4 }, true, 4, 4, threshold7],
		[
			'threshold 7',
			{ kind: 'reaches-line', party: 'amanat', line: 'two-thirds' },
			true,
			68,
			66,
			threshold7
		],
		['threshold 7', { kind: 'not-in-chamber', party: 'qhp' }, true, 0, 0, threshold7],
		// 2007: Nur Otan took all 98 list seats of a 107-seat house (9 chosen by the Assembly of
		// People), so three-quarters is ⌈¾ × 107⌉ = 81 seats.
		['2007', { kind: 'parties-in-chamber', count: 1 }, true, 1, 1, official2007],
		[
			'2007',
			{ kind: 'reaches-line', party: 'nurotan', line: 'three-quarters' },
			true,
			98,
			81,
			official2007
		],
		['2007', { kind: 'seats-at-most', party: 'nurotan', seats: 97 }, false, 98, 97, official2007]
	];

	it.each(cases)('%s: %j → met %s (%s of %s)', (_name, goal, met, actual, target, chamber) => {
		const check = checkGoal(goal, chamber);
		expect(check.met).toBe(met);
		expect(check.parts).toEqual([{ goal, met, actual, target, atTheEnd: false }]);
	});

	it('reads the Gallagher index and needs it strictly below the value', () => {
		expect(official2023.metrics.gallagher).toBeCloseTo(9.54, 2);
		expect(threshold7.metrics.gallagher).toBeCloseTo(13.99, 2);
		const below = checkGoal({ kind: 'gallagher-below', value: 10 }, official2023);
		expect(below.met).toBe(true);
		expect(below.parts[0]!.actual).toBeCloseTo(9.54, 2);
		expect(below.parts[0]!.target).toBe(10);
		expect(checkGoal({ kind: 'gallagher-below', value: 9.5 }, official2023).met).toBe(false);
		const exact = official2023.metrics.gallagher;
		expect(checkGoal({ kind: 'gallagher-below', value: exact }, official2023).met).toBe(false);
	});

	it('takes the lines from the chamber, so they follow the house size', () => {
		// A house grown by overhang to 100 seats needs 51 for a majority and 67 for two-thirds.
		const grown: Chamber = {
			...official2023,
			houseSize: 100,
			majorities: [
				{ name: 'majority', seats: 51, reachedBy: [] },
				{ name: 'two-thirds', seats: 67, reachedBy: [] },
				{ name: 'three-quarters', seats: 75, reachedBy: [] }
			]
		};
		expect(
			checkGoal({ kind: 'reaches-line', party: 'auyl', line: 'two-thirds' }, grown).parts[0]!.target
		).toBe(67);
		expect(checkGoal({ kind: 'below-majority', party: 'auyl' }, grown).parts[0]!.target).toBe(50);
	});
});

describe('checkGoal: all and any', () => {
	const amanat50: Goal = { kind: 'seats-at-least', party: 'amanat', seats: 50 };
	const baytaqIn: Goal = { kind: 'in-chamber', party: 'baytaq' };
	const sixParties: Goal = { kind: 'parties-in-chamber', count: 6 };

	it('all needs every condition and lists each part in order', () => {
		const check = checkGoal({ kind: 'all', goals: [amanat50, baytaqIn, sixParties] }, official2023);
		expect(check.met).toBe(false);
		expect(check.parts.map((p) => [p.goal, p.met, p.actual, p.target])).toEqual([
			[amanat50, true, 62, 50],
			[baytaqIn, false, 0, 1],
			[sixParties, true, 6, 6]
		]);
		expect(checkGoal({ kind: 'all', goals: [amanat50, sixParties] }, official2023).met).toBe(true);
	});

	it('any needs one condition', () => {
		expect(checkGoal({ kind: 'any', goals: [baytaqIn, amanat50] }, official2023).met).toBe(true);
		expect(checkGoal({ kind: 'any', goals: [baytaqIn] }, official2023).met).toBe(false);
	});

	it('nests, flattening the parts depth first', () => {
		const goal: Goal = {
			kind: 'all',
			goals: [
				{ kind: 'any', goals: [baytaqIn, { kind: 'below-majority', party: 'amanat' }] },
				sixParties
			]
		};
		const check = checkGoal(goal, official2023);
		expect(check.met).toBe(false);
		expect(check.parts.map((p) => p.goal.kind)).toEqual([
			'in-chamber',
			'below-majority',
			'parties-in-chamber'
		]);
		// With Baytaq in at a 2.3 % threshold the 'any' is met, but there are seven parties.
		const baytaq = chamberOf('2023', ['threshold=2.3']);
		const parts = checkGoal(goal, baytaq).parts;
		expect(parts.map((p) => p.met)).toEqual([true, false, false]);
		expect(parts[2]!.actual).toBe(7);
		expect(checkGoal(goal, baytaq).met).toBe(false);
	});

	it('all of nothing is met, any of nothing is not', () => {
		expect(checkGoal({ kind: 'all', goals: [] }, official2023)).toEqual({ met: true, parts: [] });
		expect(checkGoal({ kind: 'any', goals: [] }, official2023)).toEqual({ met: false, parts: [] });
	});
});

describe('goalChamber', () => {
	it('is the reported chamber without the integrity lens, the adjusted one with it', () => {
		const plain = runScenario(findPreset('2023')!.scenario);
		expect(goalChamber(plain)).toBe(plain.reported);
		const lens = runScenario(applySet(findPreset('2023')!.scenario, 'integrity=true'));
		expect(lens.adjusted).not.toBeNull();
		expect(goalChamber(lens)).toBe(lens.adjusted);
	});
});

describe('startScenario', () => {
	it('is the preset with each --set applied in order', () => {
		const s = startScenario({
			id: 'x',
			start: { preset: '2023', set: ['threshold=7', 'thresholdBase=parties', 'threshold=6'] }
		});
		expect(s.list.threshold).toBe(6);
		expect(s.list.thresholdBase).toBe('parties');
		expect(s.parties).toEqual(findPreset('2023')!.scenario.parties);
	});

	it('is the preset itself with no changes', () => {
		expect(startScenario({ id: 'x', start: { preset: '2007', set: [] } })).toBe(
			findPreset('2007')!.scenario
		);
	});

	it('refuses an unknown preset or a bad change', () => {
		expect(() => startScenario({ id: 'x', start: { preset: '1999', set: [] } })).toThrow(/1999/);
		expect(() =>
			startScenario({ id: 'x', start: { preset: '2023', set: ['threshold=high'] } })
		).toThrow(SetError);
	});
});

describe('checkGoal: a setting range, in the control’s steps', () => {
	const at = (set: string[]) => set.reduce(applySet, findPreset('2023')!.scenario);
	const range: Goal = {
		kind: 'setting-range',
		setting: 'threshold',
		min: 2.2,
		max: 2.3,
		step: 0.1
	};
	// [threshold set, met]: the ends are in; one step outside either end is out; a value a float
	// away from a step counts as that step (2.3000000001 is the slider's 2.3).
	it.each([
		['2.2', true],
		['2.3', true],
		['2.3000000001', true],
		['2.1', false],
		['2.4', false],
		['0', false],
		['5', false],
		['15', false]
	] as const)('threshold %s → %s', (value, met) => {
		const scenario = at([`threshold=${value}`]);
		const part = checkGoal(range, official2023, { scenario }).parts[0]!;
		expect([part.met, part.actual, part.target, part.upTo, part.atTheEnd]).toEqual([
			met,
			Number(value),
			2.2,
			2.3,
			true
		]);
	});
	it('is not met without a scenario, or for a setting that is not a number', () => {
		expect(checkGoal(range, official2023).met).toBe(false);
		const method: Goal = { kind: 'setting-range', setting: 'method', min: 0, max: 9, step: 1 };
		expect(checkGoal(method, official2023, { scenario: at([]) }).met).toBe(false);
	});
	it('reads a support setting as the slider’s share of the vote', () => {
		// 337,421 votes of the 2023 reference total of 6,366,441 are 5.2999…%, the slider's 5.3.
		const scenario = at(['support.new-party=337421']);
		expect(settingValue(scenario, 'support.new-party')).toBeCloseTo(5.3, 3);
		expect(settingValue(at([]), 'support.new-party')).toBe(0);
		expect(settingValue(at([]), 'districtSeats')).toBe(29);
	});
});

describe('checkGoal: a numeric answer', () => {
	const goal: Goal = { kind: 'answer-range', question: 2, min: 2.2, max: 2.3 };
	it.each([
		['2.3', true],
		['2,3', true],
		['2.3 %', true],
		[' 2,25% ', true],
		['2.31', false],
		['2.19', false],
		['about 2.3', false],
		['', false]
	] as const)('answer %j → %s', (answer, met) => {
		const check = checkGoal(goal, official2023, { answers: ['words', answer] });
		expect(check.met).toBe(met);
		expect(check.parts[0]!.atTheEnd).toBe(true);
	});
	it.each([
		['146 431', 146_431],
		['146,431', 146_431],
		['1,000,000', 1_000_000],
		['0,5', 0.5],
		['-3', -3],
		['2.3.1', undefined],
		['x', undefined]
	] as const)('reads %j as %s', (text, value) => {
		expect(answerNumber(text)).toBe(value);
	});
	it('is checked at the end; chamber facts are checked live', () => {
		expect(checkedAtTheEnd(goal)).toBe(true);
		expect(checkedAtTheEnd({ kind: 'in-chamber', party: 'baytaq' })).toBe(false);
	});
});
