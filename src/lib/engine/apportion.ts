/**
 * Whole numbers in proportion: splits `total` among weights by the largest-remainder (Hare)
 * method, exactly, so the parts always add up to the total. Used to turn shares of support into
 * votes, to move votes between lists, and to share districts among regions.
 */
import { largestRemainder } from './largest-remainder';

const ONE = { num: 1n, den: 1n };

export function apportion(total: number, weights: readonly number[]): number[] {
	if (total === 0 || weights.length === 0) return weights.map(() => 0);
	const sum = weights.reduce((a, b) => a + b, 0);
	if (sum <= 0) return weights.map(() => 0);
	const scaled = weights.map((w) => Math.round(w));
	if (!scaled.every((w) => Number.isSafeInteger(w) && w >= 0)) {
		throw new RangeError('apportion: weights must be non-negative whole numbers');
	}
	const working = largestRemainder(
		scaled.map((votes, i) => ({ id: String(i), votes, weight: ONE })),
		total,
		'hare'
	);
	return working.rows.map((row) => row.seats);
}
