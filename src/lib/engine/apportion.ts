/**
 * Whole numbers in proportion: splits `total` among weights by the largest-remainder (Hare)
 * method, exactly, so the parts always add up to the total. Used to turn shares of support into
 * votes, to move votes between lists, and to share districts among regions. On equal remainders
 * the earlier weight comes first, as with lists.
 *
 * This runs many times per scenario (every district), so it works in plain integers while every
 * product stays below 2^53, and falls back to the BigInt seat engine otherwise.
 */
import { largestRemainder } from './largest-remainder';

const ONE = { num: 1n, den: 1n };

export function apportion(total: number, weights: readonly number[]): number[] {
	const n = weights.length;
	const scaled = new Array<number>(n);
	let sum = 0;
	let largest = 0;
	for (let i = 0; i < n; i++) {
		const w = Math.round(weights[i]!);
		if (!(w >= 0) || !Number.isSafeInteger(w)) {
			throw new RangeError('apportion: weights must be non-negative whole numbers');
		}
		scaled[i] = w;
		sum += w;
		if (w > largest) largest = w;
	}
	if (total === 0 || sum <= 0) return new Array<number>(n).fill(0);
	if (total * largest + sum > Number.MAX_SAFE_INTEGER || !Number.isSafeInteger(sum)) {
		const working = largestRemainder(
			scaled.map((votes, i) => ({ id: String(i), votes, weight: ONE })),
			total,
			'hare'
		);
		return working.rows.map((row) => row.seats);
	}
	return splitExactly(total, scaled, sum);
}

/**
 * The plain-number path of `apportion`, for callers whose weights are already non-negative whole
 * numbers with `sum` their total and total × max(weight) + sum below 2^53.
 */
export function splitExactly(total: number, weights: readonly number[], sum: number): number[] {
	const n = weights.length;
	// share_i = total × w_i ÷ sum: whole part and remainder (over the common denominator sum),
	// exact because every product here is an integer below 2^53.
	const parts = new Array<number>(n);
	const remainders = new Array<number>(n);
	let given = 0;
	for (let i = 0; i < n; i++) {
		const numerator = total * weights[i]!;
		let whole = Math.floor(numerator / sum);
		// Float division may round across an integer; step back to the exact floor.
		if (whole * sum > numerator) whole -= 1;
		else if ((whole + 1) * sum <= numerator) whole += 1;
		parts[i] = whole;
		remainders[i] = numerator - whole * sum;
		given += whole;
	}
	// Fewer seats are left than there are weights: the largest remainders, one each; a remainder
	// that has had its seat is marked −1.
	for (; given < total; given++) {
		let best = 0;
		for (let i = 1; i < n; i++) if (remainders[i]! > remainders[best]!) best = i;
		remainders[best] = -1;
		parts[best]! += 1;
	}
	return parts;
}
