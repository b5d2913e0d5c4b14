/**
 * The language the app speaks, as shared state. Components call `i18n.t(key, values)` and
 * `i18n.locale`; reading them inside markup makes the text follow a language switch.
 */
import type { AppLocale } from './format';
import { createTranslator, type MessageKey, type MessageValues, type Translate } from './translate';

class LocaleState {
	/** The current language. Only English has a catalogue yet; others fall back to it. */
	locale: AppLocale = $state('en');

	#translators = new Map<AppLocale, Translate>();

	t: Translate = (key: MessageKey, values?: MessageValues) => {
		let translate = this.#translators.get(this.locale);
		if (!translate) {
			translate = createTranslator('en');
			this.#translators.set(this.locale, translate);
		}
		return translate(key, values);
	};
}

export const i18n = new LocaleState();
