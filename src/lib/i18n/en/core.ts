/**
 * The English sections every page's first frame needs: the header's (app) and the simulator's
 * on the home page (presets, controls, results). They ship with the first page; every other
 * section loads when the page or panel that shows it loads (../sections.ts).
 */
import app from './app.json';
import controls from './controls.json';
import presets from './presets.json';
import results from './results.json';

export const CORE_SECTIONS = ['app', 'presets', 'controls', 'results'] as const;

export const core: Readonly<Record<string, string>> = {
	...app,
	...presets,
	...controls,
	...results
};
