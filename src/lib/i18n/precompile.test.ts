/**
 * The app formats its messages itself (message.ts), parsed at build time (precompile.ts → JSON),
 * or when first used in tests and `vite dev`. These tests hold both to FormatJS's
 * intl-messageformat formatting the text as written — what the app used before — for every
 * message of every catalogue file in every language, on values that reach every branch of every
 * plural and select.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numberLocale } from './format';
import { formatMessage, PLAIN_TEXT, plainText, type Compiled } from './message';
import { compile, expand, precompile } from './precompile';
import { createTranslator, type Locale, type MessageKey, type MessageValues } from './translate';

const LOCALES: readonly Locale[] = ['en', 'kk', 'ru'];

/** A locale's messages, every file, as written. */
function written(locale: Locale): Record<string, string> {
	const dir = new URL(`./${locale}/`, import.meta.url);
	return Object.assign(
		{},
		...readdirSync(dir)
			.filter((file) => file.endsWith('.json'))
			.map((file) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')))
	);
}

/** What the build ships: precompiled, then through JSON as a bundled file is. */
const shipped = (messages: Record<string, string>, locale: Locale): Record<string, Compiled> =>
	JSON.parse(JSON.stringify(precompile(messages, locale)));

/**
 * Values that reach every branch of a message: each select's keys in turn, numbers that reach
 * every plural form in these languages (0, 1, 2, 5, 21, 1.5, 1234567), a date for dates, text for
 * other arguments.
 */
function valueSets(elements: MessageFormatElement[]): MessageValues[] {
	const choices = new Map<string, (string | number | Date)[]>();
	const walk = (list: MessageFormatElement[]) => {
		for (const element of list) {
			if (element.type === TYPE.argument && !choices.has(element.value)) {
				choices.set(element.value, ['Amanat']);
			}
			if (element.type === TYPE.number) choices.set(element.value, [0, 1, 2.5, 1234567]);
			if (element.type === TYPE.date || element.type === TYPE.time) {
				choices.set(element.value, [new Date(Date.UTC(2023, 2, 19, 9, 30))]);
			}
			if (element.type === TYPE.plural) {
				choices.set(element.value, [0, 1, 2, 5, 21, 1.5, 1234567]);
			}
			if (element.type === TYPE.select) {
				choices.set(element.value, Object.keys(element.options));
			}
			if ('options' in element) {
				for (const option of Object.values(element.options)) walk(option.value);
			}
			if (element.type === TYPE.tag) walk(element.children);
		}
	};
	walk(elements);
	// One value set per choice of each argument in turn, the others at their first choice.
	const first = Object.fromEntries([...choices].map(([name, values]) => [name, values[0]!]));
	const sets: MessageValues[] = [first];
	for (const [name, values] of choices) {
		for (const value of values.slice(1)) sets.push({ ...first, [name]: value });
	}
	return sets;
}

/**
 * intl-messageformat as the app used it: numbers in `numberLocale` (Kazakh borrows Kazakhstan-
 * Russian symbols), dates and plural rules in the language's own.
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
const reference = (text: string, locale: Locale, values: MessageValues) =>
	String(new IntlMessageFormat(text, locale, undefined, { formatters }).format(values));

describe.each(LOCALES)('the %s messages', (locale) => {
	const messages = written(locale);
	const compiled = shipped(messages, locale);
	const fromText = createTranslator(locale, messages);
	const fromBuild = createTranslator(locale, compiled);

	it('are all parsed at build time', () => {
		expect(Object.keys(compiled).sort()).toEqual(Object.keys(messages).sort());
	});

	it.each(Object.keys(messages))('%s reads as intl-messageformat formats it', (key) => {
		const text = messages[key]!;
		const tree = parse(text, { locale: new Intl.Locale(locale) });
		// Plain text stays plain text: what the translator returns as it is.
		if (PLAIN_TEXT.test(text)) expect(plainText(compiled[key]!)).toBe(text);
		for (const values of valueSets(tree)) {
			const expected = reference(text, locale, values);
			expect(fromBuild(key as MessageKey, values)).toBe(expected);
			expect(fromText(key as MessageKey, values)).toBe(expected);
		}
	});
});

describe('the parsed form', () => {
	it("is the parser's tree, literals as strings and named styles as their options", () => {
		const message = '{n, plural, one {# seat} other {# seats}} on {d, date, long}';
		const [plural, , date] = parse(message);
		const pound = { type: TYPE.pound };
		expect(compile(message, 'en')).toEqual([
			{
				...plural,
				options: { one: { value: [pound, ' seat'] }, other: { value: [pound, ' seats'] } }
			},
			' on ',
			{ ...date, style: { parsedOptions: { month: 'long', day: 'numeric', year: 'numeric' } } }
		]);
		expect(expand(compile('Amanat: {seats}', 'en'))).toEqual(parse('Amanat: {seats}'));
	});

	it('refuses syntax the formatter does not handle', () => {
		expect(() => compile('at {t, time}', 'en')).toThrow(SyntaxError);
		expect(() => compile('<b>bold</b>', 'en')).toThrow(SyntaxError);
	});

	it('needs every value it names', () => {
		expect(() => formatMessage(compile('{party} wins', 'en'), 'en', {})).toThrow(TypeError);
	});
});

describe('plain text', () => {
	it.each([
		['Seats', true],
		['', true],
		['Amanat: {seats}', false],
		["the party's list", false],
		['<b>bold</b>', false],
		['#1', false]
	])('%j is plain: %s', (text, plain) => {
		expect(PLAIN_TEXT.test(text)).toBe(plain);
	});

	it('of a parsed message is its only literal, else null', () => {
		expect(plainText(['Seats'])).toBe('Seats');
		expect(plainText([])).toBe('');
		expect(plainText(['a', { type: TYPE.argument, value: 'x' }])).toBeNull();
	});
});
