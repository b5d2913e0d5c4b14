/**
 * A chart.js plugin that marks the scenario's own setting on a sweep: a dashed vertical line at
 * `value` on the x scale with a short label, drawn over the lines. Its options are plain data
 * (`options.plugins.currentMarker`), so config builders stay pure and testable; no annotation
 * plugin is needed for one line.
 */
import type { ChartType, Plugin } from 'chart.js';
import { FONT_FAMILY, INK } from './theme';

export interface CurrentMarkerOptions {
	/** Where the line goes, in x-scale units; null draws nothing. */
	readonly value: number | null;
	/** Text beside the top of the line, e.g. "Current: 5%". */
	readonly label: string;
	readonly colour: string;
}

declare module 'chart.js' {
	// Declaration merging must repeat chart.js's type parameter.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	interface PluginOptionsByType<TType extends ChartType> {
		currentMarker: CurrentMarkerOptions;
	}
}

export const currentMarker: Plugin<ChartType, CurrentMarkerOptions> = {
	id: 'currentMarker',
	defaults: { value: null, label: '', colour: INK },
	afterDatasetsDraw(chart, _args, options) {
		const scale = chart.scales.x;
		if (options.value === null || !scale) return;
		const x = scale.getPixelForValue(options.value);
		const { top, bottom, left, right } = chart.chartArea;
		if (x < left - 1 || x > right + 1) return;
		const ctx = chart.ctx;
		ctx.save();
		ctx.strokeStyle = options.colour;
		ctx.fillStyle = options.colour;
		ctx.lineWidth = 2;
		ctx.setLineDash([6, 4]);
		ctx.beginPath();
		ctx.moveTo(x, top);
		ctx.lineTo(x, bottom);
		ctx.stroke();
		if (options.label) {
			ctx.setLineDash([]);
			ctx.font = `600 12px ${FONT_FAMILY}`;
			// Keep the label inside the plot: to the right of the line unless it would overflow.
			const width = ctx.measureText(options.label).width;
			const toRight = x + 6 + width <= right;
			ctx.textAlign = toRight ? 'left' : 'right';
			ctx.textBaseline = 'top';
			ctx.fillText(options.label, toRight ? x + 6 : x - 6, top + 4);
		}
		ctx.restore();
	}
};
