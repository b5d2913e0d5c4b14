/**
 * The uncertainty panel's Web Worker: runs the Monte-Carlo off the page's thread, in slices of
 * about 25 ms, reporting progress after each. A new start or a cancel ends the running job at its
 * next slice, so a scenario change restarts the work without waiting for it.
 */
import { startMonteCarlo } from '../scenario/montecarlo';
import { officialDistrictsFor } from '../scenario/presets';
import type { FromWorker, ToWorker } from './protocol';

const SLICE_MS = 25;
let current = 0;

const post = (message: FromWorker) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	if (message.type === 'cancel') {
		current = 0;
		return;
	}
	const id = message.job;
	current = id;
	let job: ReturnType<typeof startMonteCarlo>;
	try {
		job = startMonteCarlo(message.scenario, {
			runs: message.runs,
			error: message.error,
			seed: message.seed,
			official: officialDistrictsFor(message.scenario)
		});
	} catch (error) {
		post({ type: 'failed', job: id, message: String(error) });
		return;
	}
	const slice = () => {
		if (current !== id) return;
		const start = performance.now();
		let done = job.step(50);
		while (!job.done && performance.now() - start < SLICE_MS) done = job.step(50);
		post({ type: 'progress', job: id, done, runs: message.runs });
		if (job.done) post({ type: 'result', job: id, result: job.result() });
		else setTimeout(slice, 0);
	};
	// Let a cancel or a newer start that is already queued go first.
	setTimeout(slice, 0);
};
