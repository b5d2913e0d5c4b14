/**
 * The Kazakh and Russian catalogues use the glossary's one term per concept: no variant it lists
 * to avoid, and the chosen term wherever the English message names the concept.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { GLOSSARY } from './glossary';

type Catalogue = Record<string, string>;

function load(locale: string): Catalogue {
	const dir = new URL(`./${locale}/`, import.meta.url);
	return Object.assign(
		{},
		...readdirSync(dir)
			.filter((file) => file.endsWith('.json'))
			.map((file) => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Catalogue)
	) as Catalogue;
}

const english = load('en');
const catalogues = { ru: load('ru'), kk: load('kk') } as const;
const locales = ['ru', 'kk'] as const;

describe('the glossary', () => {
	it('has one entry per concept, each with a term in every language and a note', () => {
		const concepts = GLOSSARY.map((t) => t.concept);
		expect(new Set(concepts).size).toBe(concepts.length);
		for (const term of GLOSSARY) {
			for (const locale of ['en', 'ru', 'kk'] as const) expect(term.term[locale]).not.toBe('');
			expect(term.note.length).toBeGreaterThan(20);
		}
	});

	it('lists no avoided variant that would match its own chosen term', () => {
		for (const term of GLOSSARY)
			for (const locale of locales)
				for (const variant of term.avoid?.[locale] ?? [])
					expect(term.term[locale], `${term.concept} (${locale})`).not.toMatch(variant);
	});

	it('exempts only keys that exist', () => {
		const keys = Object.keys(english);
		for (const term of GLOSSARY)
			for (const pattern of term.exceptKeys ?? [])
				expect(
					keys.some((k) => pattern.test(k)),
					String(pattern)
				).toBe(true);
	});
});

describe.each(locales)('the %s catalogue', (locale) => {
	const catalogue = catalogues[locale];

	it.each(GLOSSARY.filter((t) => t.avoid?.[locale]))(
		'avoids the variants of "$concept"',
		(term) => {
			const found: string[] = [];
			for (const [key, message] of Object.entries(catalogue)) {
				if (term.exceptKeys?.some((pattern) => pattern.test(key))) continue;
				let text = message;
				for (const sense of term.otherSenses ?? []) text = text.replace(sense, '');
				for (const variant of term.avoid![locale]!) {
					const hit = text.match(variant);
					if (hit) found.push(`${key}: «${hit[0]}»`);
				}
			}
			expect(found).toEqual([]);
		}
	);

	it.each(GLOSSARY.filter((t) => t.expect?.translated[locale]))(
		'uses the chosen term wherever English names "$concept"',
		(term) => {
			const missing = Object.entries(english)
				.filter(([key]) => !term.exceptKeys?.some((pattern) => pattern.test(key)))
				.filter(([, message]) => term.expect!.english.test(message))
				.filter(([key]) => !term.expect!.translated[locale]!.test(catalogue[key] ?? ''))
				.map(([key]) => key);
			expect(missing).toEqual([]);
		}
	);
});
