import { describe, expect, it } from 'vitest';
import type { AppLocale } from './format';
import { formatForInput, onStep, parseLocaleNumber, usesDecimalComma } from './parse-number';

/**
 * [typed, page language, browser language, expected]. The expected value is what a person writing
 * in that language means: a decimal comma in ru/kk (CLDR), a thousands comma in en that is refused
 * rather than guessed; a refusal names its reason.
 */
const CASES: readonly [string, AppLocale, string, number | 'empty' | 'invalid' | 'comma'][] = [
	// Kazakh and Russian: comma and point both mark decimals.
	['2,4', 'ru', 'ru-RU', 2.4],
	['2.4', 'ru', 'ru-RU', 2.4],
	['2,2', 'ru', 'en-US', 2.2],
	['2,4', 'kk', 'kk-KZ', 2.4],
	['2.4', 'kk', 'kk-KZ', 2.4],
	['2,400', 'ru', 'ru-RU', 2.4],
	['7', 'kk', 'kk-KZ', 7],
	[',5', 'ru', 'ru-RU', 0.5],
	['  3,75 ', 'ru', 'ru-RU', 3.75],
	// Thousands grouped by spaces (ordinary, no-break, narrow no-break), as ru and kk print them.
	['1 050 000', 'ru', 'ru-RU', 1050000],
	['1\u00a0050\u00a0000', 'kk', 'kk-KZ', 1050000],
	['1\u202f050\u202f000,5', 'ru', 'ru-RU', 1050000.5],
	['1 050 000', 'en', 'en-US', 1050000],
	// English: a point marks decimals; a comma is refused, never read as 2.4 or 2400.
	['2.4', 'en', 'en-US', 2.4],
	['2,4', 'en', 'en-US', 'comma'],
	['2,400', 'en', 'en-US', 'comma'],
	['1,050,000', 'en', 'en-US', 'comma'],
	['1,234.5', 'en', 'en-US', 'comma'],
	// English page, browser that writes a decimal comma: "2,4" is 2.4, "2,400" stays ambiguous.
	['2,4', 'en', 'ru-RU', 2.4],
	['2,40', 'en', 'de-DE', 2.4],
	['2,400', 'en', 'ru-RU', 'comma'],
	// Signs.
	['-3', 'en', 'en-US', -3],
	['\u22123,5', 'ru', 'ru-RU', -3.5],
	['+4', 'kk', 'kk-KZ', 4],
	// Not numbers.
	['', 'ru', 'ru-RU', 'empty'],
	['   ', 'en', 'en-US', 'empty'],
	['abc', 'ru', 'ru-RU', 'invalid'],
	['abc', 'en', 'en-US', 'invalid'],
	['2,4,5', 'ru', 'ru-RU', 'invalid'],
	['2.4.5', 'en', 'en-US', 'invalid'],
	['1,234.5', 'ru', 'ru-RU', 'invalid'],
	['1e3', 'en', 'en-US', 'invalid'],
	['12 34', 'ru', 'ru-RU', 'invalid'],
	['5%', 'ru', 'ru-RU', 'invalid'],
	['-', 'en', 'en-US', 'invalid'],
	['2.', 'en', 'en-US', 'invalid']
];

describe('parseLocaleNumber', () => {
	it.each(CASES)('reads %j in %s (browser %s) as %j', (text, locale, browser, expected) => {
		const parsed = parseLocaleNumber(text, locale, browser);
		if (typeof expected === 'number') {
			expect(parsed).toEqual({ ok: true, value: expected });
		} else {
			expect(parsed).toEqual({ ok: false, reason: expected });
		}
	});
});

describe('usesDecimalComma', () => {
	it.each([
		['ru-RU', true],
		['ru', true],
		['de-DE', true],
		['en-US', false],
		['en', false],
		['', false],
		['not a language tag!', false]
	])('says %j writes a decimal comma: %j', (language, expected) => {
		expect(usesDecimalComma(language)).toBe(expected);
	});
});

describe('onStep', () => {
	it.each([
		[2.2, 0, 0.1, true],
		[2.25, 0, 0.1, false],
		[15, 0, 1, true],
		[2.5, 0, 1, false],
		[1050000, 0, 1000, true],
		[7, 1, 2, true],
		[6, 1, 2, false]
	])('says %d is on the steps from %d by %d: %j', (value, min, step, expected) => {
		expect(onStep(value, min, step)).toBe(expected);
	});
});

describe('formatForInput', () => {
	it.each([
		[2.2, 'en', '2.2'],
		[2.2, 'ru', '2,2'],
		[2.2, 'kk', '2,2'],
		[1050000, 'ru', '1050000'],
		[0.1 + 0.2, 'en', '0.3']
	] as const)('writes %d in %s as %j, which reads back the same', (value, locale, expected) => {
		expect(formatForInput(value, locale)).toBe(expected);
		expect(parseLocaleNumber(expected, locale)).toEqual({
			ok: true,
			value: Math.round(value * 1e6) / 1e6
		});
	});
});
