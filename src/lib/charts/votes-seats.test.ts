import { describe, expect, it } from 'vitest';
import { INDEPENDENT } from '../i18n/format';
import { createTranslator } from '../i18n/translate';
import { SCENARIO_2023 } from '../scenario/defaults';
import { runScenario } from '../scenario/run';
import { INK } from './theme';
import {
	votesSeatsConfig,
	votesSeatsRows,
	votesSeatsSummary,
	votesSeatsTable
} from './votes-seats';

const text = { locale: 'en', t: createTranslator('en') } as const;
const chamber = runScenario(SCENARIO_2023).reported;
const rows = votesSeatsRows(SCENARIO_2023, chamber);
const row = (id: string) => rows.find((r) => r.id === id)!;

describe('votesSeatsRows', () => {
	it('shows the seven lists on the 2023 ballot and the self-nominated winners', () => {
		expect(rows.map((r) => r.id)).toEqual([
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

	// The official 2023 result: Amanat 3 431 510 of 6 366 441 valid votes (lists + against all) =
	// 53.90 %, 62 of 98 seats = 63.27 %; Baytaq 146 431 = 2.30 %, no seat; 7 self-nominated
	// winners = 7.14 % of the seats.
	it.each([
		{ id: 'amanat', votePercent: 53.9, seats: 62, seatPercent: 63.27 },
		{ id: 'baytaq', votePercent: 2.3, seats: 0, seatPercent: 0 },
		{ id: INDEPENDENT, votePercent: null, seats: 7, seatPercent: 7.14 }
	])(
		'gives $id $seats seats ($seatPercent %) for $votePercent % of the votes',
		({ id, votePercent, seats, seatPercent }) => {
			const r = row(id);
			if (votePercent === null) expect(r.votePercent).toBeNull();
			else expect(r.votePercent).toBeCloseTo(votePercent, 1);
			expect(r.seats).toBe(seats);
			expect(r.seatPercent).toBeCloseTo(seatPercent, 2);
		}
	);

	it('leaves out parties kept off the ballot and a new party with no votes', () => {
		expect(rows.map((r) => r.id)).not.toContain('alga');
		expect(rows.map((r) => r.id)).not.toContain('new-party');
	});
});

describe('votesSeatsConfig', () => {
	const config = votesSeatsConfig(SCENARIO_2023, rows, text, (colour) => `hatched ${colour}`);
	const [votes, seats] = config.data.datasets;

	it('names each bar group after a party', () => {
		expect(config.data.labels).toEqual([
			'Amanat',
			'Auyl',
			'Respublica',
			'Ak Zhol',
			"People's Party",
			'OSDP',
			'Baytaq',
			'Self-nominated'
		]);
	});

	it('draws vote shares hatched and seat shares solid in the party colours', () => {
		expect(votes!.label).toBe('Share of valid votes');
		expect(seats!.label).toBe('Share of seats');
		expect(votes!.backgroundColor).toContain('hatched #0072B2');
		expect(seats!.backgroundColor).toContain('#0072B2');
		expect(votes!.borderColor).toBe(INK);
	});

	it('leaves the self-nominated vote bar empty, not zero', () => {
		expect(votes!.data.at(-1)).toBeNull();
		expect(seats!.data.at(-1)).toBeCloseTo(7.14, 2);
	});

	it('uses plain colours when no pattern is given', () => {
		const plain = votesSeatsConfig(SCENARIO_2023, rows, text);
		expect(plain.data.datasets[0]!.backgroundColor).toEqual(rows.map((r) => r.colour));
	});
});

describe('votesSeatsTable and votesSeatsSummary', () => {
	const table = votesSeatsTable(SCENARIO_2023, rows, text);

	// The official 2023 figures, worked above.
	it.each([
		{ header: 'Amanat', cells: ['3,431,510', '53.90%', '62', '63.27%'] },
		{ header: 'Self-nominated', cells: ['—', '—', '7', '7.14%'] }
	])('writes the row of $header', ({ header, cells }) => {
		expect(table.rows.find((r) => r.header === header)!.cells).toEqual(cells);
	});

	it('has a header for each column', () => {
		expect(table.columns).toHaveLength(5);
		expect(table.caption).toMatch(/votes and seats/);
	});

	it('says every share in one sentence', () => {
		const summary = votesSeatsSummary(SCENARIO_2023, rows, text);
		expect(summary).toContain('Amanat 53.9% of votes and 63.3% of seats');
		expect(summary).toContain('Self-nominated no list votes and 7.1% of seats');
	});
});
