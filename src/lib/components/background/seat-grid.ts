/**
 * Where each seat of a small chamber sits: a grid a little over twice as wide as it is tall,
 * filled column by column from the left, so that each group of seats forms one block, as the
 * wedges of a parliament diagram do. Pure geometry, tested on its own.
 *
 * The Background page draws its own grid rather than the simulator's hemicycle: sharing the
 * hemicycle module with this page would split it, and the allocation code it uses, out of the
 * simulator's first-load bundle.
 */

export interface SeatGrid {
	readonly columns: number;
	readonly rows: number;
	/** Left to right, top to bottom within a column. */
	readonly seats: readonly { readonly column: number; readonly row: number }[];
}

export function seatGrid(n: number): SeatGrid {
	if (n <= 0) return { columns: 0, rows: 0, seats: [] };
	const rows = Math.max(1, Math.round(Math.sqrt(n / 2)));
	const columns = Math.ceil(n / rows);
	const seats = Array.from({ length: n }, (_, i) => ({
		column: Math.floor(i / rows),
		row: i % rows
	}));
	return { columns, rows, seats };
}
