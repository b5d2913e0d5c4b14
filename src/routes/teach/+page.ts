import { TEACHER_SECTIONS, i18n } from '$lib/i18n';
import type { PageLoad } from './$types';

/** The teacher's pages alone load the answer key (see $lib/i18n/sections.ts). */
export const load: PageLoad = () => i18n.need(...TEACHER_SECTIONS);
