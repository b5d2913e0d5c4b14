import { describe, expect, it } from 'vitest';
import { UsageError } from './errors';
import { run } from './main';
import { monteCarloCommand, parseMonteCarloArgs } from './montecarlo';

const noFiles = (path: string): string => {
	throw new Error(`no file ${path}`);
};
/** A clock that advances 5 ms per reading, so elapsedMs is fixed in tests. */
const fakeClock = () => {
	let t = 0;
	return () => (t += 5);
};
const answer = (argv: string[]) => JSON.parse(monteCarloCommand(argv, noFiles, fakeClock()));

describe('majilis montecarlo', () => {
	it('prints the runs, seed, error, time and each party’s seat distribution', () => {
		const result = answer(['--preset', '2023', '--runs', '200', '--seed', '1', '--error', '2']);
		expect(result).toMatchObject({ runs: 200, seed: 1, error: 2, elapsedMs: 5, houseSize: 98 });
		expect(result.parties.map((p: { id: string }) => p.id)).toContain('amanat');
		expect(result.largestParty.id).toBe('amanat');
		const amanat = result.parties.find((p: { id: string }) => p.id === 'amanat');
		expect(Object.keys(amanat.seats)).toEqual(['mean', 'p5', 'p50', 'p95', 'histogram']);
	});

	it('gives the same output for the same seed', () => {
		const argv = ['--preset', '2023', '--runs', '150', '--seed', '42', '--set', 'threshold=7'];
		expect(monteCarloCommand(argv, noFiles, fakeClock())).toBe(
			monteCarloCommand(argv, noFiles, fakeClock())
		);
	});

	it('is a command of the CLI', () => {
		const { out, code } = run(['montecarlo', '--runs=20', '--error=1'], () => '', noFiles);
		expect(code).toBe(0);
		expect(JSON.parse(out)).toMatchObject({ runs: 20, error: 1, seed: 1 });
	});

	it.each([
		[['--runs', '0'], /--runs must be a whole number/],
		[['--runs', '2.5'], /--runs must be a whole number/],
		[['--error', '25'], /--error must be a number of points from 0 to 20/],
		[['--error', 'x'], /--error must be/],
		[['--seed', '1e3'], /--seed must be a whole number/],
		[['--seed'], /--seed needs a value/]
	])('refuses %o', (argv, message) => {
		expect(() => parseMonteCarloArgs(argv)).toThrow(UsageError);
		expect(() => parseMonteCarloArgs(argv)).toThrow(message);
	});

	it('passes the other arguments on to the scenario', () => {
		expect(parseMonteCarloArgs(['--preset', '2023', '--runs', '5', '--set', 'a=b'])).toEqual({
			runs: 5,
			error: 2,
			seed: 1,
			rest: ['--preset', '2023', '--set', 'a=b']
		});
	});
});
