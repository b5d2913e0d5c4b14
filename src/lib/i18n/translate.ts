/**
 * Message formatting with ICU MessageFormat (plurals, numbers, selects per locale) through
 * FormatJS's intl-messageformat. Messages live in one JSON catalogue per language; this module
 * is pure and has no state.
 * @see https://formatjs.github.io/docs/intl-messageformat/
 */
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { en } from './en';

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;
export type MessageValues = Record<string, PrimitiveType>;

export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGUES: Record<Locale, Catalogue> = { en };

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** A translator for one locale; each message is parsed once, on first use. */
export function createTranslator(
	locale: Locale,
	catalogue: Catalogue = CATALOGUES[locale]
): Translate {
	const cache = new Map<MessageKey, IntlMessageFormat>();
	return (key, values) => {
		let format = cache.get(key);
		if (!format) {
			format = new IntlMessageFormat(catalogue[key], locale);
			cache.set(key, format);
		}
		return String(format.format(values));
	};
}
