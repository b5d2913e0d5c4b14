import { i18n } from '$lib/i18n';
import type { Section } from '$lib/i18n/sections';

/** The panels under the chamber, in tab order; the open one is kept in the URL's fragment. */
export const PANEL_IDS = [
	'seats',
	'list',
	'districts',
	'charts',
	'ballot',
	'metrics',
	'uncertainty',
	'compare',
	'share'
] as const;

export type PanelId = (typeof PANEL_IDS)[number];

/** The panel a URL fragment names ("#charts"), or null when it names none. */
export function panelFromHash(hash: string): PanelId | null {
	const id = hash.replace(/^#/, '');
	return (PANEL_IDS as readonly string[]).includes(id) ? (id as PanelId) : null;
}

/**
 * The parts of the simulator that are not in its first frame — every panel but the seats table,
 * and a seat's story — each fetched with the message sections it shows when it first opens, so
 * the first page does not carry them. Once fetched, a part is handed back at once (not as a
 * promise), so an `{#await}` over it draws it in the same frame when it opens again.
 */
const PARTS = {
	list: () => withMessages(import('./explain/ListTierExplanation.svelte'), 'explain'),
	districts: () => withMessages(import('./explain/DistrictsExplanation.svelte'), 'explain'),
	story: () => withMessages(import('./explain/SeatStory.svelte'), 'explain'),
	charts: () => withMessages(import('./charts/ChartsPanel.svelte'), 'charts'),
	ballot: () => withMessages(import('./results/BallotPanel.svelte'), 'results-panels'),
	metrics: () => withMessages(import('./results/MetricsPanel.svelte'), 'results-panels'),
	uncertainty: () =>
		withMessages(import('./uncertainty/UncertaintyPanel.svelte'), 'uncertainty', 'charts'),
	compare: () => withMessages(import('./results/CompareTable.svelte'), 'results-panels'),
	share: () => withMessages(import('./ShareTools.svelte'), 'share', 'classroom')
} as const;

type Parts = typeof PARTS;
export type PartId = keyof Parts;
type PartOf<K extends PartId> = Awaited<ReturnType<Parts[K]>>;

const fetched = new Map<PartId, unknown>();

/** A part of the simulator: the component itself once fetched, else a promise of it. */
export function part<K extends PartId>(id: K): PartOf<K> | Promise<PartOf<K>> {
	if (fetched.has(id)) return fetched.get(id) as PartOf<K>;
	return (PARTS[id]() as Promise<PartOf<K>>).then((component) => {
		fetched.set(id, component);
		return component;
	});
}

/** A component with the messages it shows, both here before it is drawn. */
async function withMessages<T>(
	component: Promise<{ default: T }>,
	...sections: Section[]
): Promise<T> {
	const [module] = await Promise.all([component, i18n.need(...sections)]);
	return module.default;
}
