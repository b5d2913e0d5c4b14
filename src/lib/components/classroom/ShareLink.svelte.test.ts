import { page } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ShareLink from './ShareLink.svelte';

const url = 'https://majilis.example/exercises/baytaq-threshold?lang=en&written=1';

describe('ShareLink', () => {
	it('shows the link, its length, a copy button and a QR code', async () => {
		render(ShareLink, { id: 'link', url, label: 'Link for students' });
		await expect.element(page.getByLabelText('Link for students')).toHaveValue(url);
		await expect.element(page.getByText(`${url.length} characters`)).toBeVisible();
		await expect.element(page.getByRole('button', { name: 'Copy the link' })).toBeVisible();
		await expect
			.element(page.getByRole('img', { name: 'QR code of the link for students' }))
			.toBeVisible();
	});

	it('says so when a link is too long for a QR code, and draws none for the teacher’s link', async () => {
		const long = `${url}&x=${'a'.repeat(3_000)}`;
		render(ShareLink, { id: 'long', url: long, label: 'Long' });
		await expect.element(page.getByText(/too long for a QR code/)).toBeVisible();
		render(ShareLink, { id: 'teacher', url, label: 'Teacher', qr: false });
		await expect.element(page.getByRole('img')).not.toBeInTheDocument();
	});
});
