/**
 * Zod without run-time code generation. By default zod 4 compiles a fast validator for each
 * object schema with the `Function` constructor, which a strict Content-Security-Policy (no
 * 'unsafe-eval', see svelte.config.js) forbids, and probing for it is itself reported as a CSP
 * violation. `jitless` makes every schema interpret its definition instead — a little slower,
 * never eval. The flag is read when a schema is built, so every module that builds schemas
 * imports this module first (before any `z.object(...)` at its top level runs).
 * @see https://zod.dev/api#config (z.config)
 */
import { config } from 'zod/mini';

config({ jitless: true });
