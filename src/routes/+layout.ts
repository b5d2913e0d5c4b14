// A static site: every route is prerendered to plain files.
export const prerender = true;
export const trailingSlash = 'never';
