import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/**
 * The student's and the teacher's views of an exercise are different: the student's page and
 * its print never show the answer key; the teacher's page does. Progress shows on the exercise
 * list and moves between browsers as a file.
 */

/** Words only the Baytaq answer key has (en/exercises.json, exercise.baytaq-threshold.answer). */
const BAYTAQ_KEY = 'at 2.31 % it stays out';
/** The full goal with its range, which only the teacher sees. */
const BAYTAQ_RANGE = /Threshold from 2\.2 to 2\.3/;

/** The page's text as a person or the printer sees it (hidden parts excluded). */
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText);

/** The first reflection question's answer box. */
const firstAnswer = (page: Page) =>
	page.getByLabel('Which party gave up a seat when Baytaq came in? Why that party?');

async function finishBaytaq(page: Page) {
	await page.goto('/exercises/baytaq-threshold?lang=en', { waitUntil: 'networkidle' });
	const threshold = page.getByLabel('Threshold (type a value)');
	await threshold.fill('2.3');
	await threshold.press('Enter');
	await page
		.getByLabel('Which party gave up a seat when Baytaq came in? Why that party?')
		.fill('Amanat, the largest list.');
	await page.getByRole('button', { name: 'I have finished' }).click();
	await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
}

test('a student who finishes sees no answer key, on the page or in print', async ({ page }) => {
	await finishBaytaq(page);
	await expect(page.getByText('You met the goal.')).toBeVisible();
	const screen = await visibleText(page);
	expect(screen).not.toContain(BAYTAQ_KEY);
	expect(screen).not.toMatch(BAYTAQ_RANGE);
	expect(screen).not.toContain('Answer key');
	await expect(page.getByRole('button', { name: /answer key/i })).toHaveCount(0);
	// The HTML itself carries no key either (the page is not merely hiding it).
	expect(await page.content()).not.toContain(BAYTAQ_KEY);

	// Finishing locks the answers and the settings.
	await expect(firstAnswer(page)).toHaveAttribute('readonly', '');
	const threshold = page.getByLabel('Threshold (type a value)');
	await expect(threshold).toBeDisabled();
	// Neither the button nor the shortcut takes the settings back to the start.
	await expect(page.getByRole('button', { name: 'Back to the preset' })).toBeDisabled();
	await page.locator('body').press('r');
	await expect(threshold).toHaveValue('2.3');

	await page.emulateMedia({ media: 'print' });
	const printed = await visibleText(page);
	expect(printed).toContain('Name:');
	expect(printed).toContain("Student's version");
	expect(printed).not.toContain(BAYTAQ_KEY);
	expect(printed).not.toContain('Answer key');
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.byteLength).toBeGreaterThan(1000);
});

test('reopening unlocks the answers and is recorded', async ({ page }) => {
	await finishBaytaq(page);
	await page.getByRole('button', { name: 'Reopen my answers' }).click();
	await expect(firstAnswer(page)).not.toHaveAttribute('readonly', '');
	await expect(page.getByRole('heading', { name: 'Summary' })).toHaveCount(0);
	await page.getByRole('button', { name: 'I have finished' }).click();
	await expect(page.getByText('You reopened your answers once.')).toBeVisible();
	// The count survives a reload, with the rest of the progress.
	await page.reload({ waitUntil: 'networkidle' });
	await expect(page.getByText('You reopened your answers once.')).toBeVisible();
});

test('the teacher link for the same exercise shows brief, key, full goal and chamber', async ({
	page
}) => {
	await page.goto('/teach?lang=en', { waitUntil: 'networkidle' });
	const title = 'How low would the threshold have to go for Baytaq?';
	const teacherLink = page.getByRole('link', { name: `Teacher's page with the key: ${title}` });
	await expect(teacherLink).toHaveAttribute('href', /\/teach\/key\?id=baytaq-threshold&lang=en$/);
	await teacherLink.click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Answer key' })).toBeVisible();
	await expect(page.getByText(BAYTAQ_KEY)).toBeVisible();
	await expect(page.getByText(BAYTAQ_RANGE)).toBeVisible();
	await expect(page.getByText('Settings of one solution: threshold=2.3.')).toBeVisible();
	await expect(page.getByText('This chamber meets the goal.')).toBeVisible();
	// The expected chamber: Baytaq 1 list seat, Amanat 39 + 22 (exercise.baytaq-threshold.answer).
	const baytaq = page.getByRole('row', { name: /Baytaq/i });
	await expect(baytaq.getByRole('cell')).toHaveText(['1', '0', '1']);
	const amanat = page.getByRole('row', { name: /Amanat/i });
	await expect(amanat.getByRole('cell')).toHaveText(['39', '22', '61']);
	// The teacher's print keeps the key.
	await page.emulateMedia({ media: 'print' });
	expect(await visibleText(page)).toContain(BAYTAQ_KEY);
});

test('the exercise list shows done and in progress', async ({ page }) => {
	await finishBaytaq(page);
	await page.goto('/exercises/dhondt-hare', { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: /Show a hint/ }).click();
	await page.goto('/exercises', { waitUntil: 'networkidle' });
	const card = (name: RegExp) =>
		page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
	await expect(card(/Baytaq/)).toContainText('Done');
	await expect(card(/D'Hondt/)).toContainText('In progress');
	await expect(card(/7 % threshold/)).not.toContainText(/Done|In progress/);
});

test('progress moves to another browser as a file; a bad file changes nothing', async ({
	page,
	browser
}) => {
	await finishBaytaq(page);
	await page.goto('/exercises', { waitUntil: 'networkidle' });
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save my progress to a file' }).click();
	const file = await (await download).path();
	const text = await readFile(file, 'utf8');
	expect(JSON.parse(text).exercises['baytaq-threshold'].finished).toBe(true);

	const other = await browser.newContext();
	const there = await other.newPage();
	await there.goto('/exercises', { waitUntil: 'networkidle' });
	const input = there.getByLabel('Load progress from a file');
	await input.setInputFiles({
		name: 'progress.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(there.getByRole('status')).toHaveText('Progress loaded for 1 exercise.');
	const baytaq = there
		.getByRole('listitem')
		.filter({ has: there.getByRole('heading', { name: /Baytaq/ }) });
	await expect(baytaq).toContainText('Done');

	// A file that is not progress: a clear message, and the progress already there is kept.
	await input.setInputFiles({
		name: 'notes.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"kind":')
	});
	await expect(there.getByRole('alert')).toHaveText(
		/not a Majilis Lab progress file.*Nothing was changed/
	);
	const broken = JSON.parse(text);
	broken.exercises['baytaq-threshold'].hintsShown = -5;
	await input.setInputFiles({
		name: 'p.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(broken))
	});
	await expect(there.getByRole('alert')).toHaveText(/How low would the threshold.*cannot be read/);
	await expect(baytaq).toContainText('Done');
	await there.goto('/exercises/baytaq-threshold', { waitUntil: 'networkidle' });
	await expect(firstAnswer(there)).toHaveValue('Amanat, the largest list.');
	await other.close();
});

test('a teacher’s own exercise: the student link has no key and no empty hints; the teacher link has the key', async ({
	page,
	browser
}) => {
	await page.goto('/teach?lang=kk', { waitUntil: 'networkidle' });
	// Links the page makes carry its language.
	const studentLinks = page.getByRole('link', { name: /Оқушы беті/ });
	expect(await studentLinks.count()).toBe(12);
	for (const href of await studentLinks.evaluateAll((links) =>
		links.map((a) => a.getAttribute('href'))
	)) {
		expect(href).toMatch(/\?lang=kk$/);
	}
	await page.getByLabel('Атауы').fill('Жеті пайыз');
	await page.getByLabel('Оқушылар нені үйренеді').fill('Шек орындарды қалай бөледі.');
	await page.getByLabel('Тапсырма', { exact: true }).fill('Шекті 7 пайызға қойыңыз.');
	await page.getByLabel(/Жауап кілтіне арналған түсініктеме/).fill('ЖАУАП-КІЛТІ-7');
	await page.getByLabel(/Бір шешім/).fill('threshold=7');
	await page.getByRole('button', { name: /Сілтеме жасау/ }).click();
	const studentLink = await page.getByLabel(/Оқушыларға арналған сілтеме/).inputValue();
	const teacherLink = await page.getByLabel(/Мұғалімнің сілтемесі/).inputValue();
	expect(studentLink).toMatch(/&lang=kk$/);
	expect(teacherLink).toMatch(/\/teach\/key\?code=.*&lang=kk$/);
	expect(studentLink.length).toBeLessThan(teacherLink.length);

	const student = await (await browser.newContext()).newPage();
	await student.goto(studentLink, { waitUntil: 'networkidle' });
	await expect(student.getByRole('heading', { level: 1, name: 'Жеті пайыз' })).toBeVisible();
	expect(await visibleText(student)).not.toContain('ЖАУАП-КІЛТІ-7');
	// No hints were written, so there is no hints section at all.
	await expect(student.getByRole('heading', { name: 'Кеңестер' })).toHaveCount(0);
	await student.goto(teacherLink, { waitUntil: 'networkidle' });
	await expect(student.getByText('ЖАУАП-КІЛТІ-7')).toBeVisible();
	await expect(student.getByRole('cell').first()).toBeVisible();
});

test('the teacher’s page has no accessibility violations', async ({ page }) => {
	const { default: AxeBuilder } = await import('@axe-core/playwright');
	await page.goto('/teach/key?id=members-barrier', { waitUntil: 'networkidle' });
	await expect(page.getByRole('heading', { name: 'Answer key' })).toBeVisible();
	const results = await new AxeBuilder({ page }).analyze();
	expect(results.violations).toEqual([]);
});
