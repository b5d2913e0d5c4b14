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

/** `next`, with each item that is `same` as the one at its place in `before` replaced by it. */
export function keepSame<T>(
	before: readonly T[],
	next: readonly T[],
	same: (a: T, b: T) => boolean = sameFields as (a: T, b: T) => boolean
): T[] {
	return next.map((item, i) => {
		const old = before[i];
		return old !== undefined && same(old, item) ? old : item;
	});
}
