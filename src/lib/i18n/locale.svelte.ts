/**
 * The language the app speaks, as shared state. Components call `i18n.t(key, values)` and
 * `i18n.locale`; reading them inside markup makes the text follow a language switch. The choice
 * is kept in the browser and written in links as `lang=`.
 *
 * Messages come in sections (sections.ts). A page awaits `i18n.need(…)` for its own in its
 * `load`, a panel with its component, so that no text is drawn before its message is here;
 * `use` fetches the new language's copy of every section needed so far before switching.
 */
import type { AppLocale } from './format';
import { CORE, fetchSection, type Section } from './sections';
import {
	createTranslator,
	LOCALES,
	registerMessages,
	type MessageKey,
	type MessageValues,
	type Translate
} from './translate';

const STORAGE_KEY = 'majilis-lab:lang';

class LocaleState {
	/** The current language; English until a person or a link chooses another. */
	locale: AppLocale = $state('en');
	/** Counts arrivals of messages for the language shown, so text drawn before is drawn again. */
	#arrivals = $state(0);

	#translators = new Map<AppLocale, Translate>();
	/** The sections asked for so far, and the languages they are kept in. */
	#sections = new Set<Section>(CORE);
	#languages = new Set<AppLocale>(['en']);
	#loading = new Map<string, Promise<void>>();

	t: Translate = (key: MessageKey, values?: MessageValues) => {
		void this.#arrivals;
		let translate = this.#translators.get(this.locale);
		if (!translate) {
			translate = createTranslator(this.locale);
			this.#translators.set(this.locale, translate);
		}
		return translate(key, values);
	};

	/** Fetches sections in English and in every language used so far; resolves when all are in. */
	async need(...sections: Section[]): Promise<void> {
		for (const section of sections) this.#sections.add(section);
		await Promise.all(
			[...this.#languages].flatMap((locale) =>
				sections.map((section) => this.#load(locale, section))
			)
		);
	}

	#load(locale: AppLocale, section: Section): Promise<void> {
		if (locale === 'en' && CORE.has(section)) return Promise.resolve();
		const id = `${locale}/${section}`;
		let loading = this.#loading.get(id);
		if (!loading) {
			loading = fetchSection(locale, section).then(
				(messages) => {
					registerMessages(locale, messages);
					// A translator keeps each message it formatted, fallbacks included.
					this.#translators.delete(locale);
					if (locale === this.locale || locale === 'en') this.#arrivals++;
				},
				(error: unknown) => {
					// Offline with a chunk missing: a later call tries again.
					this.#loading.delete(id);
					throw error;
				}
			);
			this.#loading.set(id, loading);
		}
		return loading;
	}

	/** Switches language once its messages have arrived; remembers the choice if it can. */
	async use(locale: AppLocale, remember = true): Promise<void> {
		this.#languages.add(locale);
		await Promise.all([...this.#sections].map((section) => this.#load(locale, section)));
		this.#translators.delete(locale);
		this.locale = locale;
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
		if (remember) {
			try {
				localStorage.setItem(STORAGE_KEY, locale);
			} catch {
				// Storage blocked: the choice lasts for this visit only.
			}
		}
	}

	/** The language kept from an earlier visit, if any. */
	remembered(): AppLocale | null {
		try {
			const value = localStorage.getItem(STORAGE_KEY);
			return (LOCALES as readonly string[]).includes(value ?? '') ? (value as AppLocale) : null;
		} catch {
			return null;
		}
	}
}

export const i18n = new LocaleState();
