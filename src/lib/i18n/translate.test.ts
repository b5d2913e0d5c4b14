import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import about from './en/about.json';
import background from './en/background.json';
import { en } from './en';
import uncertainty from './en/uncertainty.json';
import { createTranslator, type Catalogue } from './translate';

describe('the English catalogue', () => {
	it.each(Object.entries({ ...en, ...about, ...background, ...uncertainty }))(
		'parses %s as ICU MessageFormat',
		(_, message) => {
			expect(() => new IntlMessageFormat(message, 'en')).not.toThrow();
		}
	);
});

describe('createTranslator', () => {
	const t = createTranslator('en');

	it('chooses the plural form by count', () => {
		expect(t('controls.listSeats', { count: 1 })).toBe('1 seat from party lists');
		expect(t('controls.listSeats', { count: 69 })).toBe('69 seats from party lists');
	});

	it('chooses a branch by select', () => {
		const values = { party: 'Amanat', list: 46, listTotal: 69, seats: 68, house: 98 };
		expect(t('sim.announce', { ...values, line: 'twoThirds' })).toBe(
			'Amanat: 46 of 69 list seats, 68 of 98 — above two-thirds.'
		);
		expect(t('sim.announce', { ...values, line: 'none' })).toContain('no majority');
	});

	it('formats numbers with the locale grouping', () => {
		const catalogue = { 'controls.listSeats': '{n, number} votes' } as unknown as Catalogue;
		expect(createTranslator('en', catalogue)('controls.listSeats', { n: 5971719 })).toBe(
			'5,971,719 votes'
		);
	});
});
