import { page, userEvent } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import NumberInput from './NumberInput.svelte';

describe('NumberInput', () => {
	it('refuses a value outside its range, naming the range, and keeps the old one', async () => {
		const accepted: number[] = [];
		render(NumberInput, {
			id: 'seats',
			value: 29,
			min: 0,
			max: 98,
			step: 1,
			label: 'District seats',
			onaccept: (v: number) => accepted.push(v)
		});
		const box = page.getByRole('textbox', { name: 'District seats' });
		await userEvent.fill(box, '120');
		await userEvent.keyboard('{Tab}');
		await expect.element(page.getByText(/Type a number from 0 to 98/)).toBeVisible();
		await userEvent.fill(box, '40');
		await userEvent.keyboard('{Tab}');
		expect(accepted).toEqual([40]);
	});

	it('without bounds, says only that the text is not a number', async () => {
		const accepted: number[] = [];
		render(NumberInput, {
			id: 'from',
			value: 0,
			min: -Infinity,
			max: Infinity,
			label: 'From',
			onaccept: (v: number) => accepted.push(v)
		});
		const box = page.getByRole('textbox', { name: 'From' });
		await userEvent.fill(box, 'abc');
		await userEvent.keyboard('{Tab}');
		await expect
			.element(page.getByText('“abc” is not a number. The value has not changed.'))
			.toBeVisible();
		await userEvent.fill(box, '-12.5');
		await userEvent.keyboard('{Tab}');
		expect(accepted).toEqual([-12.5]);
	});
});
