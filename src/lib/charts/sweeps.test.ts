import { describe, expect, it } from 'vitest';
import { reference2023 } from '../engine/reference-2023';
import { INDEPENDENT } from '../i18n/format';
import { SCENARIO_2023 } from '../scenario/defaults';
import { runScenario } from '../scenario/run';
import type { Scenario } from '../scenario/types';
import { districtGrid, districtSweep, thresholdGrid, thresholdSweep, type Sweep } from './sweeps';

const at = (sweep: Sweep, value: number) => sweep.points.find((p) => p.value === value)!;
const total = (seats: Readonly<Record<string, number>>) =>
	Object.values(seats).reduce((a, b) => a + b, 0);

describe('thresholdGrid', () => {
	it.each([
		{ current: 5, length: 151, includes: 5 },
		{ current: 5.25, length: 152, includes: 5.25 },
		{ current: 20, length: 152, includes: 20 }
	])('has 0 to 15 in tenths plus the current $current', ({ current, length, includes }) => {
		const grid = thresholdGrid(current);
		expect(grid).toHaveLength(length);
		expect(grid).toContain(includes);
		expect(grid).toContain(0.3);
		expect(grid[0]).toBe(0);
		expect([...grid].sort((a, b) => a - b)).toEqual(grid);
	});
});

describe('districtGrid', () => {
	it.each([
		{ total: 98, current: 29, expected: [0, 5, 10, 15, 20, 25, 29, 30, 95, 98] },
		{ total: 98, current: 0, expected: [0, 5, 95, 98] },
		{ total: 10, current: 3, expected: [0, 1, 2, 3, 9, 10] },
		{ total: 500, current: 250, expected: [0, 21, 250, 483, 500] }
	])(
		'steps from 0 to all $total seats through the current $current',
		({ total, current, expected }) => {
			const grid = districtGrid(total, current);
			for (const value of expected) expect(grid).toContain(value);
			expect(grid.length).toBeLessThanOrEqual(27);
			expect(new Set(grid).size).toBe(grid.length);
			expect(grid.at(-1)).toBe(total);
		}
	);
});

describe('thresholdSweep', () => {
	const sweep = thresholdSweep(SCENARIO_2023);

	// Each row is the official 2023 list votes shared by the independent reference implementation
	// at that threshold, plus the official district seats (Amanat 22, self-nominated 7); 5 % is the
	// official chamber itself. The figures are written out to read as a table; the first lines of
	// the test confirm each one against the reference.
	it.each([
		{ threshold: 0, amanat: 61, auyl: 8, baytaq: 1, independent: 7 },
		{ threshold: 5, amanat: 62, auyl: 8, baytaq: 0, independent: 7 },
		{ threshold: 7, amanat: 68, auyl: 9, baytaq: 0, independent: 7 },
		{ threshold: 15, amanat: 91, auyl: 0, baytaq: 0, independent: 7 }
	])(
		'gives Amanat $amanat total seats at a $threshold % threshold in 2023',
		({ threshold, amanat, auyl, baytaq, independent }) => {
			const reference = reference2023({ threshold });
			expect([
				reference.total.amanat,
				reference.total.auyl,
				reference.total.baytaq,
				reference.independents
			]).toEqual([amanat, auyl, baytaq, independent]);
			const point = at(sweep, threshold);
			expect(point.seats.amanat).toBe(amanat);
			expect(point.seats.auyl).toBe(auyl);
			expect(point.seats.baytaq).toBe(baytaq);
			expect(point.seats[INDEPENDENT]).toBe(independent);
		}
	);

	it('agrees with the independent reference at every threshold', () => {
		for (const point of sweep.points) {
			const reference = reference2023({ threshold: point.value });
			for (const [id, seats] of Object.entries(reference.total)) {
				expect(point.seats[id] ?? 0, `${id} at ${point.value} %`).toBe(seats);
			}
			expect(point.seats[INDEPENDENT]).toBe(reference.independents);
		}
	});

	it('agrees with the full simulation at the current threshold', () => {
		const result = runScenario(SCENARIO_2023).reported;
		const point = at(sweep, sweep.current);
		for (const party of result.parties) expect(point.seats[party.id]).toBe(party.seats);
		expect(point.seats[INDEPENDENT]).toBe(result.independents);
	});

	it('fills all 98 seats at every threshold', () => {
		for (const point of sweep.points) expect(total(point.seats)).toBe(98);
	});

	it('lists only those who ever hold a seat, self-nominated last', () => {
		expect(sweep.ids).toEqual([
			'amanat',
			'auyl',
			'respublica',
			'akzhol',
			'qhp',
			'jsdp',
			'baytaq',
			INDEPENDENT
		]);
	});
});

describe('districtSweep', () => {
	const sweep = districtSweep(SCENARIO_2023);

	it('includes the current 29 district seats with the official result', () => {
		// The official chamber: Amanat 40 list + 22 district seats, 7 self-nominated winners.
		const point = at(sweep, 29);
		expect(point.seats.amanat).toBe(62);
		expect(point.seats[INDEPENDENT]).toBe(7);
		expect(sweep.current).toBe(29);
	});

	it('counts no self-nominated winners when there are no districts', () => {
		expect(at(sweep, 0).seats[INDEPENDENT]).toBe(0);
	});

	it('counts the self-nominated winners of an all-district house', () => {
		const allDistricts = runScenario({ ...SCENARIO_2023, districtSeats: 98 }).reported;
		expect(at(sweep, 98).seats[INDEPENDENT]).toBe(allDistricts.independents);
		expect(allDistricts.independents).toBeGreaterThan(7);
	});

	it('gives the all-list house to the list parties alone', () => {
		// The official 2023 votes sharing 98 list seats, by the independent reference.
		const reference = reference2023({ listSeats: 98, districts: false });
		expect(reference.total).toMatchObject({ amanat: 56, auyl: 11, respublica: 9, jsdp: 6 });
		expect(at(sweep, 0).seats).toMatchObject(reference.total);
	});

	it('fills the whole house at every split', () => {
		for (const point of sweep.points) expect(total(point.seats)).toBe(98);
	});

	it('reuses a given result for the current split', () => {
		const current = runScenario(SCENARIO_2023);
		const doctored = {
			...current,
			reported: { ...current.reported, independents: 99 }
		};
		expect(at(districtSweep(SCENARIO_2023, doctored), 29).seats[INDEPENDENT]).toBe(99);
	});

	it.each([
		{ name: 'the 2023 scenario', scenario: SCENARIO_2023 },
		{
			name: 'a 7 % threshold, compensatory',
			scenario: {
				...SCENARIO_2023,
				mixed: 'compensatory' as const,
				list: { ...SCENARIO_2023.list, threshold: 7 }
			}
		},
		{
			name: 'a 20,000-member barrier',
			scenario: { ...SCENARIO_2023, access: { ...SCENARIO_2023.access, partyMembers: 20_000 } }
		}
	])(
		'gives, without the working, the seats of the whole scenario at every split: $name',
		({ scenario }) => {
			// The sweep takes the fast path (simulate without the working); the page's chamber at each
			// split is runScenario's, with the working. They must agree seat for seat.
			for (const point of districtSweep(scenario).points) {
				const chamber = runScenario({ ...scenario, districtSeats: point.value }).reported;
				const seats = Object.fromEntries(chamber.parties.map((p) => [p.id, p.seats]));
				expect(point.seats).toEqual({ ...seats, [INDEPENDENT]: chamber.independents });
				expect(point.houseSize).toBe(chamber.houseSize);
			}
		}
	);

	it('puts self-nominated winners among the lines when they win', () => {
		expect(sweep.ids.at(-1)).toBe(INDEPENDENT);
	});

	it('leaves out self-nominated winners when they win nowhere', () => {
		const partiesOnly: Scenario = {
			...SCENARIO_2023,
			districtModel: { ...SCENARIO_2023.districtModel, independentShare: 0 },
			officialYear: null
		};
		expect(districtSweep(partiesOnly).ids).not.toContain(INDEPENDENT);
	});
});
