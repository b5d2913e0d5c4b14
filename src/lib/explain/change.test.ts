import { describe, expect, it } from 'vitest';
import { METHOD_IDS } from '../engine/methods';
import enApp from '../i18n/en/app.json';
import enMore from '../i18n/en/sim-more.json';
import kkMore from '../i18n/kk/sim-more.json';
import ruMore from '../i18n/ru/sim-more.json';
import { createTranslator } from '../i18n/translate';
import { SCENARIO_2023 } from '../scenario/defaults';
import { changeWords } from './change-text';
import { findPreset } from '../scenario/presets';
import { runScenario } from '../scenario/run';
import { applySet } from '../scenario/set';
import type { Scenario } from '../scenario/types';
import {
	APPOINTED_ROW,
	INDEPENDENT_ROW,
	keptOffReasons,
	mainCause,
	ruleChanges,
	tallyRows
} from './change';

const official = runScenario(SCENARIO_2023).reported;
const chamberWith = (...sets: string[]) =>
	runScenario(sets.reduce(applySet, SCENARIO_2023)).reported;
const deltas = (rows: ReturnType<typeof tallyRows>) =>
	Object.fromEntries(rows.map((r) => [r.id, r.delta]));

describe('tallyRows', () => {
	it('shows no change for the official chamber against itself', () => {
		const rows = tallyRows(official, official, 5);
		expect(rows.every((r) => r.delta === 0)).toBe(true);
		// The six lists with seats and the self-nominated winners; Baytaq had none.
		expect(rows.map((r) => r.id)).toEqual([
			'amanat',
			'auyl',
			'respublica',
			'akzhol',
			'qhp',
			'jsdp',
			INDEPENDENT_ROW
		]);
	});

	it('counts the change of a 7 % threshold and says why two lists hold nothing', () => {
		const rows = tallyRows(chamberWith('threshold=7'), official, 7);
		// The official shares: People's Party 6.80 %, Social Democrats 5.20 % (of 6,366,441).
		expect(deltas(rows)).toMatchObject({ amanat: 6, qhp: -5, jsdp: -4 });
		const qhp = rows.find((r) => r.id === 'qhp')!;
		expect(qhp.standing).toMatchObject({ kind: 'below-threshold', threshold: 7 });
		if (qhp.standing.kind === 'below-threshold') expect(qhp.standing.percent).toBeCloseTo(6.8, 2);
	});

	it('follows Nur Otan to Amanat and counts the Assembly of People’s seats', () => {
		const chamber2021 = runScenario(findPreset('2021')!.scenario).reported;
		const rows = tallyRows(chamber2021, official, 7);
		const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
		// 76 (2021) against 62 (2023); the People's Party 10 against 5.
		expect(byId.nurotan).toMatchObject({ seats: 76, before: 62, delta: 14 });
		expect(byId.npk).toMatchObject({ seats: 10, before: 5, delta: 5 });
		expect(byId[APPOINTED_ROW]).toMatchObject({ seats: 9, before: 0, delta: 9 });
		// Respublica did not exist in 2021: its 6 seats of 2023 show as lost.
		expect(byId.respublica).toMatchObject({ seats: 0, before: 6, delta: -6 });
	});
});

describe('mainCause', () => {
	it('names the lists that fell below the threshold and the seats they leave', () => {
		const cause = mainCause(tallyRows(chamberWith('threshold=7'), official, 7));
		expect(cause.kind).toBe('dropped');
		if (cause.kind !== 'dropped') return;
		expect(cause.reason).toBe('below-threshold');
		expect(cause.dropped.map((r) => r.id)).toEqual(['qhp', 'jsdp']);
		expect(cause.seats).toBe(9);
		expect(cause.gainers[0]).toMatchObject({ id: 'amanat', delta: 6 });
	});

	it('names lists kept off the ballot under the 2020 barrier', () => {
		const chamber = runScenario(findPreset('barrier-2020')!.scenario).reported;
		const cause = mainCause(tallyRows(chamber, official, 5));
		expect(cause.kind).toBe('dropped');
		if (cause.kind === 'dropped') {
			expect(cause.reason).toBe('off-ballot');
			expect(cause.dropped.map((r) => r.id)).toEqual(['respublica']);
		}
	});

	it('names a list that enters when the threshold falls', () => {
		const cause = mainCause(tallyRows(chamberWith('threshold=2'), official, 2));
		expect(cause.kind).toBe('entered');
		if (cause.kind === 'entered') expect(cause.entered.map((r) => r.id)).toEqual(['baytaq']);
	});

	it('says seats moved when the formula changes and no list enters or leaves', () => {
		const cause = mainCause(tallyRows(chamberWith('method=dhondt'), official, 5));
		// D'Hondt: 41/8/6/6/5/3 against Hare's 40/8/6/6/5/4 (fact sheet §1.2).
		expect(cause).toMatchObject({
			kind: 'moved',
			gainers: [{ id: 'amanat', delta: 1 }],
			losers: [{ id: 'jsdp', delta: -1 }]
		});
	});

	it('says nothing changed when nothing did', () => {
		expect(mainCause(tallyRows(official, official, 5))).toEqual({ kind: 'none' });
	});
});

describe('ruleChanges', () => {
	const at = (...sets: string[]) => sets.reduce(applySet, SCENARIO_2023);
	const compared = (scenario: Scenario) => ({ scenario, chamber: runScenario(scenario).reported });
	const official = compared(SCENARIO_2023);
	const changes = (...sets: string[]) => ruleChanges(official, compared(at(...sets)));

	it('finds nothing to explain in the same rules, or in rules that do not share seats', () => {
		expect(ruleChanges(official, official)).toEqual([]);
		expect(changes('threshold=7', 'turnout=60')).toEqual([]);
	});

	it('names the seat formula, the tiers and the list/district split when they differ', () => {
		expect(changes('method=dhondt')).toEqual([{ kind: 'method', method: 'dhondt' }]);
		expect(changes('mixed=compensatory')).toEqual([{ kind: 'mixed', mixed: 'compensatory' }]);
		expect(changes('districtSeats=0', 'method=droop')).toEqual([
			{ kind: 'method', method: 'droop' },
			{ kind: 'split', districts: 0, before: 29, total: 98 }
		]);
		// Against a pinned D'Hondt scenario, going back to Hare is the change.
		expect(ruleChanges(compared(at('method=dhondt')), official)).toEqual([
			{ kind: 'method', method: 'hare' }
		]);
	});

	it('names the size of the house with its list seats', () => {
		expect(changes('totalSeats=120')).toEqual([
			{ kind: 'house', total: 120, before: 98, lists: 91 }
		]);
	});

	it('gives the votes a list needs under the new threshold base and the old', () => {
		const [base] = changes('thresholdBase=parties');
		// 5 % of the votes for lists alone against 5 % of lists + against all (2023: 6,366,441).
		const listVotes = official.chamber.parties.reduce((a, p) => a + p.votes, 0);
		expect(base).toEqual({
			kind: 'base',
			base: 'parties',
			needed: Math.ceil(listVotes / 20),
			before: Math.ceil(6_366_441 / 20)
		});
	});
});

describe('the sentence on the changed rules', () => {
	// The section of each catalogue as written (the page registers it as it loads it).
	const catalogues = { en: enMore, ru: ruMore, kk: kkMore };
	const words = (locale: 'en' | 'ru' | 'kk') =>
		changeWords(SCENARIO_2023, createTranslator(locale, catalogues[locale]), locale);

	it.each([
		[0, 'No seat is now elected in a single-member district (it was 29): all 98 go to the lists'],
		[1, '1 of the 98 seats is now elected in single-member districts (it was 29)'],
		[40, '40 of the 98 seats are now elected in single-member districts (it was 29)'],
		[98, 'All 98 seats are now elected in single-member districts (it was 29): each goes to']
	])('%i district seats: "%s…"', (districts, start) => {
		const sentence = words('en').rules([{ kind: 'split', districts, before: 29, total: 98 }]);
		expect(sentence.startsWith(start)).toBe(true);
	});

	it('names every formula and both ways of combining the tiers, in every language', () => {
		for (const locale of ['en', 'ru', 'kk'] as const) {
			const texts = METHOD_IDS.map((method) => words(locale).rules([{ kind: 'method', method }]));
			expect(new Set(texts).size).toBe(METHOD_IDS.length);
			for (const text of texts) expect(text).toMatch(/^\S.*[.]$/);
		}
		expect(words('ru').rules([{ kind: 'method', method: 'dhondt' }])).toContain('Д’Ондта');
		for (const locale of ['en', 'ru', 'kk'] as const) {
			const [compensatory, parallel] = (['compensatory', 'parallel'] as const).map((mixed) =>
				words(locale).rules([{ kind: 'mixed', mixed }])
			);
			expect(compensatory).not.toBe(parallel);
			expect(compensatory).toMatch(/compensatory|компенсаци/);
		}
		expect(words('en').rules([])).toBe('');
		expect(words('en').rules([{ kind: 'house', total: 120, before: 98, lists: 91 }])).toBe(
			'The house now has 120 seats (it was 98); the 91 list seats are shared out again by the same rule, so each list gets its share of a different number.'
		);
	});

	it.each([
		['totalSeats=120', /^No list entered or left; the added seats went to Amanat \+\d+, .*\.$/],
		[
			'totalSeats=80',
			/^No list entered or left; the seats taken away came from Amanat −\d+, .*\.$/
		],
		['districtSeats=98', /^No list entered or left, but seats moved: Amanat \+\d+.*; Auyl −\d+/]
	])('a house made %s says which way the seats went', (set, sentence) => {
		// Seats only added (or only taken away) have no other side to name.
		const scenario = applySet(SCENARIO_2023, set);
		const rows = tallyRows(
			runScenario(scenario).reported,
			runScenario(SCENARIO_2023).reported,
			scenario.list.threshold
		);
		const text = changeWords(scenario, createTranslator('en', enApp), 'en').cause(mainCause(rows));
		expect(text).toMatch(sentence);
		expect(text).not.toMatch(/: ;|; \.$/);
	});

	it('says what the threshold is counted on, with the votes a list needs, in Russian digits', () => {
		const sentence = words('ru').rules([
			{ kind: 'base', base: 'parties', needed: 302_345, before: 318_323 }
		]);
		// Thousands are grouped with a (narrow) no-break space.
		expect(sentence.replace(/[\u00a0\u202f]/g, ' ')).toBe(
			'Барьер теперь считается от одних голосов за списки: наименьшее число голосов, с которым список его преодолевает, — 302 345 (было 318 323).'
		);
		expect(words('en').rules([{ kind: 'base', base: 'ballots', needed: null, before: null }])).toBe(
			'The threshold is now counted on every ballot, invalid ones included.'
		);
	});
});

describe('keptOffReasons', () => {
	it('gives the first rule each list kept off the ballot failed, when that is the main cause', () => {
		// 20,000 members, as before 2022: the model's own check says who falls short.
		const scenario = applySet(SCENARIO_2023, 'partyMembers=20000');
		const result = runScenario(scenario);
		const cause = mainCause(
			tallyRows(result.reported, runScenario(SCENARIO_2023).reported, scenario.list.threshold)
		);
		const reasons = keptOffReasons(cause, result.access, scenario);
		const expected = result.access
			.filter(
				(a) => !a.onBallot && cause.kind === 'dropped' && cause.dropped.some((r) => r.id === a.id)
			)
			.map((a) => a.failures[0]);
		expect(reasons.length).toBeGreaterThan(0);
		expect(reasons.map((r) => r.failure)).toEqual(expected);
		expect(reasons.every((r) => r.failure.rule === 'members')).toBe(true);
		// The threshold, not the ballot, is the cause here: nothing to give.
		const seven = applySet(SCENARIO_2023, 'threshold=7');
		const sevenResult = runScenario(seven);
		const below = mainCause(
			tallyRows(sevenResult.reported, runScenario(SCENARIO_2023).reported, 7)
		);
		expect(below).toMatchObject({ kind: 'dropped', reason: 'below-threshold' });
		expect(keptOffReasons(below, sevenResult.access, seven)).toEqual([]);
	});

	it('says it in each language, marking an assumed membership', () => {
		const catalogues = { en: enMore, ru: ruMore, kk: kkMore };
		const say = (locale: 'en' | 'ru' | 'kk', assumed: boolean) =>
			changeWords(SCENARIO_2023, createTranslator(locale, catalogues[locale]), locale)
				.keptOff([
					{
						party: 'respublica',
						failure: { rule: 'members', needed: 20_000, has: 10_000 },
						assumed
					}
				])
				.replace(/[\u00a0\u202f]/g, ' ');
		expect(say('en', false)).toBe('Respublica: a party needs 20,000 members; it has 10,000.');
		expect(say('en', true)).toBe(
			'Respublica: a party needs 20,000 members; it has 10,000 (an assumption).'
		);
		expect(say('ru', true)).toContain('требуется членов — 20 000, у партии — 10 000 (допущение)');
		expect(say('kk', false)).toContain('партияға 20 000 мүше қажет; оның мүшелері — 10 000');
	});
});
