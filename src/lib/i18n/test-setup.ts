/**
 * Tests see every message, as the app does once a page or panel has loaded its sections: each
 * test file starts with all of them in English, and `i18n.use` brings the same in Kazakh or
 * Russian.
 */
import { i18n } from './locale.svelte';
import { SECTIONS } from './sections';

await i18n.need(...SECTIONS);
