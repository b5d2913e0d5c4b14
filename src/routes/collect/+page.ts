import { CLASSROOM_SECTIONS, i18n } from '$lib/i18n';
import type { PageLoad } from './$types';

/** The page's messages arrive before it is drawn (see $lib/i18n/sections.ts). */
export const load: PageLoad = () => i18n.need(...CLASSROOM_SECTIONS);
