/**
 * The only place chart.js is set up: registers just the pieces the charts use, so the bundler
 * drops the rest of the library (no `chart.js/auto`). Importing this module registers them once;
 * ES modules are evaluated once per page.
 * @see https://www.chartjs.org/docs/4.4.1/getting-started/integration.html#bundlers-webpack-rollup-etc
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';
import { currentMarker } from './marker';
import { FONT_FAMILY, INK } from './theme';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	LineController,
	LineElement,
	PointElement,
	LinearScale,
	Legend,
	Tooltip,
	currentMarker
);

// Axis and legend text in the page's font and ink rather than chart.js's grey (#666).
Chart.defaults.font.family = FONT_FAMILY;
Chart.defaults.color = INK;

export { Chart };
