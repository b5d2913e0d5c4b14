/**
 * Numbers and names for people, per locale: grouping, decimal comma in kk and ru, percentages.
 * Pure functions over Intl, cached per locale.
 */
import type { Scenario } from '../scenario/types';
import type { Translate } from './translate';

export type AppLocale = 'en' | 'kk' | 'ru';

const cache = new Map<string, Intl.NumberFormat>();

/**
 * The locale that formats numbers for an app language. Kazakh writes numbers as Russian does
 * (decimal comma, a space between thousands) [CLDR kk, ru], but Chromium's ICU data gives 'kk'
 * English symbols, so Kazakh numbers borrow the Kazakhstan-Russian format, which every browser has.
 */
export function numberLocale(locale: AppLocale): string {
	return locale === 'kk' ? 'ru-KZ' : locale;
}

function formatter(
	locale: AppLocale,
	digits: number,
	style: 'decimal' | 'percent'
): Intl.NumberFormat {
	const key = `${locale}|${digits}|${style}`;
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(numberLocale(locale), {
			style,
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		});
		cache.set(key, f);
	}
	return f;
}

const lists = new Map<AppLocale, Intl.ListFormat>();

/**
 * "A, B and C" in the locale's words. One formatter per locale: building one costs far more
 * than using it, and the tally and the summary list parties at every change.
 */
export function formatList(items: readonly string[], locale: AppLocale): string {
	let f = lists.get(locale);
	if (!f) {
		f = new Intl.ListFormat(locale, { type: 'conjunction' });
		lists.set(locale, f);
	}
	return f.format(items);
}

/** 3431510 → "3,431,510" (en), "3 431 510" (ru, kk). */
export function formatNumber(value: number, locale: AppLocale, digits = 0): string {
	return formatter(locale, digits, 'decimal').format(value);
}

/** A percentage given in percent: 53.9 → "53.90%" (en), "53,90 %" (ru). */
export function formatPercent(percent: number, locale: AppLocale, digits = 2): string {
	return formatter(locale, digits, 'percent').format(percent / 100);
}

/** The id a seat or row stands for: a party of the scenario, or self-nominated winners. */
export const INDEPENDENT = 'independent';

/**
 * A party's name in the locale, or "Self-nominated" for independent winners: the short name
 * (legend, charts, running text) or the full official name (seats table).
 */
export function partyName(
	scenario: Scenario,
	id: string,
	locale: AppLocale,
	t: Translate,
	form: 'short' | 'full' = 'short'
): string {
	if (id === INDEPENDENT) return t('party.independent');
	const party = scenario.parties.find((p) => p.id === id);
	if (!party) return id;
	return (form === 'short' ? (party.shortName ?? party.name) : party.name)[locale];
}

/** An id as an ICU select key, which cannot hold hyphens: 'sainte-lague' → 'sainteLague'. */
export function selectKey(id: string): string {
	return id.replace(/-(.)/g, (_, c: string) => c.toUpperCase());
}
