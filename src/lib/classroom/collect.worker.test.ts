import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SCENARIO_2023 } from '../scenario/defaults';
import { applySet } from '../scenario/set';
import { encodePayload } from './codec';
import { MAX_CODES } from './collect-limits';
import { groupCode } from './short-code';
import { newSubmission, submissionToCode, writtenCodeOf, type Submission } from './submission';

/** The worker keeps the class between pastes: each test reads with a fresh module. */
let readPaste: typeof import('./collect.worker').readPaste;
let splitCodes: typeof import('./collect.worker').splitCodes;
beforeEach(async () => {
	vi.resetModules();
	({ readPaste, splitCodes } = await import('./collect.worker'));
});

const submission = (name: string, answers: string[] = []) =>
	newSubmission({
		exerciseId: 'seven-percent-2023',
		exerciseTitle: 'A test',
		studentName: name,
		goalMet: true,
		hintsUsed: 0,
		answers,
		scenario: applySet(SCENARIO_2023, 'threshold=7'),
		presetId: '2023',
		finishedAt: new Date('2026-11-29T10:00:00Z')
	});
/** A submission as format 1 held it: without the fields format 2 added. */
const v1Object = (s: Submission) =>
	Object.fromEntries(Object.entries(s).filter(([key]) => key !== 'reopened')) as Submission;
const v1 = (s: Submission) => encodePayload('submission', v1Object(s));

describe('splitCodes', () => {
	const a = submissionToCode(submission('A'));
	const b = submissionToCode(submission('B'));

	it.each([
		['one per line', `${a}\n${b}`],
		['separated by commas', `${a},${b}`],
		['separated by spaces', `${a} ${b}`],
		['separated by semicolons and spaces', ` ${a} ; ${b} `],
		[
			'typed in groups with spaces, two on a line',
			`${groupCode(a).replaceAll('-', ' ')} ${groupCode(b).replaceAll('-', ' ')}`
		],
		['in groups with dashes, in lower case', `${groupCode(a).toLowerCase()}\r\n${groupCode(b)}`]
	])('finds both codes %s', (_, text) => {
		const codes = splitCodes(text).map((c) => c.code.replace(/[\s-]/g, '').toUpperCase());
		expect(codes).toEqual([a, b]);
	});

	it('joins a code typed over three lines as the student’s screen shows it', () => {
		const rows = groupCode(a)
			.replaceAll('-', ' ')
			.match(/.{1,10}/g)!;
		expect(rows.length).toBeGreaterThan(1);
		const codes = splitCodes([...rows, b].join('\n'));
		expect(codes.map((c) => c.code.replace(/[\s-]/g, ''))).toEqual([a, b]);
		expect(codes.map((c) => c.line)).toEqual([1, rows.length + 1]);
	});

	it('leaves lines that make no code together apart, each named on its own', () => {
		expect(splitCodes('ABCD\nEFGH\nJKMN').map((c) => c.code)).toEqual(['ABCD', 'EFGH', 'JKMN']);
	});

	it('keeps a format 1 code whole, dashes and all', () => {
		const old = v1(submission('C'));
		expect(splitCodes(`${a} ${old}`).map((c) => c.code)).toEqual([a, old]);
	});
});

describe('readPaste (the collect page’s reader)', () => {
	it('adds the valid codes, names a mistyped one, counts a repeated one once', () => {
		const a = submissionToCode(submission('A'));
		const b = submissionToCode(submission('B'));
		const typo = a.slice(0, 5) + (a[5] === 'X' ? 'Y' : 'X') + a.slice(6);
		const answer = readPaste([a, typo, '', `  ${groupCode(b)}  `, a].join('\n'));
		expect(answer.submissions.map((s) => s.studentName)).toEqual(['A', 'B']);
		expect(answer.problems).toEqual([{ line: 2, error: 'typo', start: `${typo.slice(0, 8)}…` }]);
		expect(answer.duplicates).toBe(1);
		expect(answer.summary?.total).toBe(2);
		// The class is kept between pastes, and a code pasted again is still counted once.
		expect(readPaste(groupCode(a).toLowerCase()).duplicates).toBe(1);
	});

	it('still reads format 1 codes and names a poisoned one', () => {
		const poisoned = encodePayload('submission', {
			...v1Object(submission('M')),
			scenario: 'threshold=7&constructor.amanat=1'
		});
		const answer = readPaste(`${v1(submission('Old'))}\n${poisoned}`);
		expect(answer.submissions.map((s) => s.studentName)).toEqual(['Old']);
		expect(answer.problems.map((p) => p.error)).toEqual(['schema']);
	});

	it('titles each submission from the page’s titles', () => {
		const answer = readPaste(submissionToCode(submission('A')), {
			'seven-percent-2023': 'Жеті пайыз'
		});
		expect(answer.submissions[0]?.exerciseTitle).toBe('Жеті пайыз');
	});

	it.each(['main first', 'written first', 'in two pastes'])(
		'attaches the written answers to their main code, %s',
		(order) => {
			const s = submission('Dana', ['7', 'Because the quota rounds down.']);
			const main = submissionToCode(s);
			const written = writtenCodeOf(s)!;
			let answer;
			if (order === 'main first') answer = readPaste(`${main}\n${written}`);
			else if (order === 'written first') answer = readPaste(`${written}\n${main}`);
			else {
				expect(readPaste(written).problems.map((p) => p.error)).toEqual(['waiting']);
				answer = readPaste(main);
			}
			expect(answer.problems).toEqual([]);
			expect(answer.submissions[0]).toMatchObject({
				answers: ['7', 'Because the quota rounds down.'],
				writtenQuestions: [2],
				writtenRead: true
			});
		}
	);

	it('names a written code that belongs to another main code as waiting, not attached', () => {
		const dana = submission('Dana', ['words']);
		const answer = readPaste(
			`${submissionToCode(submission('Erlan', ['more words']))}\n${writtenCodeOf(dana)}`
		);
		expect(answer.submissions[0]?.answers).toEqual(['']);
		expect(answer.problems.map((p) => p.error)).toEqual(['waiting']);
	});

	it(`reads at most ${MAX_CODES} codes from one paste and names the first one left`, () => {
		const lines = Array.from({ length: MAX_CODES + 2 }, (_, i) => `junk${i}`);
		const answer = readPaste(lines.join('\n'));
		expect(answer.problems).toHaveLength(MAX_CODES + 1);
		expect(answer.problems.at(-1)).toMatchObject({ line: MAX_CODES + 1, error: 'limit' });
	});
});

describe('a hostile paste', () => {
	it('splits 5,000 lines of fragments quickly', () => {
		const started = performance.now();
		const codes = splitCodes(Array.from({ length: 5_000 }, () => 'AB7Q XK').join('\n'));
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(codes).toHaveLength(5_000);
	});

	it('splits a line of 100,000 tiny pieces quickly, each group of pieces bounded', () => {
		const line = Array.from({ length: 100_000 }, () => 'AB').join(' ');
		const started = performance.now();
		const codes = splitCodes(line);
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(Math.max(...codes.map((c) => c.code.length))).toBeLessThanOrEqual(402);
	});

	it.each([
		'typo',
		'alphabet',
		'length',
		'format',
		'version',
		'checksum',
		'corrupt',
		'schema',
		'mismatch',
		'waiting',
		'unpaired',
		'limit'
	])('has a message for the problem "%s"', async (error) => {
		const { en } = await import('../i18n/en');
		expect((en as Record<string, string>)[`collect.code.${error}`]).toMatch(/\S/);
	});
});
