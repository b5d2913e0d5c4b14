/**
 * The app language a browser asks for: the first of the browser's languages (navigator.languages,
 * most preferred first) that the app speaks, matched on the primary language subtag, so "ru-RU"
 * is Russian and "kk-KZ" Kazakh [BCP 47, RFC 5646 §2.2.1]. Null when none is spoken here.
 */
import type { AppLocale } from './format';
import { LOCALES } from './translate';

export function preferredLocale(languages: readonly string[]): AppLocale | null {
	for (const tag of languages) {
		const primary = tag.trim().split(/[-_]/)[0]!.toLowerCase();
		const found = LOCALES.find((l) => l === primary);
		if (found) return found;
	}
	return null;
}
