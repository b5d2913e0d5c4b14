import { describe, expect, it } from 'vitest';
import { UsageError } from './errors';
import { parseAllocateArgs } from './parse-allocate';

describe('parseAllocateArgs', () => {
	it('takes the 2023 law as the default rules', () => {
		const { input } = parseAllocateArgs(['a=10', 'b=5']);
		expect(input).toEqual({
			lists: [
				{ id: 'a', votes: 10 },
				{ id: 'b', votes: 5 }
			],
			seats: 69,
			method: 'hare',
			threshold: 5,
			thresholdBase: 'valid',
			againstAll: 0,
			invalid: 0,
			secondParty: 'off'
		});
	});

	it('reads every option', () => {
		const { input } = parseAllocateArgs([
			'--seats',
			'98',
			'--method',
			'modified-sainte-lague',
			'--threshold',
			'4.9',
			'--threshold-base',
			'ballots',
			'--against-all',
			'12',
			'--invalid',
			'3',
			'--second-party',
			'x=1'
		]);
		expect(input).toMatchObject({
			seats: 98,
			method: 'modified-sainte-lague',
			threshold: 4.9,
			thresholdBase: 'ballots',
			againstAll: 12,
			invalid: 3,
			secondParty: 'runner-up'
		});
	});

	it('keeps the order of the lists, which is registration order', () => {
		const { input } = parseAllocateArgs(['z=1', 'a=2', 'm=3']);
		expect(input?.lists.map((l) => l.id)).toEqual(['z', 'a', 'm']);
	});

	it('reads a name that contains an equals sign up to the last one', () => {
		const { input } = parseAllocateArgs(['a=b=7']);
		expect(input?.lists).toEqual([{ id: 'a=b', votes: 7 }]);
	});

	it('switches to batch mode without lists', () => {
		expect(parseAllocateArgs(['--batch'])).toEqual({ batch: true, input: undefined });
	});

	it.each([
		[['--method', 'borda', 'a=1'], /unknown method "borda"/],
		[['a=-1'], /votes for "a" must be a whole number, got "-1"/],
		[['a=1.5'], /votes for "a" must be a whole number/],
		[['a=1e3'], /votes for "a" must be a whole number/],
		[['a='], /votes for "a" must be a whole number/],
		[['a=99999999999999999999'], /votes for "a" is too large/],
		[['--seats', '0', 'a=1'], /--seats must be at least 1/],
		[['--seats', '2.5', 'a=1'], /--seats must be a whole number/],
		[['--threshold', '101', 'a=1'], /--threshold must be a percentage from 0 to 100/],
		[['--threshold', '-1', 'a=1'], /--threshold|needs a value/],
		[['--threshold', 'five', 'a=1'], /--threshold must be a percentage/],
		[['--threshold-base', 'turnout', 'a=1'], /unknown threshold base "turnout"/],
		[['--against-all', '-5', 'a=1'], /--against-all|needs a value/],
		[['a=1', 'a=2'], /the list "a" is given twice/],
		[['=5'], /expected NAME=VOTES/],
		[['amanat'], /expected NAME=VOTES, got "amanat"/],
		[['--frobnicate', 'a=1'], /unknown option --frobnicate/],
		[['--seats'], /--seats needs a value/],
		[[], /no lists given/],
		[['--batch', 'a=1'], /--batch reads lists from standard input/],
		[['--second-party', '--second-party-corrected', 'a=1'], /choose either/]
	])('refuses %j with a one-line message', (argv, message) => {
		expect(() => parseAllocateArgs(argv)).toThrow(UsageError);
		expect(() => parseAllocateArgs(argv)).toThrow(message);
	});
});
