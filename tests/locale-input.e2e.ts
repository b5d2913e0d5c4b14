/**
 * The reader's language first: typed numbers read as the page's language writes them, values that
 * cannot be used refused with a message beside the field, the app opening in the browser's
 * language, and a shared link that never shows another scenario first.
 */
import { expect, test, type Page } from '@playwright/test';

/** The chamber's one-sentence summary, as a screen reader hears it. */
const chamberSummary = (page: Page) =>
	page.getByRole('group', { name: /^(Chamber of|Места в палате|\d+ орындық)/ }).first();

test.describe('numbers typed in Russian', () => {
	test('"2,2" is a 2.2 % threshold, and Baytaq (2.30 % of the vote) enters the chamber', async ({
		page
	}) => {
		await page.goto('/?lang=ru', { waitUntil: 'networkidle' });
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		const box = page.getByRole('textbox', { name: 'Избирательный барьер (ввести значение)' });
		await box.fill('2,2');
		await box.press('Enter');
		await expect(page.getByRole('slider', { name: 'Избирательный барьер' })).toHaveValue('2.2');
		await expect(page).toHaveURL(/threshold=2\.2/);
		await expect(box).not.toHaveAttribute('aria-invalid', 'true');
		// Baytaq has seats now: it is named in the chamber's summary and legend.
		await expect(chamberSummary(page)).toHaveAttribute('aria-label', /«Байтак» \d/);
		// The point works too: "2.4" is 2.4 in Russian as well.
		await box.fill('2.4');
		await box.press('Enter');
		await expect(page.getByRole('slider', { name: 'Избирательный барьер' })).toHaveValue('2.4');
	});

	for (const [typed, message] of [
		['abc', '«abc» — не число. Введите число от 0 до 15. Значение не изменилось.'],
		['200', '200 — вне допустимого диапазона. Введите число от 0 до 15. Значение не изменилось.']
	] as const) {
		test(`"${typed}" is refused with a visible message, and nothing changes`, async ({ page }) => {
			await page.goto('/?lang=ru', { waitUntil: 'networkidle' });
			await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
			const before = await chamberSummary(page).getAttribute('aria-label');
			const box = page.getByRole('textbox', { name: 'Избирательный барьер (ввести значение)' });
			await box.fill(typed);
			await box.press('Enter');
			await expect(box).toHaveAttribute('aria-invalid', 'true');
			// The message is beside the field, read out with it, and visible.
			const describedBy = (await box.getAttribute('aria-describedby')) ?? '';
			const error = page.locator(
				`[id="${describedBy.split(' ').find((id) => id.endsWith('-error'))}"]`
			);
			await expect(error).toBeVisible();
			await expect(error).toHaveText(message);
			await expect(error).toHaveAttribute('aria-live', 'polite');
			await expect(page.getByRole('slider', { name: 'Избирательный барьер' })).toHaveValue('5');
			await expect(chamberSummary(page)).toHaveAttribute('aria-label', before ?? '');
			expect(new URL(page.url()).searchParams.has('threshold')).toBe(false);
			// A good value clears the message.
			await box.fill('7');
			await box.press('Enter');
			await expect(box).not.toHaveAttribute('aria-invalid', 'true');
			await expect(error).toHaveText('');
		});
	}
});

test('in English "2,400" is refused, not read as 2.4 or 2400', async ({ page }) => {
	await page.goto('/?lang=en', { waitUntil: 'networkidle' });
	const box = page.getByRole('textbox', { name: 'Threshold (type a value)' });
	await box.fill('2,400');
	await box.press('Enter');
	await expect(box).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('“2,400” has a comma.')).toBeVisible();
	await expect(page.getByRole('slider', { name: 'Threshold', exact: true })).toHaveValue('5');
});

for (const [browser, lang, title] of [
	['ru-RU', 'ru', 'Избирательный барьер'],
	['kk-KZ', 'kk', 'Өту шегі']
] as const) {
	test.describe(`a ${browser} browser`, () => {
		test.use({ locale: browser });
		test(`with no stored choice opens in ${lang}, and the links it makes say lang=${lang}`, async ({
			page
		}) => {
			await page.goto('/', { waitUntil: 'networkidle' });
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('slider', { name: title })).toBeVisible();
			// The browser's language is not stored: only a choice made in the menu is.
			expect(await page.evaluate(() => localStorage.getItem('majilis-lab:lang'))).toBeNull();
			const box = page.getByRole('textbox', { name: `${title} (` });
			await box.fill('7');
			await box.press('Enter');
			await expect(page).toHaveURL(new RegExp(`lang=${lang}`));
		});

		test('follows a link that names another language', async ({ page }) => {
			await page.goto('/?lang=en', { waitUntil: 'networkidle' });
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await expect(page.getByRole('slider', { name: 'Threshold', exact: true })).toBeVisible();
		});
	});
}

/** What the chamber looked like at one moment: visible, in colour, and what it says. */
interface Frame {
	readonly visible: boolean;
	readonly coloured: boolean;
	readonly label: string;
	/**
	 * Whether the page could be painted then: not while a stylesheet in the head is still loading,
	 * as browsers do not render before those arrive (they are render-blocking).
	 */
	readonly paintable: boolean;
	readonly from: 'mutation' | 'frame';
}

test('a shared link never paints the official 2023 chamber first', async ({ page }) => {
	// Before any of the page's own scripts: record the chamber on every mutation and every frame.
	await page.addInitScript(() => {
		const frames: Frame[] = [];
		(window as unknown as { frames_: Frame[] }).frames_ = frames;
		const record = (from: Frame['from']) => {
			const svg = document.querySelector('figure svg[aria-label]');
			const mark = svg?.querySelector('.seat circle:not(.target), .seat rect');
			if (!svg || !mark) return;
			frames.push({
				visible: getComputedStyle(svg).visibility === 'visible',
				// In the placeholder no seat shows a party's colour: the coloured marks are hidden.
				coloured: getComputedStyle(mark).visibility === 'visible',
				label: svg.getAttribute('aria-label') ?? '',
				paintable: [...document.querySelectorAll('link[rel="stylesheet"]')].every(
					(link) => (link as HTMLLinkElement).sheet !== null
				),
				from
			});
		};
		let queued = false;
		new MutationObserver(() => {
			if (queued) return;
			queued = true;
			queueMicrotask(() => {
				queued = false;
				record('mutation');
			});
		}).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
		const everyFrame = () => {
			record('frame');
			requestAnimationFrame(everyFrame);
		};
		requestAnimationFrame(everyFrame);
	});
	await page.goto('/?threshold=7');
	// The link's chamber arrives: Amanat has 68 seats with a 7 % threshold.
	await expect(chamberSummary(page)).toHaveAttribute('aria-label', /Amanat 68/);
	await page.waitForTimeout(200);
	const frames = await page.evaluate(() => (window as unknown as { frames_: Frame[] }).frames_);
	const painted = frames.filter((f) => f.paintable);
	expect(painted.filter((f) => f.from === 'frame').length).toBeGreaterThan(0);
	// The official 2023 chamber (Amanat 62) is never paintable in colour, at any mutation or frame.
	const official = painted.filter((f) => f.visible && f.coloured && /Amanat 62\b/.test(f.label));
	expect(official).toEqual([]);
	// Until then the chamber was there as a grey placeholder of the same size.
	expect(painted.some((f) => f.visible && !f.coloured)).toBe(true);
	expect(frames.at(-1)).toMatchObject({ visible: true, coloured: true });
});
