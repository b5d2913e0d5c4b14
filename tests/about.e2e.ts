import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const SECTION_HEADINGS = [
	'What this simulator is',
	'What it does not claim',
	'The law',
	'The model',
	'The data',
	'Sources',
	'Neutrality',
	'How to cite',
	'Privacy'
];

/** Arrive as a person does: from the home page, through the main navigation. */
async function openAbout(page: Page) {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'About', exact: true })
		.click();
	await expect(page).toHaveURL(/\/about$/);
	await expect(page.getByRole('heading', { level: 1, name: 'About Majilis Lab' })).toBeVisible();
}

test('the about page is reached from the navigation and has every section', async ({ page }) => {
	await openAbout(page);
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'About' })
	).toHaveAttribute('aria-current', 'page');
	for (const name of SECTION_HEADINGS) {
		await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
	}
	for (const name of [
		'The 2023 mixed system',
		'The party-list tier, step by step',
		'Threshold history',
		'Against all',
		'When only one list passes',
		'The district model and its calibration',
		'The integrity lens (hypothetical)'
	]) {
		await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
	}
});

test('the table of contents leads to each section', async ({ page }) => {
	await openAbout(page);
	const toc = page.getByRole('navigation', { name: 'On this page' });
	await expect(toc.getByRole('link')).toHaveCount(SECTION_HEADINGS.length);
	await toc.getByRole('link', { name: 'How to cite' }).click();
	await expect(page).toHaveURL(/#cite$/);
	await expect(page.getByRole('heading', { level: 2, name: 'How to cite' })).toBeInViewport();
});

test('assumptions and hypotheticals are labelled in words', async ({ page }) => {
	await openAbout(page);
	const model = page.getByRole('region', { name: 'The model' });
	expect(await model.getByText('Assumption', { exact: true }).count()).toBeGreaterThanOrEqual(5);
	await expect(model.getByText('Hypothetical', { exact: true })).toHaveCount(1);
});

test('sources are real links to web addresses', async ({ page }) => {
	await openAbout(page);
	const sources = page.getByRole('region', { name: 'Sources' });
	const links = sources.getByRole('link');
	expect(await links.count()).toBeGreaterThan(60);
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
		expect(href).toMatch(/^https?:\/\/[^\s]+$/);
	}
	await expect(
		sources.getByRole('link', { name: 'The Astana Times: final results of the 2023 election' })
	).toHaveAttribute('href', /astanatimes\.com\/2023\/03\/six-parties-elected/);

	// The law is cited where it is stated, not only in the list at the end.
	const law = page.getByRole('region', { name: 'The law' });
	await expect(
		law.getByRole('link', { name: 'IPU Parline: the Majilis electoral system' }).first()
	).toHaveAttribute('href', 'http://archive.ipu.org/parline-e/reports/2165_B.htm');
});

/** Hosts that once served copies of the sources: mirrors, CDN and staging copies, unrelated sites. */
const COPY_HOSTS =
	/(^|\.)(worddisk\.com|hyperlinked\.wiki|pinocchiopedia\.com|the-uncensored-wiki\.com|wikivisually\.com|zxc\.wiki|franco\.wiki|av1\.space|cryer\.org\.uk|explained\.today|cloudfront\.net|shhada\.ir|te\.gob\.mx|sapo\.pt|news\.lt|world-news247\.net|bestprofi\.com|azureedge\.net|nina\.az)$|^staging\.|^test\./;

test('no link on the about page leads to a mirror, a CDN or staging copy or a bare IP address', async ({
	page
}) => {
	await openAbout(page);
	const hrefs = await page
		.getByRole('main')
		.getByRole('link')
		.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
	const external = hrefs.filter((href) => !href.startsWith(new URL(page.url()).origin));
	expect(external.length).toBeGreaterThan(60);
	for (const href of external) {
		const host = new URL(href).hostname;
		expect(host, href).not.toMatch(COPY_HOSTS);
		expect(host, href).not.toMatch(/^\d+(\.\d+){3}$|^\[/);
		expect(new URL(href).port, href).toBe('');
	}
	// A mirrored Wikipedia article is cited as the article itself.
	await expect(
		page
			.getByRole('region', { name: 'Sources' })
			.getByRole('link', { name: /Kazakhstan's 1st electoral district/ })
	).toHaveAttribute('href', 'https://en.wikipedia.org/wiki/Kazakhstan%27s_1st_electoral_district');
	// A source whose original address is not known is named, without a link.
	const sources = page.getByRole('region', { name: 'Sources' });
	await expect(sources.getByText(/OSCE Centre in Almaty: press release/)).toBeVisible();
	await expect(sources.getByRole('link', { name: /OSCE Centre in Almaty/ })).toHaveCount(0);
});

/** Press Tab until the locator has focus; false if it is not reached in `limit` presses. */
async function tabTo(page: Page, target: Locator, limit: number): Promise<boolean> {
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		if (await target.evaluate((el) => el === document.activeElement)) return true;
	}
	return false;
}

test('the keyboard reaches the source links', async ({ page }) => {
	await openAbout(page);
	// Through the table of contents, as a keyboard user would skip the long page.
	const tocLink = page
		.getByRole('navigation', { name: 'On this page' })
		.getByRole('link', { name: 'Sources' });
	expect(await tabTo(page, tocLink, 30)).toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#sources$/);

	const sources = page.getByRole('region', { name: 'Sources' });
	const first = sources.getByRole('link').first();
	expect(await tabTo(page, first, 3)).toBe(true);
	await expect(first).toBeFocused();
	const poll = sources.getByRole('link', { name: 'DEMOSCOPE: poll of 4–11 March 2023' });
	expect(await tabTo(page, poll, 200)).toBe(true);
	await expect(poll).toBeFocused();
});

test('the citation names the address the simulator is served from', async ({ page, baseURL }) => {
	await openAbout(page);
	const cite = page.getByRole('region', { name: 'How to cite' });
	await expect(cite.getByText(/^Majilis Lab \(2026\)\. Interactive simulator/)).toContainText(
		new URL('/', baseURL).href
	);
});

test('the about page has no accessibility violations', async ({ page }) => {
	await openAbout(page);
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations).toEqual([]);
});
