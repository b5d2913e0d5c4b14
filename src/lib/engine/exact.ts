/**
 * Exact arithmetic for seat allocation. Votes are integers; every quota, quotient and remainder
 * that decides a seat is a ratio of integers and is compared by cross-multiplication, never by
 * floating-point division. Products are formed in BigInt whenever they could pass 2^53.
 */

/** A non-negative rational number num/den with den > 0, kept exactly. */
export interface Ratio {
	readonly num: bigint;
	readonly den: bigint;
}

export function ratio(num: bigint | number, den: bigint | number = 1n): Ratio {
	const n = BigInt(num);
	const d = BigInt(den);
	if (d === 0n) throw new RangeError('ratio: the denominator is zero');
	return d < 0n ? { num: -n, den: -d } : { num: n, den: d };
}

function gcd(a: bigint, b: bigint): bigint {
	let x = a < 0n ? -a : a;
	let y = b < 0n ? -b : b;
	while (y !== 0n) [x, y] = [y, x % y];
	return x;
}

/** The same ratio in lowest terms. */
export function reduce(r: Ratio): Ratio {
	const g = gcd(r.num, r.den);
	return g <= 1n ? r : { num: r.num / g, den: r.den / g };
}

/** Sign of a − b: −1, 0 or 1, decided exactly. */
export function compareRatios(a: Ratio, b: Ratio): -1 | 0 | 1 {
	const left = a.num * b.den;
	const right = b.num * a.den;
	return left < right ? -1 : left > right ? 1 : 0;
}

const SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Sign of a/b − c/d for non-negative integers with b, d > 0, exactly. Uses plain numbers when both
 * products stay below 2^53 (the common case, and the fast one) and BigInt otherwise.
 */
export function compareFractions(a: number, b: number, c: number, d: number): -1 | 0 | 1 {
	const left = a * d;
	const right = c * b;
	if (left <= SAFE && right <= SAFE) return left < right ? -1 : left > right ? 1 : 0;
	const l = BigInt(a) * BigInt(d);
	const r = BigInt(c) * BigInt(b);
	return l < r ? -1 : l > r ? 1 : 0;
}

/** floor(r) for a non-negative ratio. */
export function floorRatio(r: Ratio): bigint {
	return r.num / r.den;
}

/** A decimal approximation for display only; never use it to decide a seat. */
export function ratioToNumber(r: Ratio): number {
	const whole = r.num / r.den;
	const rest = r.num % r.den;
	// Scale the fractional part to 15 significant digits before leaving BigInt.
	const scale = 10n ** 15n;
	return Number(whole) + Number((rest * scale) / r.den) / 1e15;
}

/**
 * The ratio written as a decimal with `digits` digits after the point, rounded half up. Exact:
 * for explanations such as "quota 86,546.652174".
 */
export function ratioToDecimal(r: Ratio, digits = 6): string {
	const scale = 10n ** BigInt(digits);
	const scaled = (r.num * scale * 2n + r.den) / (2n * r.den);
	const whole = scaled / scale;
	if (digits === 0) return whole.toString();
	const frac = (scaled % scale).toString().padStart(digits, '0');
	return `${whole}.${frac}`;
}

/** "num/den" in lowest terms, or just "num" for a whole number: the exact value as text. */
export function ratioToString(r: Ratio): string {
	const { num, den } = reduce(r);
	return den === 1n ? num.toString() : `${num}/${den}`;
}

/**
 * A percentage given as a JavaScript number (5, 4.9, 0.1) read as the exact decimal it was
 * written as, so that 5.2 is 52/10 and not the binary float nearest to it. The result is still
 * in percent.
 */
export function percentToRatio(percent: number): Ratio {
	if (!Number.isFinite(percent) || percent < 0) {
		throw new RangeError(`percentToRatio: ${percent} is not a non-negative finite number`);
	}
	const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i.exec(String(percent));
	if (!match) throw new RangeError(`percentToRatio: cannot read ${percent}`);
	const [, intPart = '0', fracPart = '', expPart = '0'] = match;
	let num = BigInt(intPart + fracPart);
	let den = 10n ** BigInt(fracPart.length);
	const exp = Number(expPart);
	if (exp > 0) num *= 10n ** BigInt(exp);
	else if (exp < 0) den *= 10n ** BigInt(-exp);
	return reduce({ num, den });
}

/** ceil(r · n) for a ratio r and integer n ≥ 0: the smallest integer at or above r·n. */
export function ceilTimes(r: Ratio, n: number): bigint {
	const product = r.num * BigInt(n);
	return (product + r.den - 1n) / r.den;
}
