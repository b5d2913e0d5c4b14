/**
 * Messages in ICU MessageFormat (plurals, numbers, selects per locale), formatted by message.ts.
 * Messages live in JSON catalogues, one file per area and language; this module keeps the ones
 * at hand.
 */
import type { EnglishMessages } from './en';
import { core } from './en/core';
import {
	formatMessage,
	plainText,
	PLAIN_TEXT,
	type Compiled,
	type Message,
	type MessageValues
} from './message';
import { compile } from './precompile';

export type MessageKey = keyof EnglishMessages;
/** A catalogue may lack the sections a page registers when it needs them. */
export type Catalogue = Readonly<Partial<Record<MessageKey, string>>>;
export type { MessageValues };

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

/** Adds messages (a section of the catalogue) to a locale's. */
export function registerMessages(
	locale: Locale,
	messages: Readonly<Record<string, Message>>
): void {
	Object.assign(CATALOGUES[locale], messages);
}

/**
 * A translator for one locale; each message is prepared once, on first use (a message as
 * written is parsed then; the built app's are parsed already). A message missing in the locale
 * falls back to English, then to its key; tests make sure that none is missing.
 */
export function createTranslator(
	locale: Locale,
	catalogue: Catalogue | Readonly<Record<string, Message>> = CATALOGUES[locale]
): Translate {
	const messages = catalogue as Readonly<Record<string, Message | undefined>>;
	const cache = new Map<MessageKey, Compiled>();
	return (key, values) => {
		let compiled = cache.get(key);
		if (!compiled) {
			const message = messages[key] ?? CATALOGUES.en[key] ?? key;
			compiled =
				typeof message !== 'string'
					? message
					: PLAIN_TEXT.test(message)
						? [message]
						: compile(message, locale);
			cache.set(key, compiled);
		}
		return plainText(compiled) ?? formatMessage(compiled, locale, values);
	};
}
