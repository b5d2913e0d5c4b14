/**
 * The app's translator. English only for now: Kazakh and Russian catalogues and the language
 * switch come with their own issue, and will replace this constant with locale state.
 */
import { createTranslator } from './translate';

export * from './translate';
export const t = createTranslator('en');
