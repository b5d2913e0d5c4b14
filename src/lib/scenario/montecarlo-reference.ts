/**
 * For tests only: each Monte-Carlo run as it was first written — the drawn scenario built as a
 * `Scenario` object and seated in full by `chamberSeats` (objects, records, the district model's
 * own `runDistrictWins`). The fast runs of montecarlo.ts must give exactly what this gives.
 */
import { stream } from '../engine/random';
import { gamma, outcomeOf, type RunSampler, type SamplerSetup } from './montecarlo';
import { chamberSeats } from './simulate';
import type { Scenario } from './types';

export function referenceSampler(setup: SamplerSetup): RunSampler {
	const { scenario: s, access, error, seed, weights, total, shapes } = setup;
	const draw = (run: number): Scenario => {
		const rng = stream(seed, run);
		const g = shapes.map((shape) => (shape > 0 ? gamma(shape, rng) : 0));
		const sum = g.reduce((a, b) => a + b, 0) || 1;
		const turnout = Math.min(100, Math.max(1, s.electorate.turnout + error * rng.normal()));
		const districtSeed = Math.floor(rng.uniform() * 2 ** 31);
		return {
			...s,
			parties: s.parties.map((p, i) =>
				weights[i]! > 0 ? { ...p, support: (g[i]! / sum) * total } : p
			),
			electorate: {
				...s.electorate,
				turnout,
				againstAll: (g[g.length - 1]! / sum) * total
			},
			districtModel: { ...s.districtModel, seed: districtSeed }
		};
	};
	return (run, out) => {
		const scenario = draw(run);
		outcomeOf(scenario, chamberSeats(scenario, access, null), out);
	};
}
