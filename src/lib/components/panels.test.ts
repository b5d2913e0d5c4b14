import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAZY_PARTS } from '../../../svelte.config.js';
import { PANEL_IDS, panelFromHash } from './panels';

/** The components a file fetches with `import('./….svelte')`, as paths under components/. */
function fetched(file: string): string[] {
	const source = readFileSync(new URL(file, import.meta.url), 'utf8');
	return [...source.matchAll(/import\('\.\/([\w/]+\.svelte)'\)/g)].map((m) => m[1]!);
}

describe('components fetched when first shown', () => {
	it.each([['panels.ts'], ['ShortcutsHelp.svelte']])(
		'%s fetches only components whose styles travel in their scripts',
		(file) => {
			const components = fetched(`./${file}`);
			expect(components.length).toBeGreaterThan(0);
			for (const component of components) expect(LAZY_PARTS).toContain(component);
		}
	);

	it('are each fetched by one of them', () => {
		const all = [...fetched('./panels.ts'), ...fetched('./ShortcutsHelp.svelte')];
		expect([...LAZY_PARTS].sort()).toEqual([...new Set(all)].sort());
	});
});

describe('panelFromHash', () => {
	it.each(PANEL_IDS.map((id) => [`#${id}`, id]))('%s opens %s', (hash, id) => {
		expect(panelFromHash(hash)).toBe(id);
	});

	it.each(['', '#', '#nothing', 'seats-'])('%j opens none', (hash) => {
		expect(panelFromHash(hash)).toBeNull();
	});
});
