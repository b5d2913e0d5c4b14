/**
 * The one way a component draws a chart: `<canvas {@attach chart(() => config)}>`.
 * The chart is created once when the canvas mounts; when the config changes, its data and options
 * are updated in place, keeping each dataset object so that Chart.js animates from the old values
 * to the new instead of redrawing from scratch. Chart.js gets plain snapshots of the data, never
 * Svelte proxies (it writes to its data and would trip over them). Animation is off while the
 * person asks for reduced motion, and the chart is destroyed with the canvas.
 * A `.svelte.ts` module because it uses runes (`$effect`, `$state.snapshot`).
 * @see https://svelte.dev/docs/svelte/@attach
 * @see https://www.chartjs.org/docs/latest/developers/updates.html
 */
import type {
	ChartConfiguration,
	ChartData,
	ChartOptions,
	ChartType,
	DefaultDataPoint
} from 'chart.js';
import type { Attachment } from 'svelte/attachments';
import { Chart } from './register';

export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

type Dataset = Record<string, unknown> & { label?: string; data: unknown };

/** The config's data with every number array and label copied out of any proxy. */
function plainData<TType extends ChartType, TData, TLabel>(
	data: ChartData<TType, TData, TLabel>
): ChartData<TType, TData, TLabel> {
	return {
		...data,
		labels: data.labels ? $state.snapshot(data.labels) : data.labels,
		// Only the data is snapshotted: styles may hold CanvasPatterns, which cannot be cloned.
		datasets: data.datasets.map((dataset) => ({ ...dataset, data: $state.snapshot(dataset.data) }))
	} as ChartData<TType, TData, TLabel>;
}

/** A shallow copy of the options (Chart.js fills in defaults on the object it gets). */
function plainOptions<TType extends ChartType>(
	options: ChartOptions<TType> | undefined,
	reduced: boolean
): ChartOptions<TType> {
	return { ...options, ...(reduced ? { animation: false } : {}) } as ChartOptions<TType>;
}

/**
 * Moves the new datasets into the chart's, reusing the old object for the same label (or, failing
 * that, at the same position) so Chart.js keeps its elements and animates them.
 */
function mergeDatasets(current: Dataset[], next: Dataset[]): Dataset[] {
	const used: Dataset[] = [];
	return next.map((dataset, i) => {
		const match =
			current.find((old) => !used.includes(old) && old.label === dataset.label) ??
			(current[i] && !used.includes(current[i]) ? current[i] : undefined);
		if (!match) return dataset;
		used.push(match);
		for (const key of Object.keys(match)) if (!(key in dataset)) delete match[key];
		return Object.assign(match, dataset);
	});
}

export function chart<TType extends ChartType, TData = DefaultDataPoint<TType>, TLabel = unknown>(
	getConfig: () => ChartConfiguration<TType, TData, TLabel>
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		const motion = window.matchMedia(REDUCED_MOTION);
		let instance: Chart<TType, TData, TLabel> | null = null;

		// Only this inner effect reads the config, so a change updates the chart instead of
		// re-running the attachment (which would destroy and recreate it).
		$effect(() => {
			const config = getConfig();
			const data = plainData(config.data);
			const options = plainOptions(config.options, motion.matches);
			if (!instance) {
				instance = new Chart(canvas, { ...config, data, options });
				return;
			}
			instance.data.labels = data.labels;
			instance.data.datasets = mergeDatasets(
				instance.data.datasets as unknown as Dataset[],
				data.datasets as unknown as Dataset[]
			) as unknown as typeof instance.data.datasets;
			instance.options = options;
			instance.update();
		});

		const onMotionChange = () => {
			if (!instance) return;
			instance.options = plainOptions(getConfig().options, motion.matches);
			instance.update('none');
		};
		motion.addEventListener('change', onMotionChange);

		return () => {
			motion.removeEventListener('change', onMotionChange);
			instance?.destroy();
			instance = null;
		};
	};
}
