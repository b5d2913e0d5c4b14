import { describe, expect, it } from 'vitest';
import {
	APPOINTED,
	capacity,
	distanceToSegment,
	hemicycleLayout,
	majorityLine,
	seatOwners,
	type HemicycleLayout,
	type MajorityLine
} from './hemicycle';

/** Every house size the tests walk through: the whole range the issue asks for. */
const HOUSES = Array.from({ length: 150 - 29 + 1 }, (_, i) => 29 + i);

/** Whether point p lies inside the polygon (ray casting). */
function inside(p: readonly [number, number], polygon: readonly (readonly [number, number])[]) {
	let result = false;
	for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
		const [xi, yi] = polygon[i]!;
		const [xj, yj] = polygon[j]!;
		if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) {
			result = !result;
		}
	}
	return result;
}

/**
 * The region left of a line: the line itself, closed by a wide arc round the left of the diagram
 * and a small arc inside the inner row, so that seats can be sorted into "left" and "right".
 */
function leftRegion(line: MajorityLine): [number, number][] {
	const arc = (r: number, from: number, to: number) =>
		Array.from({ length: 64 }, (_, s): [number, number] => {
			const a = from + ((to - from) * (s + 1)) / 64;
			return [r * Math.cos(a), r * Math.sin(a)];
		});
	const start = line.points[0]!;
	const startRadius = Math.hypot(start[0], start[1]);
	const startAngle = Math.atan2(start[1], start[0]);
	return [
		...line.points.map(([x, y]): [number, number] => [x, y]),
		...arc(2, line.angle, Math.PI),
		[-startRadius, -0.001],
		...arc(startRadius, Math.PI, startAngle)
	];
}

function lineCases(n: number): { layout: HemicycleLayout; k: number; line: MajorityLine }[] {
	const layout = hemicycleLayout(n);
	// More than a half, at least two thirds, at least three quarters of the house.
	const thresholds = [Math.floor(n / 2) + 1, Math.ceil((2 * n) / 3), Math.ceil((3 * n) / 4)];
	return thresholds.map((k) => ({
		layout,
		k,
		line: majorityLine(layout, k)!
	}));
}

describe('hemicycleLayout', () => {
	it.each([1, 9, 29, 69, 98, 107, 120, 150, 200, 500])('places exactly %i seats', (n) => {
		expect(hemicycleLayout(n).seats).toHaveLength(n);
	});

	it.each(HOUSES)('uses the fewest rows that hold %i seats', (n) => {
		const rows = hemicycleLayout(n).rows;
		expect(capacity(rows)).toBeGreaterThanOrEqual(n);
		expect(capacity(rows - 1)).toBeLessThan(n);
	});

	it('needs more rows as the house grows, never fewer', () => {
		const rows = HOUSES.map((n) => hemicycleLayout(n).rows);
		rows.slice(1).forEach((r, i) => expect(r).toBeGreaterThanOrEqual(rows[i]!));
	});

	it.each(HOUSES)('spaces the %i seats evenly and never lets two overlap', (n) => {
		const { seats, seatRadius, rowWidth, rows } = hemicycleLayout(n);
		for (let row = 0; row < rows; row++) {
			const inRow = seats.filter((s) => s.row === row);
			const gaps = inRow.slice(1).map((s, i) => Math.hypot(s.x - inRow[i]!.x, s.y - inRow[i]!.y));
			// Neighbours in a row are at least one row width apart, and all gaps in a row are equal.
			for (const gap of gaps) {
				expect(gap).toBeGreaterThanOrEqual(rowWidth * (1 - 1e-9));
				expect(gap).toBeCloseTo(gaps[0]!, 9);
			}
		}
		for (let i = 0; i < seats.length; i++) {
			for (let j = i + 1; j < seats.length; j++) {
				const d = Math.hypot(seats[i]!.x - seats[j]!.x, seats[i]!.y - seats[j]!.y);
				expect(d).toBeGreaterThan(2 * seatRadius);
			}
		}
	});

	it('orders seats left to right and keeps every seat above the base line', () => {
		const { seats, seatRadius } = hemicycleLayout(98);
		const angles = seats.map((s) => s.angle);
		expect(angles).toEqual([...angles].sort((a, b) => b - a));
		for (const s of seats) expect(s.y).toBeGreaterThanOrEqual(seatRadius);
	});

	it('draws nothing for an empty house', () => {
		expect(hemicycleLayout(0).seats).toEqual([]);
	});
});

describe('seatOwners', () => {
	it('gives each party its district seats then its list seats, and fills the rest as unfilled', () => {
		const owners = seatOwners(
			[
				{ party: 'a', listSeats: 2, districtSeats: 1 },
				{ party: 'independent', listSeats: 0, districtSeats: 1 }
			],
			6
		);
		expect(owners.map((o) => `${o.party}:${o.tier}:${o.index}`)).toEqual([
			'a:district:1',
			'a:list:1',
			'a:list:2',
			'independent:district:1',
			'unfilled:none:1',
			'unfilled:none:2'
		]);
	});

	it('puts the appointed seats at the right end, after any unfilled seat', () => {
		const owners = seatOwners([{ party: 'a', listSeats: 3, districtSeats: 0 }], 7, 2);
		expect(owners.map((o) => `${o.party}:${o.tier}:${o.index}`)).toEqual([
			'a:list:1',
			'a:list:2',
			'a:list:3',
			'unfilled:none:1',
			'unfilled:none:2',
			`${APPOINTED}:appointed:1`,
			`${APPOINTED}:appointed:2`
		]);
	});
});

describe('majorityLine', () => {
	it.each(HOUSES)(
		'draws the majority, two-thirds and three-quarters lines of %i seats between seats',
		(n) => {
			for (const { layout, line } of lineCases(n)) {
				const segments = line.points.slice(1).map((b, i) => [line.points[i]!, b] as const);
				for (const seat of layout.seats) {
					const nearest = Math.min(
						...segments.map(([a, b]) => distanceToSegment([seat.x, seat.y], a, b))
					);
					// No seat centre within a seat radius of the line: it crosses no seat.
					expect(nearest).toBeGreaterThan(layout.seatRadius);
				}
			}
		}
	);

	it.each(HOUSES)('leaves exactly the first k of %i seats on the left of each line', (n) => {
		for (const { layout, k, line } of lineCases(n)) {
			const region = leftRegion(line);
			const left = layout.seats.map((s) => inside([s.x, s.y], region));
			expect(left.filter(Boolean)).toHaveLength(k);
			expect(left.slice(0, k).every(Boolean)).toBe(true);
		}
	});

	it.each(HOUSES)('keeps each party of a %i-seat house in one contiguous wedge', (n) => {
		const layout = hemicycleLayout(n);
		// Seven parties of uneven size that fill the house: sizes 1, 2, 3, … scaled to n.
		const sizes = [1, 2, 3, 4, 5, 6, 7].map((w) => Math.floor((n * w) / 28));
		sizes[sizes.length - 1]! += n - sizes.reduce((a, b) => a + b, 0);
		const party = sizes.flatMap((size, p) => Array<number>(size).fill(p));
		for (let row = 0; row < layout.rows; row++) {
			const inRow = layout.seats.flatMap((s, i) => (s.row === row ? [party[i]!] : []));
			// Along each row (left to right) the parties come in order, each in one run.
			expect(inRow).toEqual([...inRow].sort((a, b) => a - b));
		}
	});

	it('has no line before the first seat or after the last', () => {
		expect(majorityLine(hemicycleLayout(10), 0)).toBeNull();
		expect(majorityLine(hemicycleLayout(10), 10)).toBeNull();
	});

	it('puts the 107-seat majority (54) between the 54th and 55th seat', () => {
		const layout = hemicycleLayout(107);
		const line = majorityLine(layout, 54)!;
		const region = leftRegion(line);
		expect(inside([layout.seats[53]!.x, layout.seats[53]!.y], region)).toBe(true);
		expect(inside([layout.seats[54]!.x, layout.seats[54]!.y], region)).toBe(false);
	});
});
