import { describe, expect, it } from 'vitest';
import { keepSame, sameFields } from './stable';

describe('sameFields', () => {
	it.each([
		{ a: { x: 1, y: 'a' }, b: { x: 1, y: 'a' }, same: true },
		{ a: { x: 1, y: 'a' }, b: { x: 2, y: 'a' }, same: false },
		// A key only one of them has: different, whichever side has it.
		{ a: { x: 1 }, b: { x: 1, y: undefined }, same: false },
		{ a: { x: 1, y: undefined }, b: { x: 1 }, same: false },
		// Nested objects are compared by identity, not by content.
		{ a: { o: { x: 1 } }, b: { o: { x: 1 } }, same: false }
	])('$a and $b: $same', ({ a, b, same }) => {
		expect(sameFields<object>(a, b)).toBe(same);
	});
});

describe('keepSame', () => {
	it('keeps the earlier object wherever the item at the same place is the same, and no other', () => {
		const before = [
			{ party: 'a', seats: 3 },
			{ party: 'b', seats: 2 },
			{ party: 'c', seats: 1 }
		];
		const next = [
			{ party: 'a', seats: 3 },
			{ party: 'b', seats: 1 },
			{ party: 'c', seats: 1 },
			{ party: 'd', seats: 1 }
		];
		const kept = keepSame(before, next);
		expect(kept).toEqual(next);
		expect(kept[0]).toBe(before[0]);
		expect(kept[1]).toBe(next[1]);
		expect(kept[2]).toBe(before[2]);
		expect(kept[3]).toBe(next[3]);
	});

	it.each([
		{ name: 'the same items', next: [{ x: 1 }, { x: 2 }], same: true },
		{ name: 'one item more', next: [{ x: 1 }, { x: 2 }, { x: 3 }], same: false },
		{ name: 'one item fewer', next: [{ x: 1 }], same: false },
		{ name: 'one item changed', next: [{ x: 1 }, { x: 3 }], same: false }
	])(
		'hands back the earlier list itself only when every item is the same: $name',
		({ next, same }) => {
			const before = [{ x: 1 }, { x: 2 }];
			const kept = keepSame(before, next);
			expect(kept === before).toBe(same);
			expect(kept).toEqual(next);
		}
	);

	it('uses the comparison it is given', () => {
		const before = [{ id: 1, note: 'old' }];
		const kept = keepSame(before, [{ id: 1, note: 'new' }], (a, b) => a.id === b.id);
		expect(kept[0]).toBe(before[0]);
	});
});
