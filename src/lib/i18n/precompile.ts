/**
 * Messages parsed when the app is built: the build (vite.config.ts) rewrites each catalogue file
 * with `precompile`, so the browser formats parsed messages (message.ts) and never loads the ICU
 * parser. Tests, `vite dev` and the command line read the JSON as written; `compile` parses such
 * a message when it is first used.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Compiled, CompiledElement } from './message';

/**
 * intl-messageformat's named styles ({n, number, percent}, {d, date, long}), resolved here to
 * their options so that the browser needs no table of them.
 */
const STYLES: Readonly<Record<number, Readonly<Record<string, object>>>> = {
	[TYPE.number]: {
		integer: { maximumFractionDigits: 0 },
		currency: { style: 'currency' },
		percent: { style: 'percent' }
	},
	[TYPE.date]: {
		short: { month: 'numeric', day: 'numeric', year: '2-digit' },
		medium: { month: 'short', day: 'numeric', year: 'numeric' },
		long: { month: 'long', day: 'numeric', year: 'numeric' },
		full: { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }
	}
};

/**
 * The parser's tree with every literal written as a bare string and every named style as its
 * options (a style intl-messageformat does not know formats as none).
 */
export function compact(elements: readonly MessageFormatElement[]): Compiled {
	return elements.map((element): string | CompiledElement => {
		if (element.type === TYPE.literal) return element.value;
		const out: Record<string, unknown> = { ...element };
		if ('style' in element && typeof element.style === 'string') {
			const options = STYLES[element.type]?.[element.style];
			out.style = options ? { parsedOptions: options } : null;
		}
		if ('options' in element) {
			out.options = Object.fromEntries(
				Object.entries(element.options).map(([key, option]) => [
					key,
					{ ...option, value: compact(option.value) }
				])
			);
		}
		if (element.type === TYPE.tag) out.children = compact(element.children);
		return out as unknown as CompiledElement;
	});
}

/** The parser's tree again, from its compact form (what intl-messageformat would format). */
export function expand(message: Compiled): MessageFormatElement[] {
	return message.map((element) => {
		if (typeof element === 'string') return { type: TYPE.literal, value: element };
		const full: Record<string, unknown> = { ...element };
		if (element.options) {
			full.options = Object.fromEntries(
				Object.entries(element.options).map(([key, option]) => [
					key,
					{ ...option, value: expand(option.value) }
				])
			);
		}
		if (element.children) full.children = expand(element.children);
		return full as unknown as MessageFormatElement;
	});
}

/** Syntax the app's formatter (message.ts) does not handle: times and tags. */
function unsupported(elements: readonly MessageFormatElement[]): string | null {
	for (const element of elements) {
		if (element.type === TYPE.time) return `a time ({${element.value}, time})`;
		if (element.type === TYPE.tag) return `a tag (<${element.value}>)`;
		if ('options' in element) {
			for (const option of Object.values(element.options)) {
				const found = unsupported(option.value);
				if (found) return found;
			}
		}
	}
	return null;
}

/** A message parsed as intl-messageformat parses it for the locale, in compact form. */
export function compile(text: string, locale: string): Compiled {
	const tree = parse(text, { locale: new Intl.Locale(locale) });
	const problem = unsupported(tree);
	if (problem) throw new SyntaxError(`The app's messages cannot hold ${problem}: "${text}"`);
	return compact(tree);
}

/** A catalogue file's messages, each parsed. */
export function precompile(
	messages: Readonly<Record<string, string>>,
	locale: string
): Record<string, Compiled> {
	return Object.fromEntries(
		Object.entries(messages).map(([key, text]) => [key, compile(text, locale)])
	);
}
