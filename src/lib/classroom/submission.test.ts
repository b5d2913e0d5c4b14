import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from '../scenario/defaults';
import { findPreset } from '../scenario/presets';
import { applySet } from '../scenario/set';
import type { Scenario } from '../scenario/types';
import { encodePayload, MAX_CODE_LENGTH } from './codec';
import { TEXT_LIMITS } from './exercise-link';
import {
	newSubmission,
	submissionFromCode,
	submissionToCode,
	SUBMISSION_LIMITS,
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
	exerciseId: 'threshold-majority',
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

	it('stamps the version and the time in UTC', () => {
		expect(SUBMISSION).toMatchObject({ version: 1, finishedAt: '2026-03-02T09:45:00.000Z' });
	});

	it('cleans what the student typed and keeps it within the limits', () => {
		const s = newSubmission({
			...INPUT,
			studentName: `  Aigerim\n${'x'.repeat(100)}`,
			answers: Array.from({ length: 12 }, () => 'y'.repeat(2_100))
		});
		expect(s.studentName).toHaveLength(60);
		expect(s.studentName.startsWith('Aigerim x')).toBe(true);
		expect(s.answers).toHaveLength(10);
		expect(s.answers.every((a) => a.length === 2_000)).toBe(true);
		expect(submissionFromCode(submissionToCode(s))).toEqual({ ok: true, submission: s });
	});
});

describe('submissionToCode and submissionFromCode', () => {
	it.each<[string, Submission]>([
		['a typical submission', SUBMISSION],
		['a submission without answers or changes', { ...SUBMISSION, answers: [], scenario: '' }],
		['a submission in Russian', { ...SUBMISSION, studentName: 'Иван П.', answers: [ANSWER_RU] }],
		[
			'student text containing a script tag, as plain text',
			{
				...SUBMISSION,
				studentName: '<script>alert(1)</script>',
				answers: ['"><img src=x onerror=alert(1)> & &amp; </textarea>']
			}
		]
	])('round-trips %s', (_, submission) => {
		expect(submissionFromCode(submissionToCode(submission))).toEqual({ ok: true, submission });
	});

	it('round-trips the largest submission the limits allow, in text that hardly compresses', () => {
		let seed = 7;
		/** Pseudo-random CJK characters: three UTF-8 bytes each and little for deflate to find. */
		const noise = (length: number) =>
			Array.from({ length }, () => {
				seed = (seed * 48_271) % 2_147_483_647;
				return String.fromCharCode(0x4e00 + (seed % 20_000));
			}).join('');
		const largest: Submission = {
			...SUBMISSION,
			studentName: noise(SUBMISSION_LIMITS.studentName),
			exerciseTitle: noise(TEXT_LIMITS.title),
			answers: Array.from({ length: SUBMISSION_LIMITS.answers }, () =>
				noise(SUBMISSION_LIMITS.answer)
			)
		};
		const code = submissionToCode(largest);
		expect(code.length).toBeLessThan(MAX_CODE_LENGTH);
		expect(submissionFromCode(code)).toEqual({ ok: true, submission: largest });
	});

	it('writes a code that starts with its kind and version', () => {
		expect(submissionToCode(SUBMISSION)).toMatch(/^MLS1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
	});

	it.each([
		['English', ANSWER_EN],
		['Russian', ANSWER_RU]
	])(
		'keeps a typical code with two 300-character answers in %s short enough for a QR code',
		(_, answer) => {
			const code = submissionToCode(
				newSubmission({
					...INPUT,
					answers: [answer.slice(0, 300), answer.slice(-300)],
					scenario: withSets(SCENARIO_2023, 'threshold=3', 'districtSeats=49', 'method=dhondt')
				})
			);
			expect(code.length).toBeLessThan(1_200);
		}
	);

	it('rejects a code with one character changed with "checksum"', () => {
		const code = submissionToCode(SUBMISSION);
		const i = Math.floor(code.length / 2);
		const changed = code.slice(0, i) + (code[i] === 'x' ? 'y' : 'x') + code.slice(i + 1);
		expect(submissionFromCode(changed)).toEqual({ ok: false, error: 'checksum' });
	});

	it.each([
		['a wrong version', submissionToCode(SUBMISSION).replace('MLS1', 'MLS2'), 'version'],
		['garbage', '%%% not a code %%%', 'format'],
		['an exercise link code', encodePayload('exercise', SUBMISSION), 'format']
	])('rejects %s with "%s"', (_, code, error) => {
		expect(submissionFromCode(code)).toEqual({ ok: false, error });
	});

	it.each<[string, unknown]>([
		['a list instead of a submission', [SUBMISSION]],
		['version 2 inside', { ...SUBMISSION, version: 2 }],
		['an extra field', { ...SUBMISSION, html: '<b>hi</b>' }],
		['a missing name', { ...SUBMISSION, studentName: undefined }],
		['a blank name', { ...SUBMISSION, studentName: '  ' }],
		['a name of 61 characters', { ...SUBMISSION, studentName: 'n'.repeat(61) }],
		['a name over two lines', { ...SUBMISSION, studentName: 'Ann\nBob' }],
		['a name with a right-to-left override', { ...SUBMISSION, studentName: 'Ann\u202Etxt.exe' }],
		['eleven answers', { ...SUBMISSION, answers: Array.from({ length: 11 }, () => 'a') }],
		['an answer of 2,001 characters', { ...SUBMISSION, answers: ['a'.repeat(2_001)] }],
		['an answer with a NUL', { ...SUBMISSION, answers: ['a\u0000b'] }],
		['goalMet as text', { ...SUBMISSION, goalMet: 'yes' }],
		['negative hints', { ...SUBMISSION, hintsUsed: -1 }],
		['an exercise id with spaces', { ...SUBMISSION, exerciseId: 'my exercise' }],
		['an unknown scenario parameter', { ...SUBMISSION, scenario: 'threshold=3&colour=red' }],
		['a scenario value out of range', { ...SUBMISSION, scenario: 'threshold=300' }],
		['an unknown preset', { ...SUBMISSION, scenario: 'preset=1999' }],
		['a date that is not ISO', { ...SUBMISSION, finishedAt: 'Monday morning' }]
	])('rejects a code that decodes to %s with "schema"', (_, value) => {
		expect(submissionFromCode(encodePayload('submission', value))).toEqual({
			ok: false,
			error: 'schema'
		});
	});

	it('refuses to write a code without a name', () => {
		expect(() => submissionToCode({ ...SUBMISSION, studentName: '' })).toThrow(/studentName/);
	});
});
