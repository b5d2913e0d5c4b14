/**
 * `npm run bench`: how long the engine takes, in microseconds, on this machine.
 * - one allocation of 98 seats among 7 lists, per method (the 2023 votes);
 * - a whole scenario (targets: under 0.2 ms median) and a threshold sweep (under 20 ms);
 * - a batch of 10,000 random cases through `majilis allocate --batch`'s own code path.
 */
import { Bench } from 'tinybench';
import { answerBatch } from '../src/cli/batch';
import { officialElection } from '../src/lib/data/elections';
import { allocate, METHOD_IDS } from '../src/lib/engine';
import { simulate, sweepThreshold } from '../src/lib/engine/simulate';
import { SCENARIO_2023 } from '../src/lib/scenario/defaults';

const election = officialElection(2023)!;
const lists = election.lists.map((l) => ({ id: l.id, votes: l.votes }));

const bench = new Bench({ time: 400, warmupTime: 500 });
for (const method of METHOD_IDS) {
	bench.add(`allocate 98 seats, 7 lists, ${method}`, () => {
		allocate({
			lists,
			seats: 98,
			method,
			threshold: 5,
			thresholdBase: 'valid',
			againstAll: election.againstAll ?? 0,
			invalid: 0,
			secondParty: 'off'
		});
	});
}
// A whole scenario through the district model (no official shortcut): ballot access, votes,
// 29 districts, the list tier and the metrics.
bench.add('simulate the 2023 scenario (model districts)', () => {
	simulate(SCENARIO_2023);
});
const thresholds = Array.from({ length: 151 }, (_, i) => i / 10);
bench.add('threshold sweep, 151 points 0–15 %', () => {
	sweepThreshold(SCENARIO_2023, thresholds);
});
await bench.run();

const rows = bench.tasks.map((task) => {
	const r = task.result;
	const latency = r && 'latency' in r ? r.latency : undefined;
	return {
		task: task.name,
		'median µs': latency ? (latency.p50 ?? 0) * 1000 : NaN,
		'mean µs': latency ? latency.mean * 1000 : NaN,
		samples: latency ? latency.samplesCount : 0
	};
});
console.table(
	rows.map((r) => ({
		...r,
		'median µs': r['median µs'].toFixed(1),
		'mean µs': r['mean µs'].toFixed(1)
	}))
);

// A deterministic batch of 10,000 cases (a small linear congruential generator, no Math.random).
let seed = 20230319;
const next = (n: number) => {
	seed = (seed * 1103515245 + 12345) % 2147483648;
	return seed % n;
};
const lines: string[] = [];
for (let id = 0; id < 10_000; id++) {
	const votes: Record<string, number> = {};
	for (let j = 0, n = 2 + next(8); j < n; j++) votes[`p${j}`] = next(4_000_000);
	lines.push(
		JSON.stringify({
			id,
			method: METHOD_IDS[next(METHOD_IDS.length)],
			seats: [29, 69, 98][next(3)],
			threshold: [0, 3, 5, 7][next(4)],
			againstAll: next(300_000),
			votes
		})
	);
}
const text = lines.join('\n');
answerBatch(text); // warm up
const start = performance.now();
answerBatch(text);
const ms = performance.now() - start;
console.log(`batch of 10,000 cases (parse, validate, allocate, print): ${ms.toFixed(0)} ms`);
