/**
 * Keeping what did not change: a derived list rebuilt on every change hands back the very objects
 * of the last list wherever an item is the same, so Svelte skips the parts of the page that show
 * them (an unchanged object notifies nobody) and updates only what changed.
 */

/** Whether two flat records hold the same values. */
export function sameFields<T extends object>(a: T, b: T): boolean {
	const keys = Object.keys(a) as (keyof T)[];
	return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * `next`, with each item that is `same` as the one at its place in `before` replaced by it; and
 * `before` itself when every item is the same, so that a derived list that did not change is the
 * same object and notifies nobody.
 */
export function keepSame<T>(
	before: readonly T[],
	next: readonly T[],
	same: (a: T, b: T) => boolean = sameFields as (a: T, b: T) => boolean
): readonly T[] {
	let changed = before.length !== next.length;
	const kept = next.map((item, i) => {
		const old = before[i];
		if (old !== undefined && same(old, item)) return old;
		changed = true;
		return item;
	});
	return changed ? kept : before;
}
