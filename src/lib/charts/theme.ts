/**
 * Canvas text and lines in the page's look (app.css). Kept free of imports so that the chart.js
 * chunk does not pull in the scenario data.
 */

/** The page's font, for text drawn on the canvas. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** The page's ink (--ink), 15:1 on white: axis text, bar outlines, the current-setting line. */
export const INK = '#1b1f24';
