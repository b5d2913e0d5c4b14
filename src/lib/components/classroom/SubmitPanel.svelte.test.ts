import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import SubmitPanel from './SubmitPanel.svelte';

const props = (scenario = SCENARIO_2023) => ({
	exerciseId: 'teacher',
	exerciseTitle: 'A test',
	goalMet: true,
	hintsUsed: 0,
	answers: [],
	scenario,
	presetId: '2023'
});

describe('SubmitPanel (issue 13 §3: a code that cannot be made is never a silent failure)', () => {
	it('makes a code for an ordinary scenario', async () => {
		render(SubmitPanel, props());
		await page.getByLabelText('Your name').fill('Aigerim');
		await page.getByRole('button', { name: 'Make my code' }).click();
		await expect
			.element(page.getByLabelText('Your submission code'))
			.toHaveValue(expect.stringMatching(/^MLS1\./));
	});

	it('says why when no code can be made', async () => {
		// A title that is nothing once control characters are cleaned away: the code's validator
		// refuses it, and the student is told instead of left with no code and no word.
		render(SubmitPanel, { ...props(), exerciseTitle: '\u0007' });
		await page.getByLabelText('Your name').fill('Aigerim');
		await page.getByRole('button', { name: 'Make my code' }).click();
		await expect.element(page.getByRole('alert')).toHaveTextContent(/No code could be made/);
		await expect.element(page.getByLabelText('Your submission code')).not.toBeInTheDocument();
	});
});
