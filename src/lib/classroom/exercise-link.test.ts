import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n';
import { EXERCISES } from './exercises';
import { SOLUTIONS } from './exercises/solutions';
import { fitsInQr } from './qr';
import { exerciseWords } from './words';
import { encodeBytes, encodePayload, MAX_CODE_LENGTH } from './codec';
import { BitWriter } from './short-code';
import {
	checkExercise,
	exerciseFromCode,
	exerciseToCode,
	MAX_GOAL_DEPTH,
	studentCodeOf,
	studentVersion,
	TEXT_LIMITS
} from './exercise-link';
import { CONTROL_IDS, type Exercise, type Goal } from './types';

const TEACHER_EXERCISE: Exercise = {
	id: 'my-threshold-lesson',
	level: 'school',
	topic: 'threshold',
	minutes: 15,
	start: { preset: '2023', set: ['threshold=7', 'support.alga=400000'] },
	unlocked: ['threshold', 'method'],
	goal: {
		kind: 'all',
		goals: [
			{ kind: 'in-chamber', party: 'jsdp' },
			{ kind: 'below-majority', party: 'amanat' }
		]
	},
	hintCount: 2,
	questionCount: 1,
	sources: ['adilet_law_en'],
	text: {
		title: 'Who gets in at 7 %?',
		learningGoal: 'See how the threshold decides which parties sit in the Majilis.',
		task: 'Move the threshold until the social democrats are in and Amanat has no majority.',
		hints: ['Try a lower threshold.', 'Look at the list seats only.'],
		questions: ['Why did the number of parties change?'],
		answer: 'A lower threshold lets smaller lists share the 69 list seats.'
	}
};

type Change = (e: Exercise) => unknown;
const withText =
	(change: Partial<NonNullable<Exercise['text']>>): Change =>
	(e) => ({
		...e,
		text: { ...e.text!, ...change }
	});

/** A goal nested `depth` levels deep: all(all(…(in-chamber))). */
function nested(depth: number): Goal {
	return depth <= 1
		? { kind: 'in-chamber', party: 'amanat' }
		: { kind: 'all', goals: [nested(depth - 1)] };
}

describe('exerciseToCode and exerciseFromCode', () => {
	it('round-trips a teacher’s exercise', () => {
		const code = exerciseToCode(TEACHER_EXERCISE);
		expect(exerciseFromCode(code)).toEqual({ ok: true, exercise: TEACHER_EXERCISE });
	});

	it('writes a code that needs no escaping in a link', () => {
		const code = exerciseToCode(TEACHER_EXERCISE);
		expect(code.startsWith('MLX2.')).toBe(true);
		expect(encodeURIComponent(code)).toBe(code);
	});

	it('keeps text that looks like HTML as the same plain text', () => {
		const exercise = withText({ title: '<script>alert(1)</script> & <b>bold</b>' })(
			TEACHER_EXERCISE
		) as Exercise;
		const read = exerciseFromCode(exerciseToCode(exercise));
		expect(read.ok && read.exercise.text?.title).toBe('<script>alert(1)</script> & <b>bold</b>');
	});

	it('rejects a code with one character changed with "checksum"', () => {
		const code = exerciseToCode(TEACHER_EXERCISE);
		const i = code.indexOf('.') + 10;
		const changed = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
		expect(exerciseFromCode(changed)).toEqual({ ok: false, error: 'checksum' });
	});

	it.each([
		['a newer version', exerciseToCode(TEACHER_EXERCISE).replace('MLX2', 'MLX9'), 'version'],
		['garbage', 'not a code at all', 'format'],
		['a submission code', encodePayload('submission', TEACHER_EXERCISE), 'format'],
		[
			'a code that decodes to something other than an exercise',
			encodePayload('exercise', [1, 2]),
			'schema'
		],
		[
			'a built-in style exercise without its words',
			encodePayload('exercise', { ...TEACHER_EXERCISE, text: undefined }),
			'schema'
		]
	])('rejects %s with "%s"', (_, code, error) => {
		expect(exerciseFromCode(code)).toEqual({ ok: false, error });
	});

	it('round-trips the largest exercise the limits allow, in text that hardly compresses', () => {
		let seed = 1;
		/** Pseudo-random CJK characters: three UTF-8 bytes each and little for deflate to find. */
		const noise = (length: number) =>
			Array.from({ length }, () => {
				seed = (seed * 48_271) % 2_147_483_647;
				return String.fromCharCode(0x4e00 + (seed % 20_000));
			}).join('');
		const text = {
			title: noise(TEXT_LIMITS.title),
			learningGoal: noise(TEXT_LIMITS.learningGoal),
			task: noise(TEXT_LIMITS.task),
			hints: Array.from({ length: TEXT_LIMITS.hints }, () => noise(TEXT_LIMITS.hint)),
			questions: Array.from({ length: TEXT_LIMITS.questions }, () => noise(TEXT_LIMITS.question)),
			answer: noise(TEXT_LIMITS.answer)
		};
		const exercise: Exercise = {
			...TEACHER_EXERCISE,
			hintCount: TEXT_LIMITS.hints,
			questionCount: TEXT_LIMITS.questions,
			text
		};
		const code = exerciseToCode(exercise);
		expect(code.length).toBeLessThan(MAX_CODE_LENGTH);
		expect(exerciseFromCode(code)).toEqual({ ok: true, exercise });
	});

	it('refuses to write a code for an exercise that would not open', () => {
		expect(() => exerciseToCode({ ...TEACHER_EXERCISE, minutes: 0 })).toThrow(/minutes/);
	});
});

describe('checkExercise', () => {
	it.each<[string, Change]>([
		['the exercise as written', (e) => e],
		[
			'no hints, questions or sources',
			(e) => ({
				...e,
				hintCount: 0,
				questionCount: 0,
				sources: [],
				text: { ...e.text!, hints: [], questions: [] }
			})
		],
		['an "any" goal', (e) => ({ ...e, goal: { kind: 'any', goals: [e.goal] } })],
		[`a goal ${MAX_GOAL_DEPTH} levels deep`, (e) => ({ ...e, goal: nested(MAX_GOAL_DEPTH) })],
		[
			'a start from a historic preset',
			(e) => ({
				...e,
				start: { preset: '2021', set: ['threshold=3'] },
				goal: { kind: 'in-chamber', party: 'npk' }
			})
		],
		['a task in Kazakh', withText({ task: 'Шекті 3 %-ға түсіріңіз.' })]
	])('accepts %s', (_, change) => {
		expect(checkExercise(change(TEACHER_EXERCISE))).toMatchObject({ ok: true });
	});

	it.each<[string, Change, string]>([
		['no words', (e) => ({ ...e, text: undefined }), 'text'],
		['an extra field', (e) => ({ ...e, html: '<b>' }), 'html'],
		['an id with capitals and spaces', (e) => ({ ...e, id: 'My Lesson' }), 'id'],
		['an id that is too long', (e) => ({ ...e, id: 'a'.repeat(61) }), 'id'],
		['an unknown level', (e) => ({ ...e, level: 'college' }), 'level'],
		['an unknown topic', (e) => ({ ...e, topic: 'weather' }), 'topic'],
		['fractional minutes', (e) => ({ ...e, minutes: 1.5 }), 'minutes'],
		['an unknown preset', (e) => ({ ...e, start: { preset: '1999', set: [] } }), 'start.preset'],
		[
			'an unknown --set key',
			(e) => ({ ...e, start: { preset: '2023', set: ['colour=red'] } }),
			'start.set.0'
		],
		[
			'a --set without "="',
			(e) => ({ ...e, start: { preset: '2023', set: ['threshold'] } }),
			'start.set.0'
		],
		[
			'a --set value of the wrong kind',
			(e) => ({ ...e, start: { preset: '2023', set: ['threshold=7', 'method=coin'] } }),
			'start.set.1'
		],
		[
			'a --set for a party the preset lacks',
			(e) => ({ ...e, start: { preset: '2023', set: ['support.nurotan=1'] } }),
			'start.set.0'
		],
		[
			'a start that breaks the scenario rules',
			(e) => ({ ...e, start: { preset: '2023', set: ['districtSeats=120'] } }),
			'start.set: districtSeats'
		],
		['an unknown control', (e) => ({ ...e, unlocked: ['threshold', 'everything'] }), 'unlocked.1'],
		['a control listed twice', (e) => ({ ...e, unlocked: ['threshold', 'threshold'] }), 'unlocked'],
		[
			'a goal about a party not in the start',
			(e) => ({ ...e, goal: { kind: 'in-chamber', party: 'nurotan' } }),
			'no party "nurotan"'
		],
		[
			'an unknown goal kind',
			(e) => ({ ...e, goal: { kind: 'wins-everything', party: 'amanat' } }),
			'goal'
		],
		['an empty "all" goal', (e) => ({ ...e, goal: { kind: 'all', goals: [] } }), 'goal.goals'],
		[
			`a goal ${MAX_GOAL_DEPTH + 1} levels deep`,
			(e) => ({ ...e, goal: nested(MAX_GOAL_DEPTH + 1) }),
			`nest at most ${MAX_GOAL_DEPTH} levels`
		],
		[
			'negative seats in a goal',
			(e) => ({ ...e, goal: { kind: 'seats-at-least', party: 'amanat', seats: -1 } }),
			'goal.seats'
		],
		['a hint count that does not match the hints', (e) => ({ ...e, hintCount: 3 }), 'hintCount'],
		[
			'a question count that does not match the questions',
			(e) => ({ ...e, questionCount: 0 }),
			'questionCount'
		],
		['an unknown source', (e) => ({ ...e, sources: ['my-blog'] }), 'sources.0'],
		['a blank title', withText({ title: '   ' }), 'text.title'],
		['a title over two lines', withText({ title: 'One\nTwo' }), 'text.title'],
		['a title with a right-to-left override', withText({ title: 'abc\u202Edef' }), 'text.title'],
		['a task that is too long', withText({ task: 'x'.repeat(2_001) }), 'text.task'],
		['eleven hints', withText({ hints: Array.from({ length: 11 }, () => 'hint') }), 'text.hints'],
		['a hint with a control character', withText({ hints: ['ok', 'bad\u0007'] }), 'text.hints.1']
	])('rejects %s, naming it', (_, change, where) => {
		const checked = checkExercise(change(TEACHER_EXERCISE));
		expect(checked.ok).toBe(false);
		expect(!checked.ok && checked.error).toContain(where);
	});

	it.each<[string, Change]>([
		['an unknown --set key', (e) => ({ ...e, start: { preset: '2023', set: ['colour=red'] } })],
		['a goal too deep', (e) => ({ ...e, goal: nested(MAX_GOAL_DEPTH + 1) })],
		['a bidi override in a hint', withText({ hints: ['\u202Eok', 'fine'] })]
	])('turns a code carrying %s away with "schema"', (_, change) => {
		const code = encodePayload('exercise', change(TEACHER_EXERCISE));
		expect(exerciseFromCode(code)).toEqual({ ok: false, error: 'schema' });
	});
});

describe('a teacher’s exercise with its key, and the students’ version without it', () => {
	const keyed: Exercise = {
		...TEACHER_EXERCISE,
		goal: {
			kind: 'all',
			goals: [
				{ kind: 'in-chamber', party: 'jsdp' },
				{ kind: 'setting-range', setting: 'threshold', min: 2.2, max: 2.3, step: 0.1 },
				{ kind: 'answer-range', question: 1, min: 5, max: 6 }
			]
		},
		solution: ['threshold=2.3']
	};

	it('round-trips the new goal kinds and the solution in the teacher’s code', () => {
		expect(exerciseFromCode(exerciseToCode(keyed))).toEqual({ ok: true, exercise: keyed });
	});

	it('leaves the key and the solution out of the students’ code', () => {
		const read = exerciseFromCode(studentCodeOf(keyed));
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.exercise.text?.answer).toBe('');
		expect(read.exercise.solution).toBeUndefined();
		// Everything a student needs is still there.
		expect({
			...read.exercise,
			text: { ...read.exercise.text!, answer: keyed.text!.answer }
		}).toEqual({
			...keyed,
			solution: undefined
		});
		expect(studentCodeOf(keyed).length).toBeLessThan(exerciseToCode(keyed).length);
		// The original is not changed.
		expect(keyed.solution).toEqual(['threshold=2.3']);
		expect(studentVersion(keyed)).not.toHaveProperty('solution');
	});

	it.each([
		[['no-such-key=1'], 'an unknown key'],
		[['threshold=abc'], 'a value that is not a number']
	] as [string[], string][])('refuses a solution with %j (%s)', (solution) => {
		expect(checkExercise({ ...keyed, solution }).ok).toBe(false);
	});

	it.each([
		[{ kind: 'setting-range', setting: 'threshold', min: 1, max: 2, step: 0 }, 'a zero step'],
		[{ kind: 'answer-range', question: 0, min: 1, max: 2 }, 'question 0'],
		[{ kind: 'setting-range', setting: '<b>', min: 1, max: 2, step: 1 }, 'a key that is not one']
	] as [unknown, string][])('refuses the goal %j (%s)', (goal) => {
		expect(checkExercise({ ...keyed, goal }).ok).toBe(false);
	});
});

describe('the 12 built-in exercises made into teachers’ links (format 2)', () => {
	const t = createTranslator('en');
	const ORIGIN = 'https://majilis.example';
	const rows = EXERCISES.map((e) => {
		const exercise: Exercise = {
			...e,
			id: 'teacher',
			text: exerciseWords(e, t),
			solution: SOLUTIONS[e.id]
		};
		return [e.id, exercise] as const;
	});
	const lengths: Record<string, { student: number; teacher: number; format1: number }> = {};

	it.each(rows)('%s: the link opens the same exercise, shorter than format 1', (id, exercise) => {
		const student = studentCodeOf(exercise);
		const teacher = exerciseToCode(exercise);
		const format1 = encodePayload('exercise', studentVersion(exercise));
		const link = (code: string) => `${ORIGIN}/exercises/custom?code=${code}&lang=en`;
		lengths[id] = {
			student: link(student).length,
			teacher: link(teacher).length,
			format1: link(format1).length
		};
		expect(exerciseFromCode(teacher)).toEqual({ ok: true, exercise });
		expect(exerciseFromCode(student)).toEqual({ ok: true, exercise: studentVersion(exercise) });
		// Format 1 links are still read.
		expect(exerciseFromCode(format1)).toEqual({ ok: true, exercise: studentVersion(exercise) });
		expect(student.length).toBeLessThan(format1.length);
		expect(fitsInQr(link(teacher))).toBe(true);
	});

	it('reports the lengths of the links (origin https://majilis.example, lang=en)', () => {
		console.info('exercise link lengths, characters:', lengths);
		expect(Object.keys(lengths)).toHaveLength(12);
	});
});

describe('forged format 2 links', () => {
	/** A format 2 code from a structure and strings as a forger would write them. */
	const forged = (build: (bits: BitWriter) => void, strings: readonly string[]) => {
		const bits = new BitWriter();
		build(bits);
		const head = bits.bytes();
		const body = new TextEncoder().encode(strings.map((s) => `${s}\0`).join(''));
		return encodeBytes('exercise', 2, new Uint8Array([0, head.length, ...head, ...body]));
	};
	/** level, topic, minutes 15, preset 2023, no start changes, no solution, threshold unlocked. */
	const start = (bits: BitWriter) => {
		bits.write(0, 1);
		bits.write(0, 3);
		bits.count(15);
		bits.write(0, 4);
		bits.count(0);
		bits.write(0, 1);
		for (const control of CONTROL_IDS) bits.write(control === 'threshold' ? 1 : 0, 1);
	};
	const inChamber = (bits: BitWriter) => bits.write(2, 4);
	const texts = ['Title', 'Learning', 'Task', 'Answer'];
	const tail = (bits: BitWriter) => {
		bits.count(0);
		bits.count(0);
		bits.count(0);
	};

	it('reads a well-formed forgery as the exercise it spells', () => {
		const code = forged(
			(b) => {
				start(b);
				inChamber(b);
				tail(b);
			},
			['my-id', 'baytaq', ...texts]
		);
		expect(exerciseFromCode(code)).toMatchObject({
			ok: true,
			exercise: { id: 'my-id', goal: { kind: 'in-chamber', party: 'baytaq' } }
		});
	});

	it.each<[string, (b: BitWriter) => void, string[]]>([
		[
			'a party named __proto__',
			(b) => {
				start(b);
				inChamber(b);
				tail(b);
			},
			['my-id', '__proto__', ...texts]
		],
		[
			'a string too few',
			(b) => {
				start(b);
				inChamber(b);
				tail(b);
			},
			['my-id', 'baytaq', 'Title', 'Learning', 'Task']
		],
		[
			'a string too many',
			(b) => {
				start(b);
				inChamber(b);
				tail(b);
			},
			['my-id', 'baytaq', ...texts, 'extra']
		],
		[
			'goals nested deeper than the schema allows',
			(b) => {
				start(b);
				for (let i = 0; i < 6; i++) {
					b.write(10, 4);
					b.count(1);
				}
				inChamber(b);
				tail(b);
			},
			['my-id', 'baytaq', ...texts]
		],
		[
			'no goal kind 15',
			(b) => {
				start(b);
				b.write(15, 4);
				tail(b);
			},
			['my-id', ...texts]
		],
		[
			'an id of spaces',
			(b) => {
				start(b);
				inChamber(b);
				tail(b);
			},
			['my id', 'baytaq', ...texts]
		]
	])('refuses %s', (_, build, strings) => {
		expect(exerciseFromCode(forged(build, strings))).toEqual({ ok: false, error: 'schema' });
	});
});
