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
