/**
 * Formatting an ICU message (plurals, selects, numbers and dates per locale) from its parsed
 * form. Written, a message is ICU MessageFormat text; the build parses every catalogue file
 * (precompile.ts), so that the browser loads neither the ICU parser nor a formatting library:
 * this small formatter does what intl-messageformat does for the syntax the catalogues use, and
 * a test holds it to intl-messageformat on every message in every language, every branch.
 * Syntax it does not handle (times, tags) stops the build (precompile.ts) rather than reaching it.
 * @see https://unicode-org.github.io/icu/userguide/format_parse/messages/
 * @see https://formatjs.github.io/docs/intl-messageformat/
 */
import { numberLocale, type AppLocale } from './format';

/** The element types of the parser's tree (TYPE in @formatjs/icu-messageformat-parser). */
export const ELEMENT = {
	literal: 0,
	argument: 1,
	number: 2,
	date: 3,
	time: 4,
	select: 5,
	plural: 6,
	pound: 7,
	tag: 8
} as const;

/** A parsed message: the parser's tree, with each piece of plain text a bare string. */
export type Compiled = readonly (string | CompiledElement)[];
export interface CompiledElement {
	readonly type: number;
	readonly value: string;
	/** number and date: the options of its style or skeleton. */
	readonly style?: string | { readonly parsedOptions: FormatOptions } | null;
	/** select and plural: each branch. */
	readonly options?: Readonly<Record<string, { readonly value: Compiled }>>;
	readonly pluralType?: 'cardinal' | 'ordinal';
	readonly offset?: number;
	readonly children?: Compiled;
}
export type Message = string | Compiled;
export type MessageValues = Record<string, string | number | boolean | null | undefined | Date>;
type FormatOptions = Intl.NumberFormatOptions & Intl.DateTimeFormatOptions & { scale?: number };

/**
 * Text with none of the characters that can start ICU syntax ({ } for arguments, ' for quoting,
 * < for tags, # in plurals) is its own message: nothing to parse.
 */
export const PLAIN_TEXT = /^[^{}'<#]*$/;

/** A compiled message whose whole is plain text, or null. */
export function plainText(message: Compiled): string | null {
	if (message.length === 0) return '';
	return message.length === 1 && typeof message[0] === 'string' ? message[0] : null;
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
	key: string,
	make: () => T
): T {
	let made = cache.get(key) as T | undefined;
	if (!made) cache.set(key, (made = make()));
	return made;
}

/** Numbers follow `numberLocale` (Kazakh borrows Kazakhstan-Russian symbols). */
const numbers = (locale: AppLocale, options?: FormatOptions) =>
	cached(
		`n|${locale}|${JSON.stringify(options)}`,
		() => new Intl.NumberFormat(numberLocale(locale), options)
	);
const dates = (locale: AppLocale, options?: FormatOptions) =>
	cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
/** Plural rules stay the language's own. */
const plurals = (locale: AppLocale, type: Intl.PluralRuleType = 'cardinal') =>
	cached(`p|${locale}|${type}`, () => new Intl.PluralRules(locale, { type }));

/** A number's or a date's options (named styles are resolved at build time: precompile.ts). */
const styleOf = (style: CompiledElement['style']) =>
	typeof style === 'object' && style ? style.parsedOptions : undefined;

function branch(element: CompiledElement, key: string): Compiled {
	const options = element.options ?? {};
	const chosen = Object.hasOwn(options, key) ? options[key] : options.other;
	if (!chosen) throw new RangeError(`No branch "${key}" for "${element.value}" and no "other"`);
	return chosen.value;
}

/**
 * A message formatted with its values. `plural` is the number a `#` stands for, inside a plural's
 * branch (not inside a select within it, as in intl-messageformat).
 */
export function formatMessage(
	message: Compiled,
	locale: AppLocale,
	values: MessageValues = {},
	plural?: number
): string {
	let out = '';
	for (const element of message) {
		if (typeof element === 'string') {
			out += element;
			continue;
		}
		if (element.type === ELEMENT.pound) {
			if (plural !== undefined) out += numbers(locale).format(plural);
			continue;
		}
		if (!Object.hasOwn(values, element.value)) {
			throw new TypeError(`The message needs a value for "${element.value}"`);
		}
		const value = values[element.value];
		switch (element.type) {
			case ELEMENT.argument:
				out += typeof value === 'string' || typeof value === 'number' || value ? String(value) : '';
				break;
			case ELEMENT.number: {
				const style = styleOf(element.style);
				const n = style?.scale ? Number(value) * style.scale : value;
				out += numbers(locale, style).format(n as number);
				break;
			}
			case ELEMENT.date:
				out += dates(locale, styleOf(element.style)).format(value as Date | number);
				break;
			case ELEMENT.select:
				out += formatMessage(branch(element, String(value)), locale, values);
				break;
			case ELEMENT.plural: {
				const n = Number(value);
				const exact = `=${String(value)}`;
				const key = Object.hasOwn(element.options ?? {}, exact)
					? exact
					: plurals(locale, element.pluralType).select(n - (element.offset ?? 0));
				out += formatMessage(branch(element, key), locale, values, n - (element.offset ?? 0));
				break;
			}
			default:
				throw new TypeError(`Message syntax of type ${element.type} is not supported`);
		}
	}
	return out;
}
