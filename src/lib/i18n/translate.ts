/**
 * Message formatting with ICU MessageFormat (plurals, numbers, selects per locale) through
 * FormatJS's intl-messageformat. Messages live in one JSON catalogue per language; this module
 * is pure and has no state.
 * @see https://formatjs.github.io/docs/intl-messageformat/
 */
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { en, type EnglishMessages } from './en';
import { numberLocale } from './format';

export type MessageKey = keyof EnglishMessages;
/** A catalogue may lack the sections a page registers when it needs them. */
export type Catalogue = Readonly<Partial<Record<MessageKey, string>>>;
export type MessageValues = Record<string, PrimitiveType>;

export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * English is always here; Kazakh and Russian arrive with `loadCatalogue` when a person chooses
 * them, so that nobody downloads three languages to read one.
 */
export const CATALOGUES: Record<Locale, Catalogue> = { en, kk: {}, ru: {} };

const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ catalogue: Catalogue }>> = {
	kk: () => import('./kk'),
	ru: () => import('./ru')
};

/** Fetches a language's catalogue once; English needs no fetching. */
export async function loadCatalogue(locale: Locale): Promise<void> {
	if (locale === 'en' || Object.keys(CATALOGUES[locale]).length > 0) return;
	CATALOGUES[locale] = (await loaders[locale]()).catalogue;
}

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * One formatter per locale and options, made on first use: building an Intl formatter costs far
 * more than using one, and a plural or a number in a message asks for one at every format.
 */
function memo<A extends unknown[], F>(make: (...args: A) => F): (...args: A) => F {
	const made = new Map<string, F>();
	return (...args) => {
		const key = JSON.stringify(args);
		let formatter = made.get(key);
		if (formatter === undefined) {
			formatter = make(...args);
			made.set(key, formatter);
		}
		return formatter;
	};
}

/**
 * Number and date formats inside messages follow `numberLocale` (Kazakh borrows Kazakhstan-
 * Russian symbols); plural rules stay the language's own.
 */
const formatters = {
	getNumberFormat: memo(
		(locales?: string | string[], options?: Intl.NumberFormatOptions) =>
			new Intl.NumberFormat(
				([] as string[]).concat(locales ?? []).map((l) => numberLocale(l as Locale)),
				options
			)
	),
	getDateTimeFormat: memo(
		(...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args)
	),
	getPluralRules: memo(
		(...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args)
	)
};

/** Sections registered by the pages that use them, per locale. */
const registered: Record<Locale, Record<string, string>> = { en: {}, kk: {}, ru: {} };

/** Adds a page's own messages to a locale's catalogue (the About page's long texts). */
export function registerMessages(locale: Locale, messages: Readonly<Record<string, string>>): void {
	Object.assign(registered[locale], messages);
}

/**
 * A translator for one locale; each message is parsed once, on first use. A message missing in
 * the locale falls back to English, then to its key; tests make sure that none is missing.
 */
export function createTranslator(
	locale: Locale,
	catalogue: Catalogue = CATALOGUES[locale]
): Translate {
	const cache = new Map<MessageKey, IntlMessageFormat>();
	return (key, values) => {
		let format = cache.get(key);
		if (!format) {
			const text =
				catalogue[key] ?? registered[locale][key] ?? CATALOGUES.en[key] ?? registered.en[key];
			format = new IntlMessageFormat(text ?? key, locale, undefined, { formatters });
			cache.set(key, format);
		}
		return String(format.format(values));
	};
}
