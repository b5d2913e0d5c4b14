import { describe, expect, it } from 'vitest';
import { preferredLocale } from './preferred';

describe('preferredLocale', () => {
	it.each([
		[['ru-RU', 'ru', 'en-US', 'en'], 'ru'],
		[['kk-KZ', 'ru-RU'], 'kk'],
		[['kk'], 'kk'],
		[['en-GB'], 'en'],
		// The browser's order decides, not the app's: English first means English.
		[['en-US', 'ru-RU'], 'en'],
		// Languages the app does not speak are skipped.
		[['de-DE', 'fr', 'ru'], 'ru'],
		[['uz-UZ', 'KK_kz'], 'kk'],
		[['de-DE', 'fr-FR'], null],
		[[], null]
	] as const)('picks from %j: %j', (languages, expected) => {
		expect(preferredLocale(languages)).toBe(expected);
	});
});
