/**
 * Where the Kazakh and Russian sections are: in a chunk of their own, fetched with the first of
 * them, so that a first visit in English does not carry their addresses (see sections.ts).
 */
export const TRANSLATED = import.meta.glob<{ default: Readonly<Record<string, string>> }>(
	'./{kk,ru}/*.json'
);
