import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { PRESETS } from './presets';

describe('PRESETS', () => {
	it.each(PRESETS.map((p) => p.id))('%s has a name and a one-line description', (id) => {
		const messages: Record<string, string> = en;
		expect(messages[`preset.${id}.name`]).toMatch(/\S/);
		expect(messages[`preset.${id}.description`]).toMatch(/^[^\n]+$/);
	});

	it.each(PRESETS.filter((p) => p.year === null).map((p) => p.id))(
		'labels the reform idea %s as hypothetical',
		(id) => {
			const messages: Record<string, string> = en;
			expect(messages[`preset.${id}.description`]).toContain('Hypothetical');
		}
	);

	it('has unique ids', () => {
		const ids = PRESETS.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
