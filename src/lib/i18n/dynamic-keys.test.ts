import { describe, expect, it } from 'vitest';
import { METHOD_IDS, SECOND_PARTY_RULES, THRESHOLD_BASES } from '../engine';
import { en } from './en';

/** Keys the controls build from a value at run time, which the type checker cannot see. */
const dynamicKeys = [
	...METHOD_IDS.map((m) => `controls.method.${m}`),
	...THRESHOLD_BASES.map((b) => `controls.base.${b}`),
	...SECOND_PARTY_RULES.map((r) => `controls.secondParty.${r}`),
	...['stay-home', 'against-all', 'spread', 'to-party'].map((c) => `controls.offBallot.${c}`)
];

describe('message keys built at run time', () => {
	it.each(dynamicKeys)('%s is in the catalogue', (key) => {
		expect((en as Record<string, string>)[key]).toMatch(/\S/);
	});
});
