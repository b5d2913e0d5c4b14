/** Messages, formatting and the current language. */
export * from './format';
export { i18n } from './locale.svelte';
export { CLASSROOM_SECTIONS, TEACHER_SECTIONS, type Section } from './sections';
export * from './translate';
