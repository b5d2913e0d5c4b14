/**
 * Message formatting with ICU MessageFormat (plurals, numbers, selects per locale) through
 * FormatJS's intl-messageformat. Messages live in one JSON catalogue per language; this module
 * is pure and has no state.
 * @see https://formatjs.github.io/docs/intl-messageformat/
 */
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { en, type EnglishMessages } from './en';

export type MessageKey = keyof EnglishMessages;
/** A catalogue may lack the sections a page registers when it needs them. */
export type Catalogue = Readonly<Partial<Record<MessageKey, string>>>;
export type MessageValues = Record<string, PrimitiveType>;

export const LOCALES = ['en'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGUES: Record<Locale, Catalogue> = { en };

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** Sections registered by the pages that use them, per locale. */
const registered: Record<Locale, Record<string, string>> = { en: {} };

/** Adds a page's own messages to a locale's catalogue (the About page's long texts). */
export function registerMessages(locale: Locale, messages: Readonly<Record<string, string>>): void {
	Object.assign(registered[locale], messages);
}

/** A translator for one locale; each message is parsed once, on first use. */
export function createTranslator(
	locale: Locale,
	catalogue: Catalogue = CATALOGUES[locale]
): Translate {
	const cache = new Map<MessageKey, IntlMessageFormat>();
	return (key, values) => {
		let format = cache.get(key);
		if (!format) {
			const text = catalogue[key] ?? registered[locale][key];
			// A missing message shows its key rather than breaking the page; a test makes sure
			// that none is missing.
			format = new IntlMessageFormat(text ?? key, locale);
			cache.set(key, format);
		}
		return String(format.format(values));
	};
}
