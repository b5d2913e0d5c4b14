import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESETS } from './presets';
import { describeSetKeys } from './set-help';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the README', () => {
	it.each(describeSetKeys().map(([key]) => key))('documents the --set key %s', (key) => {
		expect(readme).toMatch(new RegExp(`\\|\\s*\`${key.replace('.', '\\.')}\`\\s*\\|`));
	});

	it.each(PRESETS.map((p) => p.id))('names the preset %s', (id) => {
		expect(readme).toContain(`\`${id}\``);
	});
});
