/**
 * Where each seat sits in a hemicycle diagram, and which seat belongs to whom. Pure geometry,
 * tested on its own; the Hemicycle component only draws it.
 *
 * Seats stand in concentric rows between an inner and an outer radius; each row holds seats in
 * proportion to its length (whole seats by largest remainders), and seats are handed out from
 * left to right by angle, so each party forms a wedge, as in parliament diagrams.
 */
import { apportion } from '../engine/apportion';

export interface SeatPosition {
	readonly x: number;
	readonly y: number;
	/** Radians: π at the far left, 0 at the far right. */
	readonly angle: number;
	readonly row: number;
}

export interface HemicycleLayout {
	readonly seats: readonly SeatPosition[];
	/** Radius of one seat mark. */
	readonly seatRadius: number;
	readonly rows: number;
	readonly inner: number;
	readonly outer: number;
}

const INNER = 0.38;
const OUTER = 1;

/** The fewest rows whose seats, spaced one row-width apart, hold n seats. */
function rowsFor(n: number): number {
	for (let rows = 1; ; rows++) {
		const spacing = (OUTER - INNER) / rows;
		let capacity = 0;
		for (let j = 0; j < rows; j++) {
			const radius = INNER + spacing * (j + 0.5);
			capacity += Math.floor((Math.PI * radius) / spacing) + 1;
		}
		if (capacity >= n) return rows;
	}
}

/** Positions of n seats in a unit hemicycle (centre at 0,0; y up), left to right. */
export function hemicycleLayout(n: number): HemicycleLayout {
	if (n <= 0) return { seats: [], seatRadius: 0, rows: 0, inner: INNER, outer: OUTER };
	const rows = rowsFor(n);
	const spacing = (OUTER - INNER) / rows;
	const radii = Array.from({ length: rows }, (_, j) => INNER + spacing * (j + 0.5));
	// Seats per row in proportion to the row's length, whole numbers that add up to n.
	const perRow = apportion(
		n,
		radii.map((r) => Math.round(r * 1e6))
	);
	const seats: SeatPosition[] = [];
	radii.forEach((radius, row) => {
		const m = perRow[row]!;
		for (let i = 0; i < m; i++) {
			const angle = m === 1 ? Math.PI / 2 : Math.PI * (1 - i / (m - 1));
			seats.push({ x: radius * Math.cos(angle), y: radius * Math.sin(angle), angle, row });
		}
	});
	// Left to right; at equal angles the inner row first.
	seats.sort((a, b) => b.angle - a.angle || a.row - b.row);
	return { seats, seatRadius: spacing * 0.4, rows, inner: INNER, outer: OUTER };
}

/** One seat's owner: a party (or 'independent', or 'unfilled') and its tier. */
export interface SeatOwner {
	readonly party: string;
	readonly tier: 'list' | 'district' | 'none';
	/** 1-based number of this seat within the party's seats of this tier. */
	readonly index: number;
}

export interface SeatGroup {
	readonly party: string;
	readonly listSeats: number;
	readonly districtSeats: number;
}

/**
 * Seats in order, left to right: each group's district seats, then its list seats; unfilled
 * seats last, up to the house size.
 */
export function seatOwners(groups: readonly SeatGroup[], house: number): SeatOwner[] {
	const owners: SeatOwner[] = [];
	for (const g of groups) {
		for (let i = 1; i <= g.districtSeats; i++)
			owners.push({ party: g.party, tier: 'district', index: i });
		for (let i = 1; i <= g.listSeats; i++) owners.push({ party: g.party, tier: 'list', index: i });
	}
	for (let i = 1; owners.length < house; i++)
		owners.push({ party: 'unfilled', tier: 'none', index: i });
	return owners;
}

/**
 * The angle between seat k and seat k + 1 (k seats to its left): where a majority line is drawn
 * so that k seats lie left of it. Seats are counted in layout order.
 */
export function lineAngle(layout: HemicycleLayout, k: number): number | null {
	const seats = layout.seats;
	if (k <= 0 || k >= seats.length) return null;
	return (seats[k - 1]!.angle + seats[k]!.angle) / 2;
}
