/**
 * The chamber as CSV, for spreadsheets: one row per party, then self-nominated and unfilled
 * seats. RFC 4180 quoting; numbers in plain form so any locale's spreadsheet reads them.
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
import type { Chamber } from '../scenario/simulate';
import type { Scenario } from '../scenario/types';

/**
 * One CSV cell, RFC 4180 quoting. Text that starts like a formula (= + - @, tab, carriage
 * return) gets a leading apostrophe, so a spreadsheet shows it as text rather than running it
 * (OWASP "CSV Injection"): a party name from an imported file or a student's answer can be
 * anything. Numbers are written as they are. Every CSV the app writes goes through here.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
export function csvCell(value: string | number): string {
	const text =
		typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const cell = csvCell;

export interface CsvHeadings {
	readonly party: string;
	readonly onBallot: string;
	readonly votes: string;
	readonly votePercent: string;
	readonly listSeats: string;
	readonly districtSeats: string;
	readonly seats: string;
	readonly seatPercent: string;
	readonly independent: string;
	readonly unfilled: string;
	readonly yes: string;
	readonly no: string;
}

export function chamberCsv(
	scenario: Scenario,
	chamber: Chamber,
	headings: CsvHeadings,
	nameOf: (id: string) => string
): string {
	const rows: (string | number)[][] = [
		[
			headings.party,
			headings.onBallot,
			headings.votes,
			headings.votePercent,
			headings.listSeats,
			headings.districtSeats,
			headings.seats,
			headings.seatPercent
		]
	];
	for (const p of chamber.parties) {
		rows.push([
			nameOf(p.id),
			p.onBallot ? headings.yes : headings.no,
			p.votes,
			p.votePercent.toFixed(2),
			p.listSeats,
			p.districtSeats,
			p.seats,
			p.seatPercent.toFixed(2)
		]);
	}
	const share = (n: number) =>
		chamber.houseSize > 0 ? ((100 * n) / chamber.houseSize).toFixed(2) : '0.00';
	if (chamber.independents > 0) {
		rows.push([
			headings.independent,
			'',
			'',
			'',
			0,
			chamber.independents,
			chamber.independents,
			share(chamber.independents)
		]);
	}
	if (chamber.unfilledSeats > 0) {
		rows.push([
			headings.unfilled,
			'',
			'',
			'',
			'',
			'',
			chamber.unfilledSeats,
			share(chamber.unfilledSeats)
		]);
	}
	return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
