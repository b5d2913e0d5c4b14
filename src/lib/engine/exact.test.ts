import { describe, expect, it } from 'vitest';
import {
	ceilTimes,
	compareFractions,
	compareRatios,
	percentToRatio,
	ratio,
	ratioToDecimal,
	ratioToString
} from './exact';

describe('percentToRatio', () => {
	it.each([
		[5, '5'],
		[5.2, '26/5'],
		[0.1, '1/10'],
		[0, '0'],
		[100, '100'],
		[1e-7, '1/10000000'],
		[14.9, '149/10']
	])('reads %s %% as the exact decimal %s', (percent, expected) => {
		expect(ratioToString(percentToRatio(percent))).toBe(expected);
	});

	it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %s', (value) => {
		expect(() => percentToRatio(value)).toThrow(RangeError);
	});
});

describe('exact comparison', () => {
	it('tells apart fractions whose floating-point values are equal', () => {
		// 2^53 + 1 is not representable as a double, so a / b and c / d round to the same float.
		const big = 2n ** 53n;
		expect(compareRatios(ratio(big + 1n, big), ratio(big, big))).toBe(1);
	});

	it('falls back to BigInt when the cross products pass 2^53', () => {
		const a = Number.MAX_SAFE_INTEGER;
		expect(compareFractions(a, 3, a - 1, 3)).toBe(1);
		expect(compareFractions(a - 1, a, a - 2, a - 1)).toBe(1);
		expect(compareFractions(a, a, 1, 1)).toBe(0);
	});

	it('compares small fractions with plain numbers', () => {
		expect(compareFractions(1, 3, 2, 6)).toBe(0);
		expect(compareFractions(1, 3, 1, 2)).toBe(-1);
	});
});

describe('formatting', () => {
	it('writes the 2023 Hare quota as an exact fraction and a rounded decimal', () => {
		const quota = ratio(5971719, 69);
		expect(ratioToString(quota)).toBe('1990573/23');
		expect(ratioToDecimal(quota, 2)).toBe('86546.65');
	});

	it('rounds half up', () => {
		expect(ratioToDecimal(ratio(1, 8), 2)).toBe('0.13');
		expect(ratioToDecimal(ratio(7, 2), 0)).toBe('4');
	});

	it('finds the smallest whole number of votes that reaches 5 % of 6,366,441', () => {
		expect(ceilTimes(ratio(5, 100), 6366441)).toBe(318323n);
	});
});
