import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from '../scenario/defaults';
import { runScenario } from '../scenario/run';
import { chamberCsv, csvCell, type CsvHeadings } from './csv';

const HEADINGS: CsvHeadings = {
	party: 'Party',
	onBallot: 'On the ballot',
	votes: 'Votes',
	votePercent: 'Votes %',
	listSeats: 'List seats',
	districtSeats: 'District seats',
	seats: 'Seats',
	seatPercent: 'Seats %',
	independent: 'Self-nominated',
	unfilled: 'Unfilled',
	yes: 'yes',
	no: 'no'
};

describe('chamberCsv', () => {
	const chamber = runScenario(SCENARIO_2023).reported;
	const csv = chamberCsv(SCENARIO_2023, chamber, HEADINGS, (id) =>
		id === 'qhp' ? 'People\'s Party, "QHP"' : id
	);
	const lines = csv.trimEnd().split('\r\n');

	it('has a header row and one row per party plus self-nominated winners', () => {
		expect(lines[0]).toBe(
			'Party,On the ballot,Votes,Votes %,List seats,District seats,Seats,Seats %'
		);
		expect(lines).toHaveLength(1 + SCENARIO_2023.parties.length + 1);
	});

	it('writes the official 2023 figures', () => {
		expect(lines[1]).toBe('amanat,yes,3431510,53.90,40,22,62,63.27');
		expect(lines.at(-1)).toBe('Self-nominated,,,,0,7,7,7.14');
	});

	it('quotes a name with a comma or quotes in it', () => {
		expect(csv).toContain('"People\'s Party, ""QHP""",yes,432920');
	});
});

describe('every CSV is spreadsheet-safe (issue 13 §7)', () => {
	const hostile = [
		'=HYPERLINK("http://example.com","x")',
		'+1+1',
		'-2+3',
		'@SUM(A1)',
		'\tx',
		'\rx'
	];

	it.each(hostile)('the results CSV writes the party name %j as text', (name) => {
		const chamber = runScenario(SCENARIO_2023).reported;
		const csv = chamberCsv(SCENARIO_2023, chamber, HEADINGS, (id) => (id === 'amanat' ? name : id));
		const row = csv.split('\r\n')[1]!;
		// An apostrophe first, inside the quotes when the cell needs quoting.
		expect(row).toMatch(/^"?'/);
		expect(row).toContain(csvCell(name));
	});

	it.each([
		['plain', 'plain'],
		['=1', "'=1"],
		['a,b', '"a,b"'],
		['=a,b', `"'=a,b"`],
		[12, '12']
	] as const)('csvCell(%j) = %j', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});
});
