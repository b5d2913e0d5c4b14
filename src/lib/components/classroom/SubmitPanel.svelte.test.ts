import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { readCode } from '$lib/classroom/submission-code';
import { SCENARIO_2023 } from '$lib/scenario/defaults';
import SubmitPanel from './SubmitPanel.svelte';

const props = (answers: string[] = [], askWritten = false) => ({
	exerciseId: 'seven-percent-2023',
	exerciseTitle: 'A test',
	goalMet: true,
	hintsUsed: 0,
	answers,
	scenario: SCENARIO_2023,
	presetId: '2023',
	reopened: 1,
	askWritten
});

const shown = async (label: string) =>
	((await page.getByLabelText(label).element()) as HTMLTextAreaElement).value;

describe('SubmitPanel', () => {
	it('makes a short code in groups of four, which reads back with the label', async () => {
		render(SubmitPanel, props(['7']));
		await page.getByLabelText('Your name').fill('Aigerim S.');
		await page.getByRole('button', { name: 'Make my code' }).click();
		await expect.element(page.getByLabelText('Your submission code')).toBeVisible();
		const code = await shown('Your submission code');
		expect(code).toMatch(/^([2-9A-HJKMNP-Z]{4} )*[2-9A-HJKMNP-Z]{1,4}$/);
		expect(code.replace(/ /g, '').length).toBeLessThanOrEqual(60);
		const read = readCode(code);
		expect(read.ok && read.kind === 'main' && read.main).toMatchObject({
			label: 'Aigerim S.',
			reopened: 1,
			answers: ['7']
		});
		await expect
			.element(page.getByRole('img', { name: 'QR code of your submission code' }))
			.toBeVisible();
	});

	it('says what the code will carry of a name it cannot hold whole', async () => {
		render(SubmitPanel, props());
		await page.getByLabelText('Your name').fill('Zoë ☺');
		await expect.element(page.getByText('Your code will carry your name as “Zoe”.')).toBeVisible();
	});

	it('adds the written-answers code only when the teacher asked for it', async () => {
		render(SubmitPanel, props(['Because the quota rounds down.'], true));
		await page.getByLabelText('Your name').fill('Dana');
		await page.getByRole('button', { name: 'Make my code' }).click();
		const written = await shown('Written-answers code');
		expect(readCode(written)).toMatchObject({
			ok: true,
			kind: 'written',
			answers: ['Because the quota rounds down.']
		});
		await expect
			.element(page.getByRole('img', { name: 'QR code of your written answers' }))
			.toBeVisible();
	});

	it('keeps the words on the page when the teacher did not ask, and says so', async () => {
		render(SubmitPanel, props(['Because the quota rounds down.']));
		await page.getByLabelText('Your name').fill('Dana');
		await page.getByRole('button', { name: 'Make my code' }).click();
		await expect.element(page.getByText(/Your answers in words are not in the code/)).toBeVisible();
		await expect.element(page.getByLabelText('Written-answers code')).not.toBeInTheDocument();
	});

	it('says why when no code can be made', async () => {
		// An exercise id no code can name: the student is told instead of left with no code.
		render(SubmitPanel, { ...props(), exerciseId: 'teacher' });
		await page.getByLabelText('Your name').fill('Aigerim');
		await page.getByRole('button', { name: 'Make my code' }).click();
		await expect.element(page.getByRole('alert')).toHaveTextContent(/No code could be made/);
		await expect.element(page.getByLabelText('Your submission code')).not.toBeInTheDocument();
	});
});
