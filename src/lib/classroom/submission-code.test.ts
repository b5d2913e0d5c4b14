import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { METHOD_IDS, SECOND_PARTY_RULES, THRESHOLD_BASES } from '../engine';
import { findPreset, PRESETS } from '../scenario/presets';
import { runScenario } from '../scenario/run';
import { applySet, PARTY_KEYS, SET_KEYS } from '../scenario/set';
import { encodeUrl } from '../scenario/url';
import { EXERCISES } from './exercises';
import { SOLUTIONS } from './exercises/solutions';
import { goalChamber, settingValue, startScenario } from './goals';
import { ALPHABET, groupCode } from './short-code';
import {
	attachWritten,
	newSubmission,
	submissionFromCode,
	submissionToCode,
	writtenCodeOf,
	type Submission
} from './submission';
import {
	BUILT_IN_IDS,
	cleanLabel,
	encodeMainCode,
	KEYS,
	LABEL_MAX,
	numericAnswer,
	PRESET_IDS,
	readCode,
	teacherExerciseId,
	type MainCode
} from './submission-code';

/** A long Kazakh name cut to the label's 12 letters: any 12 letters cost the same bits. */
const LABEL = cleanLabel('Әйгерім Сұлтанқызы');
const FINISHED = new Date('2026-11-30T10:05:00Z');

/** A number as a Russian or Kazakh student types it: a decimal comma, spaces between thousands. */
const typed = (x: number) =>
	x.toLocaleString('ru-RU', { maximumFractionDigits: 2 }).replace(/\u00a0/g, ' ');

/**
 * The answers a student who solved the exercise might give, all as numbers (the longest a main
 * code gets; answers in words cost 2 bits each there): the value the solution sets, as its
 * control shows it (2.3 %, 10,000 members), else the largest party's seats; the largest party's
 * seats; and its votes (3,431,510 in 2023), typed with spaces. Derived from each exercise's
 * recorded solution and the chamber it gives, never written out by hand.
 */
function typicalAnswers(exercise: (typeof EXERCISES)[number]) {
	const solved = SOLUTIONS[exercise.id]!.reduce(applySet, startScenario(exercise));
	const chamber = goalChamber(runScenario(solved));
	const largest = [...chamber.parties].sort((a, b) => b.seats - a.seats)[0]!;
	const key = SOLUTIONS[exercise.id]![0]!.split('=')[0]!;
	const setting = settingValue(solved, key);
	const votes = solved.parties.find((p) => p.id === largest.id)!.support;
	const numbers = [setting ?? largest.seats, largest.seats, Math.round(votes)];
	return {
		solved,
		answers: Array.from({ length: exercise.questionCount }, (_, i) => typed(numbers[i % 3]!))
	};
}

function builtInSubmission(exercise: (typeof EXERCISES)[number], words = false) {
	const { solved, answers } = typicalAnswers(exercise);
	return newSubmission({
		exerciseId: exercise.id,
		exerciseTitle: exercise.id,
		studentName: LABEL,
		goalMet: true,
		hintsUsed: exercise.hintCount,
		answers: words ? answers.map((a) => `I think ${a}, because the quota rounds down.`) : answers,
		scenario: solved,
		presetId: exercise.start.preset,
		finishedAt: FINISHED,
		reopened: 2
	});
}

describe('the tables of the code format', () => {
	it('number every built-in exercise, preset, setting and party setting', () => {
		expect([...BUILT_IN_IDS].sort()).toEqual(EXERCISES.map((e) => e.id).sort());
		expect([...PRESET_IDS].sort()).toEqual(PRESETS.map((p) => p.id).sort());
		const keys = KEYS.map(([k]) => k);
		expect(keys.sort()).toEqual([...Object.keys(SET_KEYS), ...Object.keys(PARTY_KEYS)].sort());
	});

	it('list the choices the engine has, so none is written without a number', () => {
		const options = (key: string) => {
			const kind = KEYS.find(([k]) => k === key)![1];
			return kind.kind === 'choice' ? kind.options : [];
		};
		expect(options('method')).toEqual([...METHOD_IDS]);
		expect(options('thresholdBase')).toEqual([...THRESHOLD_BASES]);
		expect(options('secondParty')).toEqual([...SECOND_PARTY_RULES]);
	});
});

describe('a code for each of the 12 built-in exercises with typical answers', () => {
	const rows = EXERCISES.map((e) => [e.id, e] as const);
	const lengths: Record<string, number> = {};

	it.each(rows)('%s: at most 60 symbols, and read back whole', (id, exercise) => {
		const submission = builtInSubmission(exercise);
		const code = submissionToCode(submission);
		lengths[id] = code.length;
		expect(code.length).toBeLessThanOrEqual(60);
		expect(code).toMatch(new RegExp(`^[${ALPHABET}]+$`));
		const read = submissionFromCode(code, () => 'title');
		expect(read).toEqual({
			ok: true,
			submission: {
				...submission,
				exerciseTitle: 'title',
				answers: submission.answers.map((a) => a.replace(/ /g, '').replace(',', '.')),
				writtenQuestions: [],
				writtenRead: false
			}
		});
	});

	it('reports the lengths', () => {
		console.info('main code lengths of the 12 built-ins (typical answers):', lengths);
		expect(Object.keys(lengths)).toHaveLength(12);
	});

	it.each(rows)('%s: a one-symbol typo anywhere is refused as a typo', (_, exercise) => {
		const code = submissionToCode(builtInSubmission(exercise));
		for (let i = 0; i < code.length; i++) {
			for (const symbol of ALPHABET) {
				if (symbol === code[i]) continue;
				const typo = code.slice(0, i) + symbol + code.slice(i + 1);
				expect(submissionFromCode(typo)).toEqual({ ok: false, error: 'typo' });
			}
			const dropped = code.slice(0, i) + code.slice(i + 1);
			expect(submissionFromCode(dropped)).toEqual({ ok: false, error: 'typo' });
		}
	});

	it.each(rows)('%s: answers in words go to a written code tied to the main one', (_, exercise) => {
		const submission = builtInSubmission(exercise, true);
		const main = submissionToCode(submission);
		const written = writtenCodeOf(submission)!;
		expect(main.length).toBeLessThanOrEqual(60);
		const first = submissionFromCode(main);
		expect(first.ok && first.submission.answers.every((a) => a === '')).toBe(true);
		const second = readCode(written);
		expect(second).toMatchObject({ ok: true, kind: 'written' });
		const mainRead = readCode(main);
		if (!first.ok || !second.ok || !mainRead.ok) throw new Error('unreadable');
		expect(second.tie).toBe(mainRead.tie);
		if (second.kind !== 'written') throw new Error('not written');
		expect(attachWritten(first.submission, second.answers)).toEqual({
			ok: true,
			submission: { ...first.submission, answers: submission.answers, writtenRead: true }
		});
	});
});

describe('labels', () => {
	it.each([
		['Aigerim S.', 'Aigerim S.'],
		['  Иван   Петров  ', 'Иван Петров'],
		['Әйгерім Сұлтанқызы', 'Әйгерім Сұлт'],
		['Zoë O’Brien', "Zoe O'Brien"],
		['<script>', 'script'],
		['Группа 7Б-2', 'Группа 7Б-2'],
		['😀', '']
	])('%j is carried as %j', (typed, label) => {
		expect(cleanLabel(typed)).toBe(label);
		expect([...cleanLabel(typed)].length).toBeLessThanOrEqual(LABEL_MAX);
	});
});

describe('round trip (property)', () => {
	const ASSIGNMENTS = [
		'threshold=2.3',
		'threshold=7',
		'threshold=0.05',
		'districtSeats=40',
		'totalSeats=120',
		'method=dhondt',
		'thresholdBase=parties',
		'secondParty=runner-up',
		'mixed=compensatory',
		'overhang=extra-seats',
		'turnout=61.3',
		'support.new-party=337421',
		'support.amanat=3000000.5',
		'partyMembers=10000',
		'branchMembers=500',
		'administrativeRefusals=false',
		'offBallotVoters=to-party',
		'offBallotTarget=respublica',
		'integrity=true',
		'inflation=100',
		'observerCoverage=0',
		'members.alga=20000',
		'inPerson.namys=false'
	];
	const mainArb = fc.record({
		exerciseId: fc.oneof(
			fc.constantFrom(...BUILT_IN_IDS),
			fc
				.integer({ min: 0, max: 2 ** 32 - 1 })
				.map((h) => `teacher-${h.toString(16).padStart(8, '0')}`)
		),
		sets: fc.subarray(ASSIGNMENTS),
		goalMet: fc.boolean(),
		hintsUsed: fc.integer({ min: 0, max: 10 }),
		reopened: fc.integer({ min: 0, max: 500 }),
		minutes: fc.integer({ min: 0, max: 5_000_000 }),
		answers: fc.array(
			fc.oneof(
				fc.constant(''),
				fc.constant(null),
				fc
					.double({ min: -1e9, max: 1e9, noNaN: true })
					.map((x) => String(Math.round(x * 100) / 100)),
				fc.integer({ min: 0, max: 2 ** 53 - 1 }).map(String)
			),
			{ maxLength: 10 }
		),
		label: fc
			.array(fc.constantFrom(..."AaЖжӘәҚқ7 -.'zЁё"), { minLength: 1, maxLength: LABEL_MAX })
			.map((cs) => cleanLabel(cs.join('')))
			.filter((l) => l !== '')
	});

	it('reads back every main code as it was written', () => {
		fc.assert(
			fc.property(mainArb, (m) => {
				const scenario = m.sets.reduce(applySet, findPreset('2023')!.scenario);
				const main: MainCode = {
					exerciseId: m.exerciseId,
					scenario: encodeUrl(scenario, '2023').toString(),
					goalMet: m.goalMet,
					hintsUsed: m.hintsUsed,
					reopened: m.reopened,
					finishedAt: new Date(Date.UTC(2026, 0, 1) + m.minutes * 60_000),
					answers: m.answers.map((a) => (a === '-0' ? '0' : a)),
					label: m.label
				};
				const read = readCode(encodeMainCode(main));
				expect(read).toMatchObject({ ok: true, kind: 'main' });
				if (!read.ok || read.kind !== 'main') return;
				expect(read.main).toEqual({
					...main,
					finishedAt: new Date(Math.floor(main.finishedAt.getTime() / 300_000) * 300_000)
				});
			}),
			{ numRuns: 300 }
		);
	});
});

describe('a teacher’s exercise', () => {
	it('is named by its content hash, and two exercises differ', () => {
		const a = teacherExerciseId({ id: 'teacher', text: { title: 'A' } });
		const b = teacherExerciseId({ id: 'teacher', text: { title: 'B' } });
		expect(a).toMatch(/^teacher-[0-9a-f]{8}$/);
		expect(a).not.toBe(b);
		const submission: Submission = { ...builtInSubmission(EXERCISES[0]!), exerciseId: a };
		const read = submissionFromCode(submissionToCode(submission));
		expect(read.ok && read.submission.exerciseId).toBe(a);
	});
});

describe('hostile and mistaken input', () => {
	const good = submissionToCode(builtInSubmission(EXERCISES[0]!));

	it.each([
		['a prototype name', '__proto__', 'alphabet'],
		['constructor', 'constructor', 'alphabet'],
		['hasOwnProperty', 'hasOwnProperty', 'alphabet'],
		['a zero in place of a symbol', `0${good.slice(1)}`, 'alphabet'],
		['a code 10,000 symbols long', 'A'.repeat(10_000), 'typo'],
		['a long code of random symbols', `W${'7'.repeat(301)}`, 'typo'],
		['a written code sent as the main code', '', 'length']
	])('refuses %s (%s)', (_, text, error) => {
		expect(submissionFromCode(text)).toEqual({ ok: false, error });
	});

	it('refuses a code longer than 60,000 symbols before reading it', () => {
		expect(submissionFromCode('A'.repeat(60_001))).toEqual({ ok: false, error: 'length' });
	});

	it('reads the code the way a person types it: groups, dashes, lower case', () => {
		const read = submissionFromCode(` ${groupCode(good).toLowerCase()} `);
		expect(read.ok).toBe(true);
	});

	it('refuses a forged code whose checks match but whose content is not a submission', () => {
		// Version 2, main, then all ones: no exercise 31, no preset 15.
		const forged = encodeMainCode;
		expect(typeof forged).toBe('function');
		const bytes = Uint8Array.from([0b0100_1111, 0xff, 0xff, 0xff]);
		const code = (async () => (await import('./short-code')).encodeShortCode(bytes))();
		return code.then((c) => expect(submissionFromCode(c)).toEqual({ ok: false, error: 'format' }));
	});
});

describe('numericAnswer', () => {
	it.each([
		['2,3', '2.3'],
		['2.3 %', '2.3'],
		['146 431', '146431'],
		['146,431', '146431'],
		['-5', '-5'],
		['0.000001', '0.000001'],
		['007', '7'],
		['999999999999999', '999999999999999'],
		['99999999999999999999', undefined],
		['0.1234567890123456', undefined],
		['about 5', undefined],
		['', undefined]
	])('reads %j as %j', (text, expected) => {
		expect(numericAnswer(text)).toBe(expected);
	});
});

describe('a forged code that says something in a form the app never writes', () => {
	const main: MainCode = {
		exerciseId: 'baytaq-threshold',
		scenario: '',
		goalMet: true,
		hintsUsed: 0,
		reopened: 0,
		finishedAt: FINISHED,
		answers: [],
		label: 'Ann'
	};

	it.each([' Ann', 'Ann ', 'A  B'])(
		'a label %j (not as cleanLabel leaves it) is refused',
		(label) => {
			expect(readCode(encodeMainCode({ ...main, label }))).toEqual({ ok: false, error: 'format' });
		}
	);

	it.each(['0.0000', '-0'])('a number %j (not in its shortest form) is refused', (answer) => {
		expect(readCode(encodeMainCode({ ...main, answers: [answer] }))).toEqual({
			ok: false,
			error: 'format'
		});
	});
});
