import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from '../scenario/defaults';
import { monteCarlo } from '../scenario/montecarlo';
import { officialDistrictsFor } from '../scenario/presets';
import { seatRanges } from './ranges';

const official = officialDistrictsFor(SCENARIO_2023);

describe('seatRanges', () => {
	it.each([
		[2, 1],
		[5, 9]
	])(
		'gives each party and the self-nominated their 5th–95th percentile (error %d, seed %d)',
		(error, seed) => {
			const result = monteCarlo(SCENARIO_2023, { runs: 300, error, seed, official });
			const ranges = seatRanges(result);
			expect([ranges.runs, ranges.error]).toEqual([300, error]);
			for (const p of result.parties) {
				expect(ranges.byRow.get(p.id)).toEqual({ low: p.seats.p5, high: p.seats.p95 });
			}
			expect(ranges.byRow.get('independent')).toEqual({
				low: result.independents.p5,
				high: result.independents.p95
			});
		}
	);

	it('gives 0 to 0 to every row when no run gives anyone a seat', () => {
		// No list reaches a threshold of 100 %, and there are no districts.
		const empty = {
			...SCENARIO_2023,
			list: { ...SCENARIO_2023.list, threshold: 100 },
			districtSeats: 0
		};
		const ranges = seatRanges(monteCarlo(empty, { runs: 20, error: 0, seed: 1 }));
		expect([...ranges.byRow.values()].every((r) => r.low === 0 && r.high === 0)).toBe(true);
	});
});
