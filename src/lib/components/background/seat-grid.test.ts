import { describe, expect, it } from 'vitest';
import { seatGrid } from './seat-grid';

describe('seatGrid', () => {
	// Rows ≈ √(n/2), columns to hold n: 67 → 6 × 12, 77 → 6 × 13, 98 → 7 × 14, 107 → 7 × 16
	// (√53.5 ≈ 7.3), 50 → 5 × 10: every house the Background page draws, worked by hand.
	it.each([
		[67, 6, 12],
		[77, 6, 13],
		[98, 7, 14],
		[107, 7, 16],
		[50, 5, 10],
		[1, 1, 1]
	])('lays %i seats out in %i rows and %i columns', (n, rows, columns) => {
		const grid = seatGrid(n);
		expect([grid.rows, grid.columns]).toEqual([rows, columns]);
		expect(grid.seats).toHaveLength(n);
	});

	it.each([1, 2, 9, 50, 67, 77, 98, 107, 300])(
		'puts each of %i seats in its own cell, column by column, inside the grid',
		(n) => {
			const grid = seatGrid(n);
			const cells = new Set(grid.seats.map((s) => `${s.column},${s.row}`));
			expect(cells.size).toBe(n);
			grid.seats.forEach((s, i) => {
				expect(s.column * grid.rows + s.row).toBe(i);
				expect(s.column).toBeLessThan(grid.columns);
				expect(s.row).toBeLessThan(grid.rows);
			});
			// No empty column: the last one holds at least one seat.
			expect(grid.seats.at(-1)!.column).toBe(grid.columns - 1);
		}
	);

	it('draws nothing for no seats', () => {
		expect(seatGrid(0)).toEqual({ columns: 0, rows: 0, seats: [] });
	});
});
