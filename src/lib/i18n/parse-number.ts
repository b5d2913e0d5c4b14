/**
 * Reading a number a person typed, in the way their language writes it. Pure: no DOM.
 *
 * In Kazakh and Russian the decimal separator is a comma, but people also type a point (phones
 * and programs teach both), so "2,4" and "2.4" both mean 2.4 and neither is a thousands separator
 * [CLDR ru, kk: decimal ",", group " "]. In English a comma is a thousands separator, so "2,400"
 * could mean 2400 or (from someone used to a decimal comma) 2.4: it is refused with a reason
 * rather than guessed. When the browser's own language writes a decimal comma, a comma is
 * accepted as the decimal separator in English too, except where it reads as a thousands
 * separator ("2,400"). Spaces may group thousands in every language ("1 050 000").
 */
import type { AppLocale } from './format';

export type ParsedNumber =
	| { readonly ok: true; readonly value: number }
	| { readonly ok: false; readonly reason: 'empty' | 'invalid' | 'comma' };

/** Whether a BCP 47 language (as in navigator.language) writes decimals with a comma. */
export function usesDecimalComma(language: string): boolean {
	try {
		const parts = new Intl.NumberFormat(language).formatToParts(1.5);
		return parts.find((p) => p.type === 'decimal')?.value === ',';
	} catch {
		return false;
	}
}

/** Spaces that separate groups of digits: ordinary, no-break and narrow no-break. */
const GROUP_SPACE = /[ \u00a0\u202f]/g;
/** An optional sign, whole digits (grouped by spaces in threes, or not), an optional fraction. */
const SHAPE = /^([+-]?)(\d{1,3}(?: \d{3})+|\d+)?(?:([.,])(\d+))?$/;

/**
 * The number in `text`, read as a person writing in `locale` would mean it; `browser` is the
 * browser's preferred language (navigator.language), whose decimal separator is also accepted.
 */
export function parseLocaleNumber(text: string, locale: AppLocale, browser = ''): ParsedNumber {
	const typed = text
		.trim()
		.replace(/\u2212/g, '-')
		.replace(GROUP_SPACE, ' ');
	if (typed === '') return { ok: false, reason: 'empty' };
	const match = SHAPE.exec(typed);
	if (!match) {
		// Two separators ("1,234.5") or a comma used to group thousands ("2,400,000").
		return { ok: false, reason: locale === 'en' && typed.includes(',') ? 'comma' : 'invalid' };
	}
	const [, sign = '', whole = '', separator, fraction] = match;
	if (whole === '' && fraction === undefined) return { ok: false, reason: 'invalid' };
	if (separator === ',' && locale === 'en') {
		// A decimal comma is read only from someone whose browser writes one, and never where it
		// looks like a thousands separator (three digits after it).
		const thousands = /^\d{1,3}$/.test(whole) && fraction?.length === 3;
		if (!usesDecimalComma(browser) || thousands) return { ok: false, reason: 'comma' };
	}
	const value = Number(`${sign}${whole.replaceAll(' ', '') || '0'}.${fraction ?? '0'}`);
	return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'invalid' };
}

/** Whether `value` is min, max or a whole number of steps above min (within rounding). */
export function onStep(value: number, min: number, step: number): boolean {
	const steps = (value - min) / step;
	return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/** A number for an input box: the locale's decimal separator, no grouping, up to 6 decimals. */
export function formatForInput(value: number, locale: AppLocale): string {
	const text = String(Math.round(value * 1e6) / 1e6);
	return locale === 'en' ? text : text.replace('.', ',');
}
