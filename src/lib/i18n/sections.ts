/**
 * The catalogue's sections — one JSON file per area of the app in each language — and how the
 * app fetches them. The first page ships only the English sections its first frame needs
 * (./en/core.ts); a page loads its own sections before it renders (its `load`), a panel with
 * its component, and a language its copy of every section loaded so far (see locale.svelte.ts).
 * So nobody downloads the About page's long texts to use the simulator, three languages to read
 * one, or the exercises' answer key (exercises-key) outside the teacher's pages.
 */
import { CORE_SECTIONS } from './en/core';
import type { Locale } from './translate';

export const SECTIONS = [
	...CORE_SECTIONS,
	'sim-more',
	'results-panels',
	'charts',
	'explain',
	'share',
	'shortcuts',
	'classroom',
	'teacher',
	'exercises',
	'exercises-key',
	'about',
	'background',
	'uncertainty'
] as const;

export type Section = (typeof SECTIONS)[number];

export const CORE: ReadonlySet<Section> = new Set(CORE_SECTIONS);

/** What a student's classroom pages show (/exercises, an exercise, /collect): no answer key. */
export const CLASSROOM_SECTIONS: readonly Section[] = [
	'classroom',
	'teacher',
	'exercises',
	'share',
	'charts'
];

/** What the teacher's pages (/teach, /teach/key) show: the classroom's and the answer key. */
export const TEACHER_SECTIONS: readonly Section[] = [...CLASSROOM_SECTIONS, 'exercises-key'];

type Messages = Readonly<Record<string, string>>;

/** Every English file but the core, which is already here; each becomes its own small chunk. */
const ENGLISH = import.meta.glob<{ default: Messages }>([
	'./en/*.json',
	'!./en/app.json',
	'!./en/presets.json',
	'!./en/controls.json',
	'!./en/results.json'
]);

/** Fetches one section of one language (the English core needs no fetching: see en/core.ts). */
export async function fetchSection(locale: Locale, section: Section): Promise<Messages> {
	const path = `./${locale}/${section}.json`;
	const load = locale === 'en' ? ENGLISH[path] : (await import('./translated')).TRANSLATED[path];
	if (!load) throw new Error(`no messages ${locale}/${section}`);
	return (await load()).default;
}
