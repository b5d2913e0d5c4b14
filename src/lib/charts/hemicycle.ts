/**
 * Where each seat sits in a hemicycle diagram, which seat belongs to whom, and where the majority
 * lines run. Pure geometry, tested on its own; the Hemicycle component only draws it.
 *
 * The layout follows the usual parliament diagram (as drawn by Wikimedia's parliament diagram
 * tool, github.com/slashme/parliamentdiagram): seats stand on concentric half circles between an
 * inner radius of one half and an outer radius of one; rows are one "row width" apart, seats in a
 * row are at least one row width apart, and the fewest rows that hold the house are used, so the
 * seats stay evenly spaced whatever the house size. Seats are then handed out by angle, from left
 * to right across all rows at once, so each party forms one wedge.
 */
import { apportion } from '../engine/apportion';

export interface SeatPosition {
	readonly x: number;
	readonly y: number;
	/** Radians: near π at the far left, near 0 at the far right. */
	readonly angle: number;
	readonly row: number;
}

export interface HemicycleLayout {
	/** Seats in drawing order: by angle from left to right, the inner row first at equal angles. */
	readonly seats: readonly SeatPosition[];
	/** Radius of one seat mark. */
	readonly seatRadius: number;
	/** Radius of the area that reacts to a pointer: as large as it can be without overlapping. */
	readonly hitRadius: number;
	/** Distance between the centres of two neighbouring rows. */
	readonly rowWidth: number;
	/** Radius of each row's centre line, inner to outer. */
	readonly radii: readonly number[];
	readonly rows: number;
	readonly inner: number;
	readonly outer: number;
}

const INNER = 0.5;
const OUTER = 1;
/** A seat's radius as a share of the row width: a gap of a fifth of a row between rows. */
const SEAT_FACTOR = 0.4;

/** Row centre radii for a given number of rows: the outer row keeps half a row clear of the edge. */
function rowRadii(rows: number): number[] {
	const width = rows === 1 ? OUTER - INNER : (OUTER - INNER) / (rows - 0.5);
	return Array.from({ length: rows }, (_, j) => INNER + width * j);
}

/**
 * The angles a row's seats may use. The end seats sit half a row above the base line (as in the
 * parliament diagram tool), so the bottom of each row is not flat against the edge.
 */
function rowSpan(radius: number, width: number): { from: number; to: number } {
	const lift = Math.asin(Math.min(1, width / 2 / radius));
	return { from: Math.PI - lift, to: lift };
}

/** How many seats fit on one row when neighbours stay at least one row width apart. */
function rowCapacity(radius: number, width: number): number {
	const { from, to } = rowSpan(radius, width);
	return Math.floor(((from - to) * radius) / width) + 1;
}

/** How many seats a diagram of this many rows holds. */
export function capacity(rows: number): number {
	const radii = rowRadii(rows);
	const width = rows === 1 ? OUTER - INNER : radii[1]! - radii[0]!;
	return radii.reduce((sum, r) => sum + rowCapacity(r, width), 0);
}

/** The fewest rows that hold n seats. */
export function rowsFor(n: number): number {
	let rows = 1;
	while (capacity(rows) < n) rows++;
	return rows;
}

/** Positions of n seats in a unit hemicycle (centre at 0,0; y up), left to right. */
export function hemicycleLayout(n: number): HemicycleLayout {
	if (n <= 0)
		return {
			seats: [],
			seatRadius: 0,
			hitRadius: 0,
			rowWidth: 0,
			radii: [],
			rows: 0,
			inner: INNER,
			outer: OUTER
		};
	const rows = rowsFor(n);
	const radii = rowRadii(rows);
	const width = rows === 1 ? OUTER - INNER : radii[1]! - radii[0]!;
	const capacities = radii.map((r) => rowCapacity(r, width));
	// Seats per row in proportion to what each row can hold: every row equally full, so the
	// spacing is the same in every row. A share never exceeds its row's capacity.
	const perRow = apportion(n, capacities);
	const seats: SeatPosition[] = [];
	let closest = Infinity;
	radii.forEach((radius, row) => {
		const m = perRow[row]!;
		const { from, to } = rowSpan(radius, width);
		const step = m > 1 ? (from - to) / (m - 1) : 0;
		if (m > 1) closest = Math.min(closest, 2 * radius * Math.sin(step / 2));
		for (let i = 0; i < m; i++) {
			const angle = m === 1 ? Math.PI / 2 : from - step * i;
			seats.push({ x: radius * Math.cos(angle), y: radius * Math.sin(angle), angle, row });
		}
	});
	seats.sort((a, b) => b.angle - a.angle || a.row - b.row);
	return {
		seats,
		seatRadius: width * SEAT_FACTOR,
		hitRadius: Math.min(width, closest) / 2,
		rowWidth: width,
		radii,
		rows,
		inner: INNER,
		outer: OUTER
	};
}

/** One seat's owner: a party (or 'independent', 'unfilled', 'appointed') and its tier. */
export interface SeatOwner {
	readonly party: string;
	readonly tier: 'list' | 'district' | 'appointed' | 'none';
	/** 1-based number of this seat within the party's seats of this tier. */
	readonly index: number;
}

export interface SeatGroup {
	readonly party: string;
	readonly listSeats: number;
	readonly districtSeats: number;
}

/** The owner of the seats not elected: the deputies chosen by the Assembly of People. */
export const APPOINTED = 'appointed';

/**
 * Seats in order, left to right: each group's district seats, then its list seats; unfilled
 * elected seats next; the `appointed` seats (part of the house, not elected) at the right end.
 */
export function seatOwners(
	groups: readonly SeatGroup[],
	house: number,
	appointed = 0
): SeatOwner[] {
	const owners: SeatOwner[] = [];
	for (const g of groups) {
		for (let i = 1; i <= g.districtSeats; i++)
			owners.push({ party: g.party, tier: 'district', index: i });
		for (let i = 1; i <= g.listSeats; i++) owners.push({ party: g.party, tier: 'list', index: i });
	}
	for (let i = 1; owners.length < house - appointed; i++)
		owners.push({ party: 'unfilled', tier: 'none', index: i });
	for (let i = 1; i <= appointed && owners.length < house; i++)
		owners.push({ party: APPOINTED, tier: 'appointed', index: i });
	return owners;
}

export interface MajorityLine {
	/** The line as points (x, y up) from inside the inner row to outside the outer row. */
	readonly points: readonly (readonly [number, number])[];
	/** Where the line leaves the hemicycle, and the direction (radians) it leaves in. */
	readonly end: readonly [number, number];
	readonly angle: number;
}

/** Arcs are drawn as short chords, never longer than this many radians. */
const ARC_STEP = 0.02;

/**
 * The line with the first k seats (in layout order) on its left and the rest on its right. It
 * runs outward between seats: in each row it crosses midway between that row's last seat on the
 * left and its first seat on the right, and steps from row to row along the gap between the rows,
 * so it never passes through a seat. Null when there is no such line (k ≤ 0 or k ≥ n).
 */
export function majorityLine(layout: HemicycleLayout, k: number): MajorityLine | null {
	const { seats, radii, rowWidth } = layout;
	if (k <= 0 || k >= seats.length) return null;
	const boundary = radii.map((_, row) => {
		// A row wholly on one side: the line runs along the base line past that row's end seat.
		let leftAngle = Math.PI;
		let rightAngle = 0;
		let hasLeft = false;
		let hasRight = false;
		seats.forEach((s, i) => {
			if (s.row !== row) return;
			if (i < k) {
				leftAngle = s.angle;
				hasLeft = true;
			} else if (!hasRight) {
				rightAngle = s.angle;
				hasRight = true;
			}
		});
		if (!hasLeft) return Math.PI;
		if (!hasRight) return 0;
		return (leftAngle + rightAngle) / 2;
	});
	const at = (r: number, a: number): [number, number] => [r * Math.cos(a), r * Math.sin(a)];
	const half = rowWidth / 2;
	const points: [number, number][] = [at(radii[0]! - half - 0.04, boundary[0]!)];
	boundary.forEach((angle, row) => {
		const edge = radii[row]! + half;
		const next = boundary[row + 1];
		if (next === undefined) {
			points.push(at(layout.outer + 0.03, angle));
			return;
		}
		// Out to the gap above this row, along it to the next row's crossing.
		points.push(at(edge, angle));
		const steps = Math.max(1, Math.ceil(Math.abs(next - angle) / ARC_STEP));
		for (let s = 1; s <= steps; s++) points.push(at(edge, angle + ((next - angle) * s) / steps));
	});
	const angle = boundary.at(-1)!;
	return { points, end: points.at(-1)!, angle };
}

/** Distance from point p to the segment a–b. */
export function distanceToSegment(
	p: readonly [number, number],
	a: readonly [number, number],
	b: readonly [number, number]
): number {
	const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
	const length2 = dx * dx + dy * dy;
	const t =
		length2 === 0
			? 0
			: Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
	return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
