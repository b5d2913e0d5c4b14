import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../data/sources';
import type { SimulationResult } from '../../scenario/simulate';
import answers from '../../i18n/en/exercises-key.json';
import catalogue from '../../i18n/en/exercises.json';
import { findPreset } from '../../scenario/presets';
import { runScenario } from '../../scenario/run';
import { applySet, PARTY_KEYS } from '../../scenario/set';
import { checkGoal, goalChamber, startScenario } from '../goals';
import { CONTROL_IDS, type ControlId, type Exercise, type Topic } from '../types';
import { EXERCISES, findExercise } from './index';
import { SOLUTIONS } from './solutions';

const messages: Readonly<Record<string, string>> = { ...catalogue, ...answers };

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
}

const modules = Object.entries(
	import.meta.glob<ExerciseModule>(['./*.ts', '!./index.ts', '!./solutions.ts', '!./*.test.ts'], {
		eager: true
	})
).map(([path, module]) => ({
	file: path.slice(2, -3),
	...module,
	solution: SOLUTIONS[module.exercise.id]!
}));

const result = (exercise: Exercise, set: readonly string[] = []): SimulationResult =>
	runScenario(set.reduce(applySet, startScenario(exercise)));

describe('the built-in exercises', () => {
	it('are at least ten, one file each, every file registered', () => {
		expect(EXERCISES.length).toBeGreaterThanOrEqual(10);
		expect(modules.map((m) => m.exercise).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
			[...EXERCISES].sort((a, b) => a.id.localeCompare(b.id))
		);
		for (const m of modules) expect(m.file).toBe(m.exercise.id);
		// Each has a recorded solution, kept apart from it (solutions.ts), and no other.
		expect(Object.keys(SOLUTIONS).sort()).toEqual(EXERCISES.map((e) => e.id).sort());
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
		const startAt = startScenario(exercise);
		expect(checkGoal(exercise.goal, goalChamber(result(exercise)), { scenario: startAt }).met).toBe(
			false
		);
		// The recorded solution moves only unlocked controls, and meets the goal.
		expect(solution.length).toBeGreaterThan(0);
		for (const assignment of solution) expect(exercise.unlocked).toContain(controlOf(assignment));
		const solved = solution.reduce(applySet, startAt);
		expect(
			checkGoal(exercise.goal, goalChamber(result(exercise, solution)), { scenario: solved }).met
		).toBe(true);
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

// The figures the catalogues state, in all three languages, are checked against the model in
// figures.test.ts.
