/** The seat engine: pure TypeScript, no Svelte, no DOM, no text for people. */
export * from './allocate';
export * from './exact';
export * from './highest-averages';
export * from './largest-remainder';
export * from './methods';
export * from './metrics';
export * from './threshold';
export * from './ties';
