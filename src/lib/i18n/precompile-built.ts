/**
 * Stands in for precompile.ts in the built app (see vite.config.ts), whose messages are all
 * parsed when it is built: the browser never loads the ICU parser.
 */
import type { Compiled } from './message';

export function compile(text: string): Compiled {
	throw new Error(`The built app's messages are parsed when it is built, not "${text}"`);
}
