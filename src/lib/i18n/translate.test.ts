import { describe, expect, it } from 'vitest';
import { createTranslator } from './translate';

describe('createTranslator', () => {
	const t = createTranslator('en');

	it('formats numbers with the locale grouping', () => {
		expect(
			t('home.quota', {
				votes: 5971719,
				seats: 69,
				quota: '86,546.65',
				whole: 67,
				left: 2,
				order: 'x'
			})
		).toContain('5,971,719 admitted votes');
	});

	it('chooses the plural form by count', () => {
		const one = t('home.quota', { votes: 1, seats: 1, quota: '1', whole: 0, left: 1, order: 'x' });
		const two = t('home.quota', { votes: 1, seats: 1, quota: '1', whole: 0, left: 2, order: 'x' });
		expect(one).toContain('1 seat to');
		expect(two).toContain('2 seats to');
	});
});
