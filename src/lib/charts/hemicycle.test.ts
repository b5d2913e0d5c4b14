import { describe, expect, it } from 'vitest';
import { hemicycleLayout, lineAngle, seatOwners } from './hemicycle';

describe('hemicycleLayout', () => {
	it.each([1, 9, 29, 69, 98, 107, 120, 200, 500])('places exactly %i seats', (n) => {
		expect(hemicycleLayout(n).seats).toHaveLength(n);
	});

	it('puts 98 seats in 6 rows, left to right', () => {
		const layout = hemicycleLayout(98);
		expect(layout.rows).toBe(6);
		const angles = layout.seats.map((s) => s.angle);
		expect(angles).toEqual([...angles].sort((a, b) => b - a));
		expect(angles[0]).toBeCloseTo(Math.PI);
		expect(angles.at(-1)).toBeCloseTo(0);
	});

	it('keeps seats from overlapping', () => {
		const { seats, seatRadius } = hemicycleLayout(98);
		for (let i = 0; i < seats.length; i++) {
			for (let j = i + 1; j < seats.length; j++) {
				const d = Math.hypot(seats[i]!.x - seats[j]!.x, seats[i]!.y - seats[j]!.y);
				expect(d).toBeGreaterThan(2 * seatRadius);
			}
		}
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
});

describe('lineAngle', () => {
	it('draws the majority line of 98 seats between the 50th and 51st seat', () => {
		const layout = hemicycleLayout(98);
		const angle = lineAngle(layout, 50)!;
		expect(angle).toBeLessThan(layout.seats[49]!.angle);
		expect(angle).toBeGreaterThan(layout.seats[50]!.angle);
	});

	it('has no line before the first seat or after the last', () => {
		expect(lineAngle(hemicycleLayout(10), 0)).toBeNull();
		expect(lineAngle(hemicycleLayout(10), 10)).toBeNull();
	});
});
