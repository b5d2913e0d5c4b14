/**
 * Message formatting with ICU MessageFormat (plurals, numbers, selects per locale) through
 * FormatJS's intl-messageformat. Messages live in JSON catalogues, one file per area and
 * language; this module keeps the ones at hand.
 * @see https://formatjs.github.io/docs/intl-messageformat/
 */
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { core } from './en/core';
import type { EnglishMessages } from './en';
import { numberLocale } from './format';
import { expand, plainText, PLAIN_TEXT, type Message } from './message';

export type MessageKey = keyof EnglishMessages;
/** A catalogue may lack the sections a page registers when it needs them. */
export type Catalogue = Readonly<Partial<Record<MessageKey, string>>>;
export type MessageValues = Record<string, PrimitiveType>;

export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * The messages at hand, per locale. English starts with the sections every first frame needs;
 * the others, and Kazakh and Russian, arrive with `registerMessages` when a page, a panel or a
 * language needs them (see sections.ts and locale.svelte.ts).
 */
export const CATALOGUES: Record<Locale, Record<string, Message>> = {
	en: { ...core },
	kk: {},
	ru: {}
};

export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * Number and date formats inside messages follow `numberLocale` (Kazakh borrows Kazakhstan-
 * Russian symbols); plural rules stay the language's own.
 */
const formatters = {
	getNumberFormat: (locales?: string | string[], options?: Intl.NumberFormatOptions) =>
		new Intl.NumberFormat(
			([] as string[]).concat(locales ?? []).map((l) => numberLocale(l as Locale)),
			options
		),
	getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) =>
		new Intl.DateTimeFormat(...args),
	getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) =>
		new Intl.PluralRules(...args)
};

/** Adds messages (a section of the catalogue) to a locale's. */
export function registerMessages(
	locale: Locale,
	messages: Readonly<Record<string, Message>>
): void {
	Object.assign(CATALOGUES[locale], messages);
}

/**
 * A translator for one locale; each message is prepared once, on first use: plain text is
 * returned as it is, anything else formatted by intl-messageformat (from the text, or from the
 * syntax tree the build made, see message.ts). A message missing in the locale falls back to
 * English, then to its key; tests make sure that none is missing.
 */
export function createTranslator(
	locale: Locale,
	catalogue: Catalogue | Readonly<Record<string, Message>> = CATALOGUES[locale]
): Translate {
	const messages = catalogue as Readonly<Record<string, Message | undefined>>;
	const cache = new Map<MessageKey, (values?: MessageValues) => string>();
	return (key, values) => {
		let format = cache.get(key);
		if (!format) {
			const message = messages[key] ?? CATALOGUES.en[key] ?? key;
			const text =
				typeof message === 'string'
					? PLAIN_TEXT.test(message)
						? message
						: null
					: plainText(message);
			if (text !== null) {
				format = () => text;
			} else {
				const source = typeof message === 'string' ? message : expand(message);
				const compiled = new IntlMessageFormat(source, locale, undefined, { formatters });
				format = (v) => String(compiled.format(v));
			}
			cache.set(key, format);
		}
		return format(values);
	};
}
