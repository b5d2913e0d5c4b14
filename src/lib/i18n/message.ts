/**
 * A message as a catalogue holds it. Written, it is ICU MessageFormat text; in the built app it
 * arrives parsed (see precompile.ts), as a compact syntax tree — the parser's, with each piece of
 * plain text written as a bare string — so that the browser never loads the ICU parser.
 * @see https://formatjs.github.io/docs/intl-messageformat/#message-syntax
 */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** A parsed message: plain text as strings, every other element as the parser made it. */
export type Compiled = readonly (string | CompiledElement)[];
/** An element whose options or children are themselves compiled. */
export type CompiledElement = Record<string, unknown> & {
	readonly type: number;
	readonly options?: Readonly<Record<string, { readonly value: Compiled }>>;
	readonly children?: Compiled;
};
export type Message = string | Compiled;

/**
 * Text with none of the characters that can start ICU syntax ({ } for arguments, ' for quoting,
 * < for tags, # in plurals) is its own message: nothing to parse.
 */
export const PLAIN_TEXT = /^[^{}'<#]*$/;

/** The literal element's type in the parser's syntax tree (TYPE.literal). */
const LITERAL = 0;

/** A compiled message whose whole is plain text, or null. */
export function plainText(message: Compiled): string | null {
	if (message.length === 0) return '';
	return message.length === 1 && typeof message[0] === 'string' ? message[0] : null;
}

/** The syntax tree intl-messageformat formats, from its compact form. */
export function expand(message: Compiled): MessageFormatElement[] {
	return message.map((element) => {
		if (typeof element === 'string') return { type: LITERAL, value: element };
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
