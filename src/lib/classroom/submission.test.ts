import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from '../scenario/defaults';
import { findPreset } from '../scenario/presets';
import { applySet } from '../scenario/set';
import type { Scenario } from '../scenario/types';
import { encodePayload } from './codec';
import {
	attachWritten,
	newSubmission,
	submissionFromCode,
	submissionToCode,
	writtenCodeOf,
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
