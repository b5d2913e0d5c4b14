/**
 * Draws a small class chart once on a canvas nobody sees, while the collect page is idle. The
 * first chart Chart.js draws on a page runs its code cold (about 25 ms of CPU here, more than a
 * frame on a busy school computer); drawn once beforehand, the class's real chart takes a
 * fraction of that when the codes arrive, so showing the class never blocks the page.
 */
import { classSeatsConfig } from './class-seats';
import { Chart } from './register';
import type { ChartText } from './style';

export function warmClassChart(text: ChartText): void {
	const canvas = document.createElement('canvas');
	canvas.width = 480;
	canvas.height = 240;
	const config = classSeatsConfig(
		{
			rows: ['a', 'b', 'c'].map((party, i) => ({
				party,
				min: i,
				median: i + 1,
				max: i + 2,
				counts: [
					{ seats: i, students: 1 },
					{ seats: i + 2, students: 2 }
				],
				official: i + 1
			})),
			name: (party) => party,
			colour: () => '#1f5fa8',
			officialYear: 2023
		},
		text
	);
	const chart = new Chart(canvas, {
		...config,
		options: { ...config.options, responsive: false, animation: false }
	});
	chart.destroy();
}
