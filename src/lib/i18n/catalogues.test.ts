import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { core, CORE_SECTIONS } from './en/core';
import { catalogue as kk } from './kk';
import { catalogue as ru } from './ru';
import { SECTIONS } from './sections';

const english: Record<string, string> = en;
const translations: Record<string, Record<string, string>> = {
	kk: kk as Record<string, string>,
	ru: ru as Record<string, string>
};

/** Each language's files on disk, by section: what the app can load. */
const files = (locale: string): Record<string, Record<string, string>> =>
	Object.fromEntries(
		readdirSync(new URL(`./${locale}/`, import.meta.url))
			.filter((file) => file.endsWith('.json'))
			.map((file) => [
				file.slice(0, -'.json'.length),
				JSON.parse(readFileSync(new URL(`./${locale}/${file}`, import.meta.url), 'utf8'))
			])
	);

describe.each(['en', 'kk', 'ru'])('the %s sections', (locale) => {
	const sections = files(locale);
	const whole: Record<string, string> = locale === 'en' ? english : translations[locale]!;

	it('are the files on disk, each one a section the app loads', () => {
		expect(Object.keys(sections).sort()).toEqual([...SECTIONS].sort());
	});

	it('make up the whole catalogue the tests read, no key in two sections', () => {
		const keys = Object.values(sections).flatMap((messages) => Object.keys(messages));
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys.sort()).toEqual(Object.keys(whole).sort());
	});
});

describe('the English core that ships with the first page', () => {
	it('is its sections whole', () => {
		const sections = files('en');
		expect(core).toEqual(Object.assign({}, ...CORE_SECTIONS.map((s) => sections[s])));
	});
});

/** The ICU arguments a message uses, with their kinds: "party", "count:plural", … */
function argumentsOf(message: string): string[] {
	const found = new Set<string>();
	const walk = (elements: MessageFormatElement[]) => {
		for (const element of elements) {
			if (element.type === TYPE.argument) found.add(element.value);
			if (element.type === TYPE.number) found.add(`${element.value}:number`);
			if (element.type === TYPE.plural) {
				found.add(
					`${element.value}:${element.pluralType === 'ordinal' ? 'selectordinal' : 'plural'}`
				);
				for (const option of Object.values(element.options)) walk(option.value);
			}
			if (element.type === TYPE.select) {
				found.add(`${element.value}:select`);
				for (const option of Object.values(element.options)) walk(option.value);
			}
			if (element.type === TYPE.tag) walk(element.children);
		}
	};
	walk(parse(message));
	return [...found].sort();
}

describe.each(Object.keys(translations))('the %s catalogue', (locale) => {
	const catalogue = translations[locale]!;

	it('has every English message and no other', () => {
		expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
	});

	it.each(Object.keys(english))('%s parses and uses the same arguments as English', (key) => {
		const message = catalogue[key];
		expect(message, `${key} is missing`).toBeTypeOf('string');
		expect(message!.trim()).not.toBe('');
		expect(argumentsOf(message!)).toEqual(argumentsOf(english[key]!));
	});
});
