/**
 * Messages parsed when the app is built, so that the browser never loads the ICU parser
 * (@formatjs/icu-messageformat-parser, the larger part of intl-messageformat). The build
 * (vite.config.ts) rewrites each catalogue file with `precompile`; `createTranslator` takes a
 * message as text or compiled (message.ts). Tests and the command line read the JSON as written.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Compiled, CompiledElement } from './message';

/** The parser's syntax tree with every literal written as a bare string. */
export function compact(elements: readonly MessageFormatElement[]): Compiled {
	return elements.map((element): string | CompiledElement => {
		if (element.type === TYPE.literal) return element.value;
		const out: Record<string, unknown> = { ...element };
		if ('options' in element) {
			out.options = Object.fromEntries(
				Object.entries(element.options).map(([key, option]) => [
					key,
					{ ...option, value: compact(option.value) }
				])
			);
		}
		if (element.type === TYPE.tag) out.children = compact(element.children);
		return out as CompiledElement;
	});
}

/** A catalogue file's messages, each parsed as intl-messageformat would parse it for the locale. */
export function precompile(
	messages: Readonly<Record<string, string>>,
	locale: string
): Record<string, Compiled> {
	const at = new Intl.Locale(locale);
	return Object.fromEntries(
		Object.entries(messages).map(([key, text]) => [key, compact(parse(text, { locale: at }))])
	);
}
