import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from '../scenario/defaults';
import { applySet } from '../scenario/set';
import { encodePayload } from './codec';
import { MAX_CODES } from './collect-limits';
import { readPaste } from './collect.worker';
import { newSubmission, submissionToCode } from './submission';

const submission = (name: string) =>
	newSubmission({
		exerciseId: 'teacher',
		exerciseTitle: 'A test',
		studentName: name,
		goalMet: true,
		hintsUsed: 0,
		answers: [],
		scenario: applySet(SCENARIO_2023, 'threshold=7'),
		presetId: '2023',
		finishedAt: new Date('2026-11-29T10:00:00Z')
	});

describe('readPaste (the collect page’s reader; issue 13 §2 and §6)', () => {
	it('adds the valid codes, names a poisoned one, counts a repeated one once', () => {
		const a = submissionToCode(submission('A'));
		const b = submissionToCode(submission('B'));
		const poisoned = encodePayload('submission', {
			...submission('M'),
			scenario: 'threshold=7&constructor.amanat=1'
		});
		const answer = readPaste([a, poisoned, '', `  ${b}  `, a].join('\n'));
		expect(answer.submissions.map((s) => s.studentName)).toEqual(['A', 'B']);
		expect(answer.problems).toEqual([{ line: 2, error: 'schema' }]);
		expect(answer.duplicates).toBe(1);
		expect(answer.summary?.total).toBe(2);
		// The class is kept between pastes, and a code pasted again is still counted once.
		expect(readPaste(a).duplicates).toBe(1);
	});

	it(`reads at most ${MAX_CODES} codes from one paste and names the first one left`, () => {
		const lines = Array.from({ length: MAX_CODES + 2 }, (_, i) => `junk${i}`);
		const answer = readPaste(lines.join('\n'));
		expect(answer.problems).toHaveLength(MAX_CODES + 1);
		expect(answer.problems.at(-1)).toEqual({ line: MAX_CODES + 1, error: 'limit' });
	});
});
