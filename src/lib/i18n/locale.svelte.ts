/**
 * The language the app speaks, as shared state. Components call `i18n.t(key, values)` and
 * `i18n.locale`; reading them inside markup makes the text follow a language switch. The choice
 * is kept in the browser and written in links as `lang=`.
 */
import type { AppLocale } from './format';
import {
	createTranslator,
	loadCatalogue,
	LOCALES,
	type MessageKey,
	type MessageValues,
	type Translate
} from './translate';

const STORAGE_KEY = 'majilis-lab:lang';

class LocaleState {
	/** The current language; English until a person or a link chooses another. */
	locale: AppLocale = $state('en');

	#translators = new Map<AppLocale, Translate>();

	t: Translate = (key: MessageKey, values?: MessageValues) => {
		let translate = this.#translators.get(this.locale);
		if (!translate) {
			translate = createTranslator(this.locale);
			this.#translators.set(this.locale, translate);
		}
		return translate(key, values);
	};

	/** Switches language once its catalogue has arrived; remembers the choice if it can. */
	async use(locale: AppLocale, remember = true): Promise<void> {
		await loadCatalogue(locale);
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
