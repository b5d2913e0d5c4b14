import { expect, test } from '@playwright/test';
import { OFFICIAL_ELECTIONS } from '../src/lib/data/elections';

/**
 * Every earlier election opened in Kazakh and in Russian names its parties in that language: the
 * short names in the chamber's legend, the full official names in the seats table, and no party
 * name in English in either.
 */
const historic = OFFICIAL_ELECTIONS.filter((e) => e.year < 2023);

for (const election of historic) {
	for (const lang of ['kk', 'ru'] as const) {
		test(`the ${election.year} preset in ${lang} names every party in ${lang}`, async ({
			page
		}) => {
			await page.goto(`/?preset=${election.year}&lang=${lang}`, { waitUntil: 'networkidle' });
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			const legend = page.getByRole('figure').first().getByRole('listitem');
			// The seats table, by the full names; the tally beside the chamber uses the short ones.
			const table = page.getByRole('table').nth(1);
			const rows = table.getByRole('rowheader');

			const winners = election.lists.filter((list) => list.listSeats > 0);
			for (const list of winners)
				await expect(legend.filter({ hasText: list.shortName[lang] })).toHaveCount(1);
			for (const list of election.lists)
				await expect(rows.filter({ hasText: list.name[lang] })).toHaveCount(1);

			const shown = [...(await legend.allInnerTexts()), ...(await rows.allInnerTexts())].join('\n');
			const english = election.lists.flatMap((list) => [list.name.en, list.shortName.en]);
			expect(english.filter((name) => shown.includes(name))).toEqual([]);
			// Only the names registered in Latin letters may be written in Latin (e.g. "now AMANAT").
			expect(shown.replaceAll('AMANAT', '').replaceAll('Respublica', '')).not.toMatch(/[A-Za-z]/);
		});
	}
}
