import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from '../lib/scenario/defaults';
import { UsageError } from './errors';
import { parseSimulateArgs, presetsText, simulateCommand } from './simulate';

const noFiles = (path: string): string => {
	throw new Error(`no file ${path}`);
};

function simulateJson(argv: string[], readFile = noFiles) {
	return JSON.parse(simulateCommand(argv, readFile));
}

describe('majilis simulate', () => {
	it('gives the official 2023 chamber for the 2023 preset', () => {
		const result = simulateJson(['--preset', '2023']);
		expect(result).toMatchObject({
			totalSeats: 98,
			listSeats: 69,
			districtSeats: 29,
			source: 'official',
			independents: 7
		});
		const seats = Object.fromEntries(
			result.parties.map(
				(p: { id: string; listSeats: number; districtSeats: number; seats: number }) => [
					p.id,
					[p.listSeats, p.districtSeats, p.seats]
				]
			)
		);
		expect(seats).toMatchObject({
			amanat: [40, 22, 62],
			auyl: [8, 0, 8],
			respublica: [6, 0, 6],
			akzhol: [6, 0, 6],
			qhp: [5, 0, 5],
			jsdp: [4, 0, 4],
			baytaq: [0, 0, 0]
		});
	});

	// 2007–2021: 98 list seats + 9 chosen by the Assembly of People (fact sheet §2), a house of 107.
	it.each(['2021', '2016', '2012', '2007'])(
		'reports the %s preset as a 107-seat house with lines at 54, 72 and 81',
		(preset) => {
			const result = simulateJson(['--preset', preset]);
			expect(result.houseSize).toBe(107);
			expect(result.appointed).toBe(9);
			expect(
				result.majorities.map((m: { name: string; seats: number }) => [m.name, m.seats])
			).toEqual([
				['majority', 54],
				['two-thirds', 72],
				['three-quarters', 81]
			]);
		}
	);

	it('does not say that Nur Otan reached three-quarters in 2021 with 76 of 107 seats', () => {
		const result = simulateJson(['--preset', '2021']);
		const three = result.majorities.find((m: { name: string }) => m.name === 'three-quarters');
		expect(three.reachedBy).toEqual([]);
	});

	it('takes the 2023 preset when none is named', () => {
		expect(simulateJson([])).toEqual(simulateJson(['--preset', '2023']));
	});

	it('changes only the list tier when only the threshold changes', () => {
		const result = simulateJson(['--set', 'threshold=7']);
		expect(result.source).toBe('official');
		const list = Object.fromEntries(
			result.parties.map((p: { id: string; listSeats: number }) => [p.id, p.listSeats])
		);
		expect(list).toMatchObject({ amanat: 46, auyl: 9, respublica: 7, akzhol: 7, qhp: 0, jsdp: 0 });
	});

	it('switches to the district model when the districts change, and says so', () => {
		const result = simulateJson(['--set', 'districtSeats=49']);
		expect(result.source).toBe('model');
		expect(result.districts).toHaveLength(49);
		expect(result.listSeats).toBe(49);
	});

	it('reads a scenario file', () => {
		const file = JSON.stringify({ ...SCENARIO_2023, districtSeats: 0 });
		const result = simulateJson(['s.json'], () => file);
		expect(result.districtSeats).toBe(0);
		expect(result.parties.find((p: { id: string }) => p.id === 'amanat').seats).toBe(56);
	});

	it.each([
		[['--preset', 'nope'], /unknown preset "nope"/],
		[['--set', 'threshold=abc'], /--set threshold must be a number of at least 0/],
		[['--set', 'frobnicate=1'], /unknown key "frobnicate"/],
		[['--set', 'districtSeats=99'], /districtSeats: cannot exceed totalSeats/],
		[['--set', 'threshold=101'], /list.threshold/],
		[['--set', 'support.nobody=5'], /no party "nobody"/],
		[['--set', 'threshold'], /expected KEY=VALUE/],
		[['--preset', '2023', 'x.json'], /either --preset or a scenario file/],
		[['a.json', 'b.json'], /at most one scenario file/],
		[['missing.json'], /cannot read the scenario file "missing.json"/],
		[['--bogus'], /unknown option --bogus/]
	])('refuses %j with one line', (argv, message) => {
		expect(() => parseSimulateArgs(argv, noFiles)).toThrow(UsageError);
		expect(() => parseSimulateArgs(argv, noFiles)).toThrow(message);
	});

	it.each([
		['not json', /is not valid JSON/],
		['{"version": 2}', /version/],
		[JSON.stringify({ ...SCENARIO_2023, totalSeats: 0 }), /totalSeats/]
	])('refuses a bad scenario file %#', (text, message) => {
		expect(() => parseSimulateArgs(['s.json'], () => text)).toThrow(message);
	});
});

describe('majilis presets', () => {
	it('lists every preset with its name and description', () => {
		const text = presetsText();
		for (const id of [
			'2023',
			'2021',
			'2016',
			'2012',
			'2007',
			'threshold-3',
			'all-list',
			'half-and-half',
			'all-districts',
			'compensatory',
			'barrier-2020',
			'opposition-registered'
		]) {
			expect(text).toMatch(new RegExp(`^${id} `, 'm'));
		}
		expect(text).toContain('2023 official: The law and the votes of 19 March 2023');
	});
});
