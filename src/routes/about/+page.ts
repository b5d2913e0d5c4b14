import { i18n } from '$lib/i18n';
import type { PageLoad } from './$types';

/** The page's long texts travel with this page only, and arrive before it is drawn. */
export const load: PageLoad = () => i18n.need('about');
