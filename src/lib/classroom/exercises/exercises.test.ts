import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../data/sources';
import type { Chamber, SimulationResult } from '../../engine/simulate';
import catalogue from '../../i18n/en/exercises.json';
import { findPreset } from '../../scenario/presets';
import { runScenario } from '../../scenario/run';
import { applySet, PARTY_KEYS } from '../../scenario/set';
import { checkGoal, goalChamber, startScenario } from '../goals';
import { CONTROL_IDS, type ControlId, type Exercise, type Topic } from '../types';
import { EXERCISES, findExercise } from './index';

const messages: Readonly<Record<string, string>> = catalogue;

/** Every ControlId, at run time (the type check below fails if one is missing). */
const allControls: [Exclude<ControlId, (typeof CONTROL_IDS)[number]>] extends [never]
	? true
	: false = true;

const TOPICS = [
	'threshold',
	'formula',
	'mixed',
	'barriers',
	'turnout',
	'history',
	'integrity'
] as const satisfies readonly Topic[];
const allTopics: [Exclude<Topic, (typeof TOPICS)[number]>] extends [never] ? true : false = true;

/** The control in the app that moves a `--set` key (components/controls/*). */
const CONTROL_OF_KEY: Readonly<Record<string, ControlId>> = {
	totalSeats: 'totalSeats',
	districtSeats: 'districtSeats',
	mixed: 'mixed',
	overhang: 'overhang',
	method: 'method',
	threshold: 'threshold',
	thresholdBase: 'thresholdBase',
	secondParty: 'secondParty',
	turnout: 'turnout',
	againstAll: 'support',
	support: 'support',
	partyMembers: 'access',
	branchMembers: 'access',
	branchRegions: 'access',
	foundingGroup: 'access',
	inPersonCongress: 'access',
	administrativeRefusals: 'access',
	candidateDeposit: 'access',
	candidateRefusals: 'access',
	candidateSignatures: 'access',
	offBallotVoters: 'offBallotVoters',
	offBallotTarget: 'offBallotVoters',
	integrity: 'integrity',
	observerCoverage: 'integrity',
	inflation: 'integrity',
	integrityParty: 'integrity'
};

function controlOf(assignment: string): ControlId | undefined {
	const key = assignment.slice(0, assignment.indexOf('='));
	const direct = CONTROL_OF_KEY[key];
	if (direct) return direct;
	const kind = key.split('.')[0]!;
	if (kind === 'support') return 'support';
	return kind in PARTY_KEYS ? 'access' : undefined;
}

interface ExerciseModule {
	readonly exercise: Exercise;
	readonly solution: readonly string[];
}

const modules = Object.entries(
	import.meta.glob<ExerciseModule>(['./*.ts', '!./index.ts', '!./*.test.ts'], { eager: true })
).map(([path, module]) => ({ file: path.slice(2, -3), ...module }));

const result = (exercise: Exercise, set: readonly string[] = []): SimulationResult =>
	runScenario(set.reduce(applySet, startScenario(exercise)));

describe('the built-in exercises', () => {
	it('are at least ten, one file each, every file registered', () => {
		expect(EXERCISES.length).toBeGreaterThanOrEqual(10);
		expect(modules.map((m) => m.exercise).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
			[...EXERCISES].sort((a, b) => a.id.localeCompare(b.id))
		);
		for (const m of modules) expect(m.file).toBe(m.exercise.id);
	});

	it('have unique kebab-case ids that findExercise finds', () => {
		const ids = EXERCISES.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) {
			expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(findExercise(id)?.id).toBe(id);
		}
		expect(findExercise('no-such-exercise')).toBeUndefined();
	});

	it('cover every topic and both levels', () => {
		expect(allTopics && allControls).toBe(true);
		expect(new Set(EXERCISES.map((e) => e.topic))).toEqual(new Set(TOPICS));
		expect(new Set(EXERCISES.map((e) => e.level))).toEqual(new Set(['school', 'university']));
	});

	it.each(EXERCISES.map((e) => [e.id, e] as const))('%s is well formed', (_id, e) => {
		expect(findPreset(e.start.preset)).toBeDefined();
		expect(() => startScenario(e)).not.toThrow();
		expect(e.unlocked.length).toBeGreaterThan(0);
		for (const control of e.unlocked) expect(CONTROL_IDS).toContain(control);
		expect(new Set(e.unlocked).size).toBe(e.unlocked.length);
		expect(e.hintCount).toBeGreaterThanOrEqual(2);
		expect(e.questionCount).toBeGreaterThanOrEqual(1);
		expect(Number.isInteger(e.minutes) && e.minutes > 0 && e.minutes <= 45).toBe(true);
		expect(e.sources.length).toBeGreaterThan(0);
		for (const source of e.sources) expect(Object.keys(SOURCES)).toContain(source);
		expect(e.text).toBeUndefined();
	});
});

describe('each exercise is solvable with its unlocked controls', () => {
	it.each(modules.map((m) => [m.exercise.id, m] as const))('%s', (_id, { exercise, solution }) => {
		// Something to do: the start does not meet the goal.
		expect(checkGoal(exercise.goal, goalChamber(result(exercise))).met).toBe(false);
		// The recorded solution moves only unlocked controls, and meets the goal.
		expect(solution.length).toBeGreaterThan(0);
		for (const assignment of solution) expect(exercise.unlocked).toContain(controlOf(assignment));
		expect(checkGoal(exercise.goal, goalChamber(result(exercise, solution))).met).toBe(true);
	});
});

describe('the words of the exercises', () => {
	const partsOf = (e: Exercise) => [
		'title',
		'learningGoal',
		'task',
		...Array.from({ length: e.hintCount }, (_, i) => `hint.${i + 1}`),
		...Array.from({ length: e.questionCount }, (_, i) => `question.${i + 1}`),
		'answer'
	];

	it('has every key each exercise needs, and no other exercise keys', () => {
		const expected = new Set([
			'exercise.level.school',
			'exercise.level.university',
			...TOPICS.map((t) => `exercise.topic.${t}`),
			...EXERCISES.flatMap((e) => partsOf(e).map((p) => `exercise.${e.id}.${p}`))
		]);
		expect(new Set(Object.keys(messages))).toEqual(expected);
	});

	it('parses every message as ICU MessageFormat with no placeholders', () => {
		for (const [key, text] of Object.entries(messages)) {
			expect(text.trim(), key).not.toBe('');
			const formatted = new IntlMessageFormat(text, 'en').format();
			expect(formatted, key).toBe(text);
		}
	});

	it('labels the integrity exercise hypothetical in its title and task', () => {
		for (const e of EXERCISES.filter((x) => x.topic === 'integrity')) {
			expect(messages[`exercise.${e.id}.title`]).toMatch(/hypothetical/i);
			expect(messages[`exercise.${e.id}.task`]).toMatch(/hypothetical/i);
		}
	});
});

/** The figures the catalogue quotes, checked against the simulator. */
describe('the figures in the exercises', () => {
	const run = (preset: string, set: readonly string[] = []) =>
		runScenario(set.reduce(applySet, findPreset(preset)!.scenario));
	const seats = (c: Chamber) => Object.fromEntries(c.parties.map((p) => [p.id, p.seats]));
	const listSeats = (c: Chamber) => Object.fromEntries(c.parties.map((p) => [p.id, p.listSeats]));
	const party = (c: Chamber, id: string) => c.parties.find((p) => p.id === id)!;
	const percent = (c: Chamber, id: string) => Number(party(c, id).votePercent.toFixed(2));
	/** The Hare quota: votes of the lists that won list seats ÷ list seats. */
	const quota = (c: Chamber, listTotal: number) =>
		Math.round(
			c.parties.filter((p) => p.listSeats > 0).reduce((a, p) => a + p.votes, 0) / listTotal
		);
	const official = run('2023').reported;

	it('2023 as the law gives it', () => {
		expect(listSeats(official)).toMatchObject({
			amanat: 40,
			auyl: 8,
			respublica: 6,
			akzhol: 6,
			qhp: 5,
			jsdp: 4
		});
		expect(seats(official).amanat).toBe(62);
		expect(official.metrics.gallagher.toFixed(2)).toBe('9.54');
		expect(quota(official, 69)).toBe(86_547);
		expect(percent(official, 'baytaq')).toBe(2.3);
		expect(percent(official, 'jsdp')).toBe(5.2);
		expect(Math.ceil(0.05 * 6_366_441)).toBe(318_323);
		expect(331_058 - 318_323).toBe(12_735);
		expect(((100 * 3_431_510) / 5_971_719).toFixed(1)).toBe('57.5');
		expect(((100 * 3_431_510) / 12_035_578).toFixed(1)).toBe('28.5');
		expect(12_035_578 - 6_521_860).toBe(5_513_718);
	});

	it('baytaq-threshold', () => {
		const at = run('2023', ['threshold=2.3']).reported;
		expect(seats(at)).toMatchObject({ baytaq: 1, amanat: 61 });
		expect(listSeats(at).amanat).toBe(39);
		expect(quota(at, 69)).toBe(88_669);
		expect(at.metrics.gallagher.toFixed(2)).toBe('8.96');
		expect(seats(run('2023', ['threshold=2.31']).reported).baytaq).toBe(0);
	});

	it('social-democrats-line', () => {
		const out = run('2023', ['threshold=5.3']).reported;
		expect(listSeats(out)).toMatchObject({
			amanat: 42,
			auyl: 8,
			respublica: 7,
			akzhol: 7,
			qhp: 5,
			jsdp: 0
		});
		expect(seats(out).amanat).toBe(64);
		expect(out.metrics.gallagher.toFixed(2)).toBe('11.02');
		expect(seats(run('2023', ['threshold=6.8']).reported).qhp).toBe(5);
		expect(seats(run('2023', ['threshold=6.81']).reported).qhp).toBe(0);
	});

	it('against-all-base', () => {
		expect(((100 * 331_058) / 6_118_150).toFixed(2)).toBe('5.41');
		expect(((100 * 331_058) / 6_521_860).toFixed(2)).toBe('5.08');
		const lists = run('2023', ['threshold=5.3', 'thresholdBase=parties']).reported;
		expect(seats(lists)).toEqual(seats(official));
		expect(seats(run('2023', ['threshold=5.3', 'thresholdBase=ballots']).reported).jsdp).toBe(0);
		expect(seats(run('2023', ['thresholdBase=ballots']).reported)).toEqual(seats(official));
	});

	it('dhondt-hare', () => {
		const dhondt = run('2023', ['method=dhondt']).reported;
		expect(listSeats(dhondt)).toMatchObject({
			amanat: 41,
			auyl: 8,
			respublica: 6,
			akzhol: 6,
			qhp: 5,
			jsdp: 3
		});
		expect(seats(dhondt).amanat).toBe(63);
		expect(dhondt.metrics.gallagher.toFixed(2)).toBe('10.14');
		expect(Math.round(3_431_510 / 41)).toBe(83_695);
		expect(331_058 / 4).toBe(82_764.5);
		for (const method of ['droop', 'imperiali', 'sainte-lague', 'modified-sainte-lague']) {
			expect(listSeats(run('2023', [`method=${method}`]).reported)).toEqual(listSeats(official));
		}
	});

	it('members-barrier', () => {
		const barrier = run('barrier-2020').reported;
		expect(seats(barrier)).toMatchObject({ amanat: 66, respublica: 0, baytaq: 0 });
		expect(seats(run('barrier-2020', ['partyMembers=10000']).reported).respublica).toBe(0);
		const eased = run('barrier-2020', ['partyMembers=10000', 'branchMembers=500']).reported;
		expect(seats(eased)).toMatchObject({ amanat: 62, respublica: 6, baytaq: 0 });
		expect(party(eased, 'baytaq').onBallot).toBe(true);
		const rules2022 = ['partyMembers=5000', 'branchMembers=200', 'foundingGroup=700'];
		expect(seats(run('barrier-2020', rules2022).reported).respublica).toBe(6);
	});

	it('unregistered-opposition', () => {
		const home = run('2023', ['administrativeRefusals=false']).reported;
		expect(percent(home, 'alga')).toBe(4.87);
		expect(seats(home)).toMatchObject({ alga: 0, namys: 0 });
		expect(party(home, 'alga').votes).toBe(343_788);
		const spread = run('2023', ['administrativeRefusals=false', 'offBallotVoters=spread']).reported;
		expect([percent(spread, 'alga'), percent(spread, 'namys'), percent(spread, 'jsdp')]).toEqual([
			5.4, 5.4, 4.62
		]);
		expect(seats(spread)).toMatchObject({ alga: 4, namys: 4, jsdp: 0, amanat: 59 });
		const against = run('2023', [
			'administrativeRefusals=false',
			'offBallotVoters=against-all'
		]).reported;
		expect([percent(against, 'alga'), percent(against, 'jsdp')]).toEqual([5.05, 4.86]);
		expect(seats(against)).toMatchObject({ alga: 4, namys: 4, jsdp: 0, amanat: 59 });
		expect(against.districtSource).toBe('model');
	});

	it('one-party-2007', () => {
		const real = run('2007').reported;
		expect(seats(real).nurotan).toBe(98);
		expect(percent(real, 'nurotan')).toBe(88.41);
		expect(percent(real, 'osdp')).toBe(4.54);
		expect(real.metrics.gallagher.toFixed(2)).toBe('9.20');
		expect(seats(run('2007', ['secondParty=runner-up']).reported)).toMatchObject({
			nurotan: 93,
			osdp: 5
		});
		expect(seats(run('2007', ['secondParty=runner-up-corrected']).reported)).toMatchObject({
			nurotan: 94,
			osdp: 4
		});
		expect(seats(run('2007', ['threshold=4.5']).reported)).toMatchObject({ nurotan: 93, osdp: 5 });
		expect(seats(run('2007', ['threshold=3']).reported).akzhol).toBeGreaterThan(0);
		expect(percent(real, 'akzhol')).toBe(3.09);
	});

	it('seven-percent-2023', () => {
		const seven = run('2023', ['threshold=7']).reported;
		expect(listSeats(seven)).toMatchObject({
			amanat: 46,
			auyl: 9,
			respublica: 7,
			akzhol: 7,
			qhp: 0,
			jsdp: 0
		});
		expect(seats(seven).amanat).toBe(68);
		expect(seven.metrics.gallagher.toFixed(2)).toBe('13.99');
		const lists = run('2023', ['threshold=7', 'thresholdBase=parties']).reported;
		expect(((100 * 432_920) / 6_118_150).toFixed(2)).toBe('7.08');
		expect(seats(lists)).toMatchObject({ qhp: 5, jsdp: 0, amanat: 64 });
	});

	it('turnout-mandate', () => {
		for (const turnout of [20, 90]) {
			const moved = run('2023', [`turnout=${turnout}`]).reported;
			expect(seats(moved)).toEqual(seats(official));
			expect(moved.independents).toBe(7);
		}
		const newParty = (votes: number) => run('2023', [`support.new-party=${votes}`]).reported;
		expect(seats(newParty(335_000))['new-party']).toBe(0);
		const enters = newParty(336_000);
		expect(seats(enters)).toMatchObject({ 'new-party': 4, jsdp: 0 });
		expect(seats(newParty(250_000)).jsdp).toBe(4);
		expect(seats(newParty(260_000)).jsdp).toBe(0);
		// 5.3 % on the slider is 337,421 votes; turnout then rises to about 57 %.
		expect(Math.round(0.053 * 6_366_441)).toBe(337_421);
		expect(Math.round(newParty(337_421).count.turnout)).toBe(57);
	});

	it('list-district-split', () => {
		const amanat = (districts: number) => run('2023', [`districtSeats=${districts}`]).reported;
		expect(seats(amanat(0)).amanat).toBe(56);
		const forty = amanat(40);
		expect([listSeats(forty).amanat, party(forty, 'amanat').districtSeats]).toEqual([34, 32]);
		expect(seats(amanat(98)).amanat).toBe(77);
		const totals = Array.from({ length: 99 }, (_, d) => seats(amanat(d)).amanat!);
		expect(Math.min(...totals)).toBe(56);
		expect(totals.findIndex((t) => t >= 66)).toBe(40);
	});

	it('parallel-compensatory', () => {
		for (const set of [['mixed=compensatory'], ['mixed=compensatory', 'overhang=extra-seats']]) {
			const comp = run('2023', set).reported;
			expect(seats(comp)).toMatchObject({
				amanat: 52,
				auyl: 11,
				respublica: 8,
				akzhol: 8,
				qhp: 7,
				jsdp: 5
			});
			expect(listSeats(comp).amanat).toBe(30);
			expect(comp.houseSize).toBe(98);
			expect(comp.metrics.gallagher.toFixed(2)).toBe('6.03');
		}
	});

	it('integrity-hypothetical', () => {
		const adjusted = (set: readonly string[]) =>
			seats(run('2023', ['integrity=true', ...set]).adjusted!).amanat;
		expect(adjusted([])).toBe(61);
		expect(adjusted(['inflation=161'])).toBe(50);
		expect(adjusted(['inflation=162'])).toBe(49);
		expect(adjusted(['observerCoverage=19', 'inflation=100'])).toBeLessThan(50);
		expect(adjusted(['observerCoverage=20', 'inflation=100'])).toBe(50);
		expect(adjusted(['observerCoverage=0', 'inflation=100'])).toBe(48);
	});
});
