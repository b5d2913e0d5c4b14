/**
 * A teacher's own exercise as a code inside a link: no server keeps it, the link is the exercise.
 * Anything can arrive in a link, so the exercise is validated in full on the way in: every
 * string bounded and plain, ids restricted, the start reachable with the `--set` keys, the goal
 * a bounded tree about parties the start scenario has.
 */
import '../validation';
import * as z from 'zod';
import { SOURCES } from '../data/sources';
import { findPreset } from '../scenario/presets';
import { checkScenario, describeIssue } from '../scenario/schema';
import { applySet, SetError } from '../scenario/set';
import type { Scenario } from '../scenario/types';
import { decodePayload, encodePayload, plainText, type CodecError } from './codec';
import type { ControlId, Exercise, Goal, Level, Topic } from './types';

/** Why a link does not open; the UI shows `classroom.code.<error>`. */
export type ExerciseCodeError = CodecError | 'schema';

export type ExerciseFromCode =
	{ ok: true; exercise: Exercise } | { ok: false; error: ExerciseCodeError };

export type ExerciseCheck = { ok: true; exercise: Exercise } | { ok: false; error: string };

/** How deep all/any may nest: "all of (any of (…))" is as far as a lesson needs. */
export const MAX_GOAL_DEPTH = 4;

/** Limits on a teacher's words, generous for a lesson and small enough for a link. */
export const TEXT_LIMITS = {
	title: 120,
	learningGoal: 500,
	task: 2_000,
	hint: 500,
	question: 500,
	answer: 2_000,
	hints: 10,
	questions: 10
} as const;

// Records keyed by each union, so adding a member to types.ts without listing it here fails tsc.
const LEVELS: Readonly<Record<Level, true>> = { school: true, university: true };
const TOPICS: Readonly<Record<Topic, true>> = {
	threshold: true,
	formula: true,
	mixed: true,
	barriers: true,
	turnout: true,
	history: true,
	integrity: true
};
const CONTROLS: Readonly<Record<ControlId, true>> = {
	preset: true,
	threshold: true,
	thresholdBase: true,
	method: true,
	secondParty: true,
	totalSeats: true,
	districtSeats: true,
	mixed: true,
	overhang: true,
	turnout: true,
	support: true,
	access: true,
	offBallotVoters: true,
	integrity: true
};

const keysOf = <K extends string>(record: Readonly<Record<K, true>>) =>
	Object.keys(record) as [K, ...K[]];

/** The same rule as scenario party ids. */
const partyId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a party id');
export const exerciseId = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'lower-case letters, digits and dashes');
const seats = z.number().int().min(0).max(1_000);

const leafGoals = [
	z.strictObject({ kind: z.literal('seats-at-least'), party: partyId, seats }),
	z.strictObject({ kind: z.literal('seats-at-most'), party: partyId, seats }),
	z.strictObject({ kind: z.literal('in-chamber'), party: partyId }),
	z.strictObject({ kind: z.literal('not-in-chamber'), party: partyId }),
	z.strictObject({ kind: z.literal('below-majority'), party: partyId }),
	z.strictObject({
		kind: z.literal('reaches-line'),
		party: partyId,
		line: z.enum(['majority', 'two-thirds', 'three-quarters'])
	}),
	z.strictObject({ kind: z.literal('parties-in-chamber'), count: z.number().int().min(0).max(30) }),
	z.strictObject({ kind: z.literal('gallagher-below'), value: z.number().min(0).max(100) }),
	z.strictObject({
		kind: z.literal('setting-range'),
		setting: z.string().regex(/^[a-zA-Z][a-zA-Z0-9.-]{0,59}$/, 'a setting key'),
		min: z.number().min(-1e9).max(1e9),
		max: z.number().min(-1e9).max(1e9),
		step: z.number().positive().max(1e9)
	}),
	z.strictObject({
		kind: z.literal('answer-range'),
		question: z.number().int().min(1).max(10),
		min: z.number().min(-1e12).max(1e12),
		max: z.number().min(-1e12).max(1e12)
	})
] as const;

/**
 * A goal at most `depth` levels deep, built level by level rather than with z.lazy, so the
 * limit is part of the schema and a deeply nested link is refused without deep recursion.
 */
function goalSchema(depth: number): z.ZodType<Goal> {
	const goals =
		depth <= 1
			? z.custom<never[]>(() => false, `all and any nest at most ${MAX_GOAL_DEPTH} levels deep`)
			: z
					.array(goalSchema(depth - 1))
					.min(1)
					.max(8);
	return z.discriminatedUnion('kind', [
		...leafGoals,
		z.strictObject({ kind: z.literal('all'), goals }),
		z.strictObject({ kind: z.literal('any'), goals })
	]);
}

export const GoalSchema = goalSchema(MAX_GOAL_DEPTH);

export const ExerciseTextSchema = z.strictObject({
	title: plainText(TEXT_LIMITS.title, 'line'),
	learningGoal: plainText(TEXT_LIMITS.learningGoal),
	task: plainText(TEXT_LIMITS.task).regex(/\S/, 'must not be blank'),
	hints: z.array(plainText(TEXT_LIMITS.hint)).max(TEXT_LIMITS.hints),
	questions: z.array(plainText(TEXT_LIMITS.question)).max(TEXT_LIMITS.questions),
	answer: plainText(TEXT_LIMITS.answer)
});

/** The parties a goal names, depth first. */
export function goalParties(goal: Goal): string[] {
	if (goal.kind === 'all' || goal.kind === 'any') return goal.goals.flatMap(goalParties);
	return 'party' in goal ? [goal.party] : [];
}

/** The scenario an exercise starts from, or the problem with its `start`. */
export function checkStart(
	start: Exercise['start']
): { ok: true; scenario: Scenario } | { ok: false; path: (string | number)[]; error: string } {
	const preset = findPreset(start.preset);
	if (!preset) return { ok: false, path: ['preset'], error: `no preset "${start.preset}"` };
	let scenario = preset.scenario;
	for (const [index, assignment] of start.set.entries()) {
		try {
			scenario = applySet(scenario, assignment);
		} catch (error) {
			if (!(error instanceof SetError)) throw error;
			return { ok: false, path: ['set', index], error: error.message };
		}
	}
	const checked = checkScenario(scenario);
	return checked.ok ? { ok: true, scenario } : { ok: false, path: ['set'], error: checked.error };
}

/** A teacher's exercise: its words in `text`, its counts matching them, its start reachable. */
export const ExerciseSchema = z
	.strictObject({
		id: exerciseId,
		level: z.enum(keysOf(LEVELS)),
		topic: z.enum(keysOf(TOPICS)),
		minutes: z.number().int().min(1).max(240),
		start: z.strictObject({
			preset: z.string().max(40),
			set: z.array(z.string().max(120)).max(40)
		}),
		unlocked: z
			.array(z.enum(keysOf(CONTROLS)))
			.max(Object.keys(CONTROLS).length)
			.refine((ids) => new Set(ids).size === ids.length, 'a control is listed twice'),
		goal: GoalSchema,
		hintCount: z.number().int().min(0).max(TEXT_LIMITS.hints),
		questionCount: z.number().int().min(0).max(TEXT_LIMITS.questions),
		sources: z
			.array(z.string().refine((id) => Object.hasOwn(SOURCES, id), 'an unknown source'))
			.max(20),
		text: ExerciseTextSchema,
		solution: z.array(z.string().max(120)).max(40).optional()
	})
	.superRefine((exercise, ctx) => {
		if (exercise.hintCount !== exercise.text.hints.length) {
			ctx.addIssue({ code: 'custom', path: ['hintCount'], message: 'must equal text.hints' });
		}
		if (exercise.questionCount !== exercise.text.questions.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['questionCount'],
				message: 'must equal text.questions'
			});
		}
		const start = checkStart(exercise.start);
		if (!start.ok) {
			ctx.addIssue({ code: 'custom', path: ['start', ...start.path], message: start.error });
			return;
		}
		if (exercise.solution) {
			const solved = checkStart({
				...exercise.start,
				set: [...exercise.start.set, ...exercise.solution]
			});
			if (!solved.ok) ctx.addIssue({ code: 'custom', path: ['solution'], message: solved.error });
		}
		const ids = new Set(start.scenario.parties.map((p) => p.id));
		const unknown = goalParties(exercise.goal).find((id) => !ids.has(id));
		if (unknown !== undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['goal'],
				message: `no party "${unknown}" in the start scenario`
			});
		}
	});

/** Validates an exercise from outside; the error names the first problem, for the editor. */
export function checkExercise(value: unknown): ExerciseCheck {
	const parsed = ExerciseSchema.safeParse(value);
	return parsed.success
		? { ok: true, exercise: parsed.data }
		: { ok: false, error: describeIssue(parsed.error) };
}

/**
 * The exercise as a code for a link. Throws if the exercise is not valid, so the editor never
 * hands out a link that will not open; check it first with checkExercise.
 */
export function exerciseToCode(exercise: Exercise): string {
	const checked = checkExercise(exercise);
	if (!checked.ok) throw new Error(`exerciseToCode: ${checked.error}`);
	return encodePayload('exercise', checked.exercise);
}

/** Reads an exercise code; never throws. */
export function exerciseFromCode(code: string): ExerciseFromCode {
	const decoded = decodePayload('exercise', code);
	if (!decoded.ok) return decoded;
	const parsed = ExerciseSchema.safeParse(decoded.value);
	return parsed.success ? { ok: true, exercise: parsed.data } : { ok: false, error: 'schema' };
}

/** The students' version of a teacher's exercise: no answer key and no recorded solution. */
export function studentVersion(exercise: Exercise): Exercise {
	const version: { -readonly [K in keyof Exercise]: Exercise[K] } = { ...exercise };
	delete version.solution;
	if (version.text) version.text = { ...version.text, answer: '' };
	return version;
}

/** The code for the students' link: the exercise without its key. */
export function studentCodeOf(exercise: Exercise): string {
	return exerciseToCode(studentVersion(exercise));
}
