import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from './apportion';
import { largestRemainder } from './largest-remainder';

describe('apportion', () => {
	it.each([
		[10, [1, 1, 1], [4, 3, 3]],
		[7, [50, 30, 20], [4, 2, 1]],
		[0, [5, 5], [0, 0]],
		[5, [0, 0], [0, 0]],
		[3, [2, 0, 1], [2, 0, 1]]
	])('splits %i by %j into %j', (total, weights, expected) => {
		expect(apportion(total, weights)).toEqual(expected);
	});

	it('gives equal remainders to the earlier weight first', () => {
		expect(apportion(1, [1, 1])).toEqual([1, 0]);
	});

	it('agrees with the BigInt seat engine on the plain-number path and the BigInt path', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10_000_000 }),
				fc.array(fc.integer({ min: 0, max: 2_000_000_000 }), { minLength: 1, maxLength: 25 }),
				(total, weights) => {
					fc.pre(weights.some((w) => w > 0));
					const expected = largestRemainder(
						weights.map((votes, i) => ({ id: String(i), votes, weight: { num: 1n, den: 1n } })),
						total,
						'hare'
					).rows.map((r) => r.seats);
					expect(apportion(total, weights)).toEqual(expected);
				}
			),
			{ numRuns: 500 }
		);
	});

	it('always adds up to the total', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1e9 }),
				fc.array(fc.integer({ min: 1, max: 1e7 }), { minLength: 1, maxLength: 30 }),
				(total, weights) => {
					expect(apportion(total, weights).reduce((a, b) => a + b, 0)).toBe(total);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('refuses negative weights', () => {
		expect(() => apportion(5, [1, -1])).toThrow(RangeError);
	});
});
