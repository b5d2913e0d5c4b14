/** Messages, formatting and the current language. */
export * from './format';
export { i18n } from './locale.svelte';
export * from './translate';
