/**
 * The seat engine: pure TypeScript, no Svelte, no DOM, no text for people. For the CLI, batches
 * and tests; the page imports single modules (`./methods`, `./list-tier` …), because this barrel
 * brings in `./allocate` and the fast path, which the page's first load does without.
 */
export * from './allocate';
export * from './exact';
export * from './highest-averages';
export * from './largest-remainder';
export * from './methods';
export * from './metrics';
export * from './threshold';
export * from './ties';
