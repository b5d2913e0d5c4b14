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
import { decodeBytes, encodeBytes, plainText, type CodecError } from './codec';
import { BitReader, BitsError, BitWriter } from './short-code';
import { PRESET_IDS, readChanges, readSigned, writeChanges, writeSigned } from './submission-code';
import {
	TOPIC_IDS,
	CONTROL_IDS,
	type ControlId,
	type Exercise,
	type Goal,
	type Level
} from './types';

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
		topic: z.enum(TOPIC_IDS),
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

/** The version of the exercise link this build writes; version 1 (JSON) links are still read. */
export const EXERCISE_LINK_VERSION = 2;

/**
 * Format 2 of an exercise link, before deflate: the length of the structure in 2 bytes, the
 * structure bit-packed, then every string
 * (ids, parties, settings, sources, the teacher's words) in UTF-8, each ended by a NUL (no string
 * the schema accepts holds one). The tables are part of the format: add to the end only.
 *
 *     level 1 bit · topic 3 bits · minutes count · preset 4 bits (PRESET_IDS)
 *     start changes and, after a 1 bit, the solution's (submission-code.ts writeChanges)
 *     unlocked: 1 bit per control of CONTROL_IDS
 *     goal: its kind (4 bits, GOAL_KINDS); a party, setting or id as the next string; numbers
 *           as counts or signed decimals; all/any: the count of goals, then each
 *     counts of hints, questions and sources
 *     strings: id, the goal's, title, learning goal, task, hints, questions, answer, sources
 */
const GOAL_KINDS = [
	'seats-at-least',
	'seats-at-most',
	'in-chamber',
	'not-in-chamber',
	'below-majority',
	'reaches-line',
	'parties-in-chamber',
	'gallagher-below',
	'setting-range',
	'answer-range',
	'all',
	'any'
] as const satisfies readonly Goal['kind'][];
const LINES = ['majority', 'two-thirds', 'three-quarters'] as const;

const pairs = (set: readonly string[]) =>
	set.map((a): [string, string] => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]);

function writeGoal(bits: BitWriter, strings: string[], goal: Goal): void {
	bits.write(GOAL_KINDS.indexOf(goal.kind), 4);
	switch (goal.kind) {
		case 'all':
		case 'any':
			bits.count(goal.goals.length);
			for (const g of goal.goals) writeGoal(bits, strings, g);
			return;
		case 'seats-at-least':
		case 'seats-at-most':
			strings.push(goal.party);
			bits.count(goal.seats);
			return;
		case 'in-chamber':
		case 'not-in-chamber':
		case 'below-majority':
			strings.push(goal.party);
			return;
		case 'reaches-line':
			strings.push(goal.party);
			bits.write(LINES.indexOf(goal.line), 2);
			return;
		case 'parties-in-chamber':
			bits.count(goal.count);
			return;
		case 'gallagher-below':
			writeSigned(bits, goal.value);
			return;
		case 'setting-range':
			strings.push(goal.setting);
			writeSigned(bits, goal.min);
			writeSigned(bits, goal.max);
			writeSigned(bits, goal.step);
			return;
		case 'answer-range':
			bits.count(goal.question);
			writeSigned(bits, goal.min);
			writeSigned(bits, goal.max);
	}
}

/** Reads a goal; `next` gives the next string. Depth is bounded by the schema after reading. */
function readGoal(bits: BitReader, next: () => string, depth = 0): Goal {
	if (depth > MAX_GOAL_DEPTH) throw new BitsError('a goal nested too deep');
	const kind = GOAL_KINDS[bits.read(4)];
	switch (kind) {
		case 'all':
		case 'any': {
			const count = bits.count(6);
			if (count > 8) throw new BitsError('too many goals');
			const goals = Array.from({ length: count }, () => readGoal(bits, next, depth + 1));
			return { kind, goals };
		}
		case 'seats-at-least':
		case 'seats-at-most':
			return { kind, party: next(), seats: bits.count(12) };
		case 'in-chamber':
		case 'not-in-chamber':
		case 'below-majority':
			return { kind, party: next() };
		case 'reaches-line': {
			const party = next();
			const line = LINES[bits.read(2)];
			if (!line) throw new BitsError('no such line');
			return { kind, party, line };
		}
		case 'parties-in-chamber':
			return { kind, count: bits.count(12) };
		case 'gallagher-below':
			return { kind, value: readSigned(bits) };
		case 'setting-range': {
			const setting = next();
			return {
				kind,
				setting,
				min: readSigned(bits),
				max: readSigned(bits),
				step: readSigned(bits)
			};
		}
		case 'answer-range':
			return { kind, question: bits.count(6), min: readSigned(bits), max: readSigned(bits) };
		default:
			throw new BitsError('no such goal');
	}
}

/** The exercise's format 2 bytes (before deflate); the exercise must be valid. */
function exerciseBytes(exercise: Exercise): Uint8Array {
	const text = exercise.text!;
	const bits = new BitWriter();
	const strings: string[] = [exercise.id];
	bits.write(exercise.level === 'university' ? 1 : 0, 1);
	bits.write(TOPIC_IDS.indexOf(exercise.topic), 3);
	bits.count(exercise.minutes);
	bits.write((PRESET_IDS as readonly string[]).indexOf(exercise.start.preset), 4);
	writeChanges(bits, exercise.start.preset, pairs(exercise.start.set));
	bits.write(exercise.solution ? 1 : 0, 1);
	if (exercise.solution) writeChanges(bits, exercise.start.preset, pairs(exercise.solution));
	for (const control of CONTROL_IDS) bits.write(exercise.unlocked.includes(control) ? 1 : 0, 1);
	writeGoal(bits, strings, exercise.goal);
	bits.count(text.hints.length);
	bits.count(text.questions.length);
	bits.count(exercise.sources.length);
	strings.push(
		text.title,
		text.learningGoal,
		text.task,
		...text.hints,
		...text.questions,
		text.answer,
		...exercise.sources
	);
	const head = bits.bytes();
	const body = new TextEncoder().encode(strings.map((t) => `${t}\0`).join(''));
	const bytes = new Uint8Array(2 + head.length + body.length);
	bytes.set([head.length >> 8, head.length & 0xff]);
	bytes.set(head, 2);
	bytes.set(body, 2 + head.length);
	return bytes;
}

/** The exercise format 2 bytes hold, unchecked (checkExercise judges it); throws BitsError. */
function exerciseOfBytes(bytes: Uint8Array): unknown {
	if (bytes.length < 2) throw new BitsError('too short');
	const headLength = (bytes[0]! << 8) | bytes[1]!;
	const strings = new TextDecoder('utf-8', { fatal: true })
		.decode(bytes.subarray(2 + headLength))
		.split('\0');
	if (strings.pop() !== '') throw new BitsError('the strings do not end');
	let at = 0;
	const next = () => {
		const s = strings[at++];
		if (s === undefined) throw new BitsError('a string is missing');
		return s;
	};
	const bits = new BitReader(bytes.subarray(2, 2 + headLength));
	const level: Level = bits.read(1) === 1 ? 'university' : 'school';
	const topic = TOPIC_IDS[bits.read(3)];
	const minutes = bits.count(12);
	const preset = PRESET_IDS[bits.read(4)];
	if (!topic || !preset) throw new BitsError('no such topic or preset');
	const set = readChanges(bits, preset).map(([k, v]) => `${k}=${v}`);
	const solution =
		bits.read(1) === 1 ? readChanges(bits, preset).map(([k, v]) => `${k}=${v}`) : undefined;
	const unlocked = CONTROL_IDS.filter(() => bits.read(1) === 1);
	const id = next();
	const goal = readGoal(bits, next);
	const hints = bits.count(6);
	const questions = bits.count(6);
	const sources = bits.count(6);
	if (hints > TEXT_LIMITS.hints || questions > TEXT_LIMITS.questions || sources > 20) {
		throw new BitsError('too many texts');
	}
	if (!bits.atEnd()) throw new BitsError('the structure does not end');
	const title = next();
	const learningGoal = next();
	const task = next();
	const hintList = Array.from({ length: hints }, next);
	const questionList = Array.from({ length: questions }, next);
	const answer = next();
	const sourceList = Array.from({ length: sources }, next);
	if (at !== strings.length) throw new BitsError('strings left over');
	return {
		id,
		level,
		topic,
		minutes,
		start: { preset, set },
		unlocked,
		goal,
		hintCount: hints,
		questionCount: questions,
		sources: sourceList,
		text: { title, learningGoal, task, hints: hintList, questions: questionList, answer },
		...(solution ? { solution } : {})
	};
}

/**
 * The exercise as a code for a link (format 2). Throws if the exercise is not valid, so the
 * editor never hands out a link that will not open; check it first with checkExercise.
 */
export function exerciseToCode(exercise: Exercise): string {
	const checked = checkExercise(exercise);
	if (!checked.ok) throw new Error(`exerciseToCode: ${checked.error}`);
	return encodeBytes('exercise', EXERCISE_LINK_VERSION, exerciseBytes(checked.exercise));
}

/** Reads an exercise code of format 1 or 2; never throws. */
export function exerciseFromCode(code: string): ExerciseFromCode {
	const decoded = decodeBytes('exercise', code, [1, EXERCISE_LINK_VERSION]);
	if (!decoded.ok) return decoded;
	let value: unknown;
	try {
		value =
			decoded.version === 1
				? JSON.parse(new TextDecoder().decode(decoded.bytes))
				: exerciseOfBytes(decoded.bytes);
	} catch {
		return { ok: false, error: decoded.version === 1 ? 'corrupt' : 'schema' };
	}
	const parsed = ExerciseSchema.safeParse(value);
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
