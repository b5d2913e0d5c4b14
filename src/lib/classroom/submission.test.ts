import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from '../scenario/defaults';
import { findPreset } from '../scenario/presets';
import { runScenario } from '../scenario/run';
import { applySet } from '../scenario/set';
import type { Scenario } from '../scenario/types';
import { encodePayload } from './codec';
import {
	attachWritten,
	classCsv,
	newSubmission,
	summariseClass,
	submissionFromCode,
	submissionToCode,
	writtenCodeOf,
	type ClassCsvHeadings,
	type Submission,
	type SubmissionInput
} from './submission';

const withSets = (base: Scenario, ...sets: string[]) => sets.reduce(applySet, base);

const ANSWER_EN =
	'When the threshold went down from five to three percent, two more parties passed it and ' +
	'shared the list seats, so Amanat lost its majority. The district seats did not change because ' +
	'they are decided by plurality in each district. I think a lower threshold represents more ' +
	'voters, but the chamber has more parties.';
const ANSWER_RU =
	'Когда барьер снизился с пяти до трёх процентов, ещё две партии прошли в Мажилис и получили ' +
	'часть мест по спискам, поэтому Аманат потерял большинство. Места по округам не изменились, ' +
	'потому что их распределяют по мажоритарной системе. Я думаю, что низкий барьер лучше ' +
	'представляет избирателей.';

const INPUT: SubmissionInput = {
	exerciseId: 'baytaq-threshold',
	exerciseTitle: 'Who gets in at 3 %?',
	studentName: 'Aigerim S.',
	goalMet: true,
	hintsUsed: 1,
	answers: [ANSWER_EN.slice(0, 300), ANSWER_EN.slice(0, 300)],
	scenario: withSets(SCENARIO_2023, 'threshold=3'),
	presetId: '2023',
	finishedAt: new Date('2026-03-02T09:45:00Z')
};
const SUBMISSION = newSubmission(INPUT);
/** The same as a format 1 code held it: no fields of format 2. */
const V1 = Object.fromEntries(
	Object.entries(SUBMISSION).filter(([key]) => key !== 'reopened')
) as Submission;

describe('newSubmission', () => {
	it('writes the final scenario as URL parameters against its preset', () => {
		expect(SUBMISSION.scenario).toBe('threshold=3');
		expect(
			newSubmission({
				...INPUT,
				scenario: withSets(findPreset('2021')!.scenario, 'threshold=3'),
				presetId: '2021'
			}).scenario
		).toBe('preset=2021&threshold=3');
	});

	it('stamps the version and the time in UTC, and counts no reopening by default', () => {
		expect(SUBMISSION).toMatchObject({
			version: 1,
			finishedAt: '2026-03-02T09:45:00.000Z',
			reopened: 0
		});
	});

	it('cleans what the student typed: the name as a label of 12, answers within the limits', () => {
		const s = newSubmission({
			...INPUT,
			studentName: `  Aigerim\n${'x'.repeat(100)}`,
			answers: Array.from({ length: 12 }, () => 'y'.repeat(2_100))
		});
		expect(s.studentName).toBe('Aigerim xxxx');
		expect(s.answers).toHaveLength(10);
		expect(s.answers.every((a) => a.length === 2_000)).toBe(true);
	});
});

describe('submissionToCode and submissionFromCode', () => {
	it('writes a short code, and the words in a written-answers code that attaches to it', () => {
		const code = submissionToCode(SUBMISSION);
		expect(code.length).toBeLessThanOrEqual(60);
		const read = submissionFromCode(code);
		expect(read).toEqual({
			ok: true,
			submission: {
				...SUBMISSION,
				exerciseTitle: 'baytaq-threshold',
				answers: ['', ''],
				writtenQuestions: [1, 2],
				writtenRead: false
			}
		});
		const written = writtenCodeOf(SUBMISSION)!;
		expect(submissionFromCode(written)).toEqual({ ok: false, error: 'unpaired' });
	});

	it('makes the same code again from a submission read from one (its words still to come)', () => {
		const code = submissionToCode(SUBMISSION);
		const read = submissionFromCode(code);
		expect(read.ok && submissionToCode(read.submission)).toBe(code);
	});

	it('names the exercise with the title the page gives', () => {
		const read = submissionFromCode(submissionToCode(SUBMISSION), (id) => `title of ${id}`);
		expect(read.ok && read.submission.exerciseTitle).toBe('title of baytaq-threshold');
	});

	it.each([
		['a typical submission', V1],
		['a submission without answers or changes', { ...V1, answers: [], scenario: '' }],
		['a submission in Russian', { ...V1, studentName: 'Иван П.', answers: [ANSWER_RU] }],
		[
			'student text containing a script tag, as plain text',
			{
				...V1,
				studentName: '<script>alert(1)</script>',
				answers: ['"><img src=x onerror=alert(1)> & &amp; </textarea>']
			}
		]
	])('still reads a format 1 code: %s', (_, submission) => {
		expect(submissionFromCode(encodePayload('submission', submission))).toEqual({
			ok: true,
			submission
		});
	});

	it('refuses a code with one character changed as a typo', () => {
		const code = submissionToCode(SUBMISSION);
		const i = Math.floor(code.length / 2);
		const changed = code.slice(0, i) + (code[i] === 'X' ? 'Y' : 'X') + code.slice(i + 1);
		expect(submissionFromCode(changed)).toEqual({ ok: false, error: 'typo' });
	});

	it.each([
		[
			'a format 1 code of a newer version',
			encodePayload('submission', V1).replace('MLS1', 'MLS3'),
			'version'
		],
		['garbage', '%%% not a code %%%', 'alphabet'],
		['an exercise link code', encodePayload('exercise', V1), 'alphabet']
	])('rejects %s with "%s"', (_, code, error) => {
		expect(submissionFromCode(code)).toEqual({ ok: false, error });
	});

	it.each<[string, unknown]>([
		['a list instead of a submission', [V1]],
		['version 2 inside', { ...V1, version: 2 }],
		['an extra field', { ...V1, html: '<b>hi</b>' }],
		['a missing name', { ...V1, studentName: undefined }],
		['a blank name', { ...V1, studentName: '  ' }],
		['a name of 61 characters', { ...V1, studentName: 'n'.repeat(61) }],
		['a name over two lines', { ...V1, studentName: 'Ann\nBob' }],
		['a name with a right-to-left override', { ...V1, studentName: 'Ann\u202Etxt.exe' }],
		['eleven answers', { ...V1, answers: Array.from({ length: 11 }, () => 'a') }],
		['an answer of 2,001 characters', { ...V1, answers: ['a'.repeat(2_001)] }],
		['an answer with a NUL', { ...V1, answers: ['a\u0000b'] }],
		['goalMet as text', { ...V1, goalMet: 'yes' }],
		['negative hints', { ...V1, hintsUsed: -1 }],
		['an exercise id with spaces', { ...V1, exerciseId: 'my exercise' }],
		['an unknown scenario parameter', { ...V1, scenario: 'threshold=3&colour=red' }],
		['a scenario value out of range', { ...V1, scenario: 'threshold=300' }],
		['an unknown preset', { ...V1, scenario: 'preset=1999' }],
		['a date that is not ISO', { ...V1, finishedAt: 'Monday morning' }]
	])('rejects a format 1 code that decodes to %s with "schema"', (_, value) => {
		expect(submissionFromCode(encodePayload('submission', value))).toEqual({
			ok: false,
			error: 'schema'
		});
	});

	it('refuses to write a code without a name, or for an exercise with no code number', () => {
		expect(() => submissionToCode({ ...SUBMISSION, studentName: '' })).toThrow(/name/);
		expect(() => submissionToCode({ ...SUBMISSION, exerciseId: 'teacher' })).toThrow(/exercise/);
	});
});

describe('attachWritten', () => {
	const read = submissionFromCode(submissionToCode(SUBMISSION));
	const first = read.ok ? read.submission : SUBMISSION;

	it.each<[string, string[]]>([
		['one text too few', ['only one']],
		['one text too many', ['a', 'b', 'c']],
		['a text with a NUL', ['a\u0000b', 'c']],
		['a text of 2,001 characters', ['a'.repeat(2_001), 'c']]
	])('refuses %s as a mismatch', (_, words) => {
		expect(attachWritten(first, words)).toEqual({ ok: false, error: 'mismatch' });
	});
});

describe('summariseClass', () => {
	const student = (name: string, goalMet: boolean, scenario: Scenario, presetId = '2023') =>
		newSubmission({ ...INPUT, studentName: name, goalMet, scenario, presetId });
	const class3 = [
		student('A', true, withSets(SCENARIO_2023, 'threshold=3')),
		student('B', true, withSets(SCENARIO_2023, 'threshold=3', 'districtSeats=0')),
		student('C', false, SCENARIO_2023)
	];
	const summary = summariseClass(class3);
	const seatsOf = (s: Scenario, party: string) =>
		runScenario(s).reported.parties.find((p) => p.id === party)!.seats;

	it('counts the class and those who met the goal', () => {
		expect(summary).toMatchObject({ total: 3, goalMet: 2 });
	});

	it('spreads each changed setting over every student, the preset’s value included', () => {
		expect(summary.settings).toEqual([
			{
				key: 'threshold',
				values: [
					{ value: '3', count: 2 },
					{ value: '5', count: 1 }
				]
			},
			{
				key: 'districtSeats',
				values: [
					{ value: '29', count: 2 },
					{ value: '0', count: 1 }
				]
			}
		]);
	});

	it('gives each party’s fewest, median and most seats over the class’s chambers', () => {
		const amanat = [
			seatsOf(withSets(SCENARIO_2023, 'threshold=3'), 'amanat'),
			seatsOf(withSets(SCENARIO_2023, 'threshold=3', 'districtSeats=0'), 'amanat'),
			seatsOf(SCENARIO_2023, 'amanat')
		].sort((a, b) => a - b);
		expect(summary.seats.find((s) => s.party === 'amanat')).toEqual({
			party: 'amanat',
			min: amanat[0],
			median: amanat[1],
			max: amanat[2]
		});
		expect(summary.seats.map((s) => s.party)).toEqual(SCENARIO_2023.parties.map((p) => p.id));
	});

	it('takes the mean of the middle two as the median of an even class', () => {
		const even = summariseClass(class3.slice(1));
		const values = [
			seatsOf(withSets(SCENARIO_2023, 'threshold=3', 'districtSeats=0'), 'amanat'),
			seatsOf(SCENARIO_2023, 'amanat')
		];
		expect(even.seats[0]).toMatchObject({ median: (values[0]! + values[1]!) / 2 });
	});

	it('spreads the self-nominated winners', () => {
		expect(summary.independents).toEqual({ min: 0, median: 7, max: 7 });
	});

	it('counts presets and keeps parties of every preset a student used', () => {
		const mixed = summariseClass([
			class3[0]!,
			student('D', false, findPreset('2021')!.scenario, '2021')
		]);
		expect(mixed.settings[0]).toEqual({
			key: 'threshold',
			values: [
				{ value: '3', count: 1 },
				{ value: '7', count: 1 }
			]
		});
		expect(mixed.settings[1]).toEqual({
			key: 'preset',
			values: [
				{ value: '2021', count: 1 },
				{ value: '2023', count: 1 }
			]
		});
		expect(mixed.seats.map((s) => s.party)).toContain('nurotan');
	});

	it('summarises an empty class as nothing', () => {
		expect(summariseClass([])).toEqual({
			total: 0,
			goalMet: 0,
			settings: [],
			seats: [],
			independents: null
		});
	});
});

describe('classCsv', () => {
	const HEADINGS: ClassCsvHeadings = {
		student: 'Student',
		exercise: 'Exercise',
		goalMet: 'Goal met',
		hintsUsed: 'Hints',
		finishedAt: 'Finished',
		scenario: 'Settings',
		answer: 'Answer',
		yes: 'yes',
		no: 'no'
	};
	const csv = classCsv(
		[
			{ ...SUBMISSION, studentName: 'Aigerim', answers: ['Two more parties got in.'] },
			{
				...SUBMISSION,
				studentName: 'Bolat, "B."',
				goalMet: false,
				hintsUsed: 2,
				scenario: 'threshold=3&districts=0',
				answers: ['First line\nsecond line', '=HYPERLINK("http://x")']
			}
		],
		HEADINGS
	);
	const lines = csv.split('\r\n');

	it('has a header with one column per answer', () => {
		expect(lines[0]).toBe('Student,Exercise,Goal met,Hints,Finished,Settings,Answer 1,Answer 2');
	});

	it('writes one row per student and pads missing answers', () => {
		expect(lines[1]).toBe(
			'Aigerim,Who gets in at 3 %?,yes,1,2026-03-02T09:45:00.000Z,threshold=3,Two more parties got in.,'
		);
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it.each([
		['a name with a comma and quotes', '"Bolat, ""B."""'],
		['an answer over two lines', '"First line\nsecond line"'],
		['an answer that looks like a formula, as text', `"'=HYPERLINK(""http://x"")"`]
	])('quotes %s', (_, expected) => {
		expect(csv).toContain(expected);
	});
});
