import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { officialElection } from '$lib/data/elections';
import OfficialListTable from './OfficialListTable.svelte';

describe('OfficialListTable', () => {
	it('shows the engine seats beside the official seats for 2023', async () => {
		render(OfficialListTable, { election: officialElection(2023)! });
		const table = page.getByRole('table', { name: /Party-list vote and list seats/ });
		await expect.element(table).toBeVisible();
		const amanat = page.getByRole('row', { name: /Amanat/ });
		await expect.element(amanat).toHaveTextContent('3,431,510');
		await expect.element(amanat.getByRole('cell').nth(3)).toHaveTextContent('40');
		await expect.element(amanat.getByRole('cell').nth(4)).toHaveTextContent('40');
	});

	it('explains the quota and the remainder seats in a sentence', async () => {
		render(OfficialListTable, { election: officialElection(2023)! });
		await expect
			.element(page.getByText(/5,971,719 admitted votes ÷ 69 seats/))
			.toHaveTextContent(/2 seats to the largest remainders/);
	});
});
