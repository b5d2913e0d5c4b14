import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * Every key the app's code builds from a prefix and a value (`t(\`collect.code.${error}\`)`):
 * a prefix no message has (a key renamed on one branch and used on another) would show the key
 * itself to people. The values are checked where they are known (above, and per component).
 */
describe('message key prefixes used at run time', () => {
	const root = fileURLToPath(new URL('../..', import.meta.url));
	const prefixes = new Set<string>();
	for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
		if (!/\.(svelte|ts)$/.test(file) || /\.test\.ts$/.test(file)) continue;
		for (const [, prefix] of readFileSync(join(root, file), 'utf8').matchAll(
			/\bt\(\s*`([A-Za-z0-9_.-]+\.)\$\{/g
		)) {
			prefixes.add(prefix!);
		}
	}
	const keys = Object.keys(en);

	it('finds the prefixes (the scan reads the sources)', () => {
		expect(prefixes).toContain('collect.code.');
	});
	it.each([...prefixes])('%s… has messages in the catalogue', (prefix) => {
		expect(keys.some((key) => key.startsWith(prefix))).toBe(true);
	});
});
