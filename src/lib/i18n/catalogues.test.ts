import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import enAbout from './en/about.json';
import enBackground from './en/background.json';
import { en } from './en';
import kkAbout from './kk/about.json';
import kkBackground from './kk/background.json';
import { catalogue as kk } from './kk';
import ruAbout from './ru/about.json';
import ruBackground from './ru/background.json';
import { catalogue as ru } from './ru';
import enUncertainty from './en/uncertainty.json';
import kkUncertainty from './kk/uncertainty.json';
import ruUncertainty from './ru/uncertainty.json';

const english: Record<string, string> = { ...en, ...enAbout, ...enBackground, ...enUncertainty };
const translations: Record<string, Record<string, string>> = {
	kk: { ...kk, ...kkAbout, ...kkBackground, ...kkUncertainty } as Record<string, string>,
	ru: { ...ru, ...ruAbout, ...ruBackground, ...ruUncertainty } as Record<string, string>
};

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
