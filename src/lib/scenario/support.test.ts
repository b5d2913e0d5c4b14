import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIO_2023 } from './defaults';
import { AGAINST_ALL, referenceTotal, setSupportShare, supportShare } from './support';

const realIds = [
	...SCENARIO_2023.parties.filter((p) => p.onOfficialBallot).map((p) => p.id),
	AGAINST_ALL
];
const sumOfShares = (s: typeof SCENARIO_2023) =>
	realIds.reduce((a, id) => a + supportShare(s, id), 0);

describe('support shares', () => {
	it('reads the official 2023 shares of valid votes', () => {
		expect(supportShare(SCENARIO_2023, 'amanat')).toBeCloseTo(53.9, 2);
		expect(supportShare(SCENARIO_2023, AGAINST_ALL)).toBeCloseTo(3.9, 2);
		expect(sumOfShares(SCENARIO_2023)).toBeCloseTo(100, 10);
	});

	it('keeps the total at 100 % and the others in proportion when one share moves', () => {
		const s = setSupportShare(SCENARIO_2023, 'amanat', 40);
		expect(supportShare(s, 'amanat')).toBeCloseTo(40, 10);
		expect(sumOfShares(s)).toBeCloseTo(100, 10);
		const ratio = supportShare(s, 'auyl') / supportShare(s, 'respublica');
		expect(ratio).toBeCloseTo(693938 / 547154, 10);
		expect(referenceTotal(s)).toBeCloseTo(referenceTotal(SCENARIO_2023), 3);
	});

	it('moves against-all like a party', () => {
		const s = setSupportShare(SCENARIO_2023, AGAINST_ALL, 10);
		expect(supportShare(s, AGAINST_ALL)).toBeCloseTo(10, 10);
		expect(sumOfShares(s)).toBeCloseTo(100, 10);
	});

	it('changes only the party itself when it was not on the real ballot', () => {
		const s = setSupportShare(SCENARIO_2023, 'alga', 12);
		expect(supportShare(s, 'alga')).toBeCloseTo(12, 10);
		expect(supportShare(s, 'amanat')).toBeCloseTo(supportShare(SCENARIO_2023, 'amanat'), 10);
	});

	it('shares the rest equally when every other share was zero', () => {
		const all = setSupportShare(SCENARIO_2023, 'amanat', 100);
		const back = setSupportShare(all, 'amanat', 30);
		expect(sumOfShares(back)).toBeCloseTo(100, 10);
		expect(supportShare(back, 'auyl')).toBeCloseTo(70 / (realIds.length - 1), 10);
	});

	it('always adds up to 100 % after any sequence of changes', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...realIds), fc.integer({ min: 0, max: 1000 })), {
					maxLength: 8
				}),
				(changes) => {
					let s = SCENARIO_2023;
					for (const [id, tenths] of changes) s = setSupportShare(s, id, tenths / 10);
					expect(sumOfShares(s)).toBeCloseTo(100, 8);
				}
			),
			{ numRuns: 200 }
		);
	});
});
