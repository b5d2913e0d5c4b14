/** A problem with what the user typed: the CLI prints the message on one line and exits 2. */
export class UsageError extends Error {
	override readonly name = 'UsageError';
}

/**
 * A message as one printable line: control characters (a terminal escape, a newline inside a
 * value), direction overrides and other invisible format characters are written as \u{…}
 * escapes, so what reaches the terminal is exactly one line of visible text.
 */
export function printable(message: string): string {
	return message.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) =>
		c === '\n' ? '\\n' : `\\u{${c.codePointAt(0)!.toString(16)}}`
	);
}
