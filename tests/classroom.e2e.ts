import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { en, message } from './model';

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 150) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

const goalStatus = (page: Page) =>
	page.getByRole('region', { name: 'Your goal' }).getByRole('status');

test('lists the exercises and filters them by topic', async ({ page }) => {
	await page.goto('/exercises', { waitUntil: 'networkidle' });
	await expect(page.getByRole('heading', { level: 1, name: 'Exercises' })).toBeVisible();
	const cards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
	expect(await cards.count()).toBeGreaterThanOrEqual(10);
	await page.getByLabel('Topic').selectOption('formula');
	await expect(cards.first()).toBeVisible();
	expect(await cards.count()).toBeLessThan(10);
});

test('completes the Baytaq exercise by keyboard alone', async ({ page }) => {
	await page.goto('/exercises/baytaq-threshold', { waitUntil: 'networkidle' });
	await expect(goalStatus(page)).toHaveText(/Not yet/);
	const threshold = page.getByRole('textbox', { name: 'Threshold (type a value)' });
	await tabTo(page, threshold);
	await page.keyboard.press('Control+A');
	await page.keyboard.type('2.3');
	await page.keyboard.press('Enter');
	// The threshold itself is the answer, checked when the student finishes.
	await expect(goalStatus(page)).toHaveText(/meets the goal so far/);
	// A locked control cannot be moved.
	await expect(page.getByLabel('Seat formula')).toBeDisabled();
	const finish = page.getByRole('button', { name: 'I have finished' });
	await tabTo(page, finish);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
	await expect(page.getByText('You met the goal.')).toBeVisible();
});

test('completes the D’Hondt exercise by keyboard alone', async ({ page }) => {
	await page.goto('/exercises/dhondt-hare', { waitUntil: 'networkidle' });
	const formula = page.getByLabel('Seat formula');
	await tabTo(page, formula);
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(formula).toHaveValue('dhondt');
	await expect(goalStatus(page)).toHaveText(/Goal met/);
});

test('keeps progress through a reload', async ({ page }) => {
	await page.goto('/exercises/baytaq-threshold', { waitUntil: 'networkidle' });
	await page.getByRole('button', { name: /Show a hint/ }).click();
	const answer = page.getByRole('textbox').first();
	await answer.fill('Because the line is a share of all valid votes.');
	await answer.blur();
	await page.reload({ waitUntil: 'networkidle' });
	await expect(page.getByText('Your earlier progress was restored.')).toBeVisible();
	await expect(page.getByRole('textbox').first()).toHaveValue(
		'Because the line is a share of all valid votes.'
	);
	await expect(page.getByRole('button', { name: /Show a hint \(1 of/ })).toBeVisible();
});

test('a teacher’s exercise link opens the same exercise in another browser', async ({
	page,
	browser
}) => {
	await page.goto('/teach?threshold=7', { waitUntil: 'networkidle' });
	await page.getByLabel('Title').fill('Seven per cent');
	await page.getByLabel('What students will learn').fill('How a higher threshold shares seats.');
	await page.getByLabel('Task', { exact: true }).fill('Bring Amanat to two-thirds.');
	await page.getByLabel('Reflection questions, one per line').fill('Who lost seats?');
	await page.getByLabel('Explanation for the answer key').fill('Fewer lists share the quota.');
	await page.getByRole('button', { name: 'Make the link' }).click();
	const link = await page.getByLabel('Link for students (no answer key)').inputValue();
	expect(link).toContain('/exercises/custom?code=MLX2.');

	const student = await browser.newContext();
	const other = await student.newPage();
	await other.goto(link, { waitUntil: 'networkidle' });
	await expect(other.getByRole('heading', { level: 1, name: 'Seven per cent' })).toBeVisible();
	await expect(other.getByRole('textbox', { name: 'Threshold (type a value)' })).toHaveValue('7');
	// The student's code names the exercise by a hash; the teacher's browser knows its title
	// and its question's words, which the code does not carry.
	await other.getByRole('textbox').first().fill('3');
	await other.getByRole('button', { name: 'I have finished' }).click();
	await other.getByLabel('Your name').fill('Erlan');
	await other.getByRole('button', { name: 'Make my code' }).click();
	const code = await other.getByLabel('Your submission code').inputValue();
	await student.close();
	await page.goto('/collect', { waitUntil: 'networkidle' });
	await page.getByLabel('Submission codes').fill(code);
	await page.getByRole('button', { name: 'Add these codes' }).click();
	await expect(page.getByText(/Seven per cent/).first()).toBeVisible();
	await page.getByText('Who lost seats?').click();
	await expect(
		page.locator('details').filter({ hasText: 'Who lost seats?' }).getByRole('listitem')
	).toHaveText('Erlan 3');
});

test('a teacher in Russian writes a goal’s range with decimal commas', async ({
	page,
	browser
}) => {
	const ru = (key: string) => message('ru', key);
	await page.goto('/teach?lang=ru', { waitUntil: 'networkidle' });
	await page.getByLabel(ru('teach.title')).fill('Барьер и доля');
	await page.getByLabel(ru('teach.learningGoal')).fill('Как считается доля голосов.');
	await page.getByLabel(ru('teach.task'), { exact: true }).fill('Найдите долю голосов.');
	await page.getByLabel(ru('teach.questions')).fill('Какова доля «Ак жол», в процентах?');
	await page.getByLabel(ru('teach.answer')).fill('Около 8,4 %: голоса списка, делённые на все.');
	const condition = ru('teach.condition').replace('{n}', '1');
	await page.getByLabel(condition).selectOption({ label: ru('teach.kind.answer-range') });
	// Typed as a Russian reader writes decimals; each box takes its value when left.
	await page.getByLabel(ru('teach.min'), { exact: true }).fill('8,3');
	await page.getByLabel(ru('teach.max'), { exact: true }).fill('8,5');
	await page.getByLabel(ru('teach.max'), { exact: true }).press('Tab');
	await expect(page.getByText(/не число|вне диапазона/)).toHaveCount(0);
	await page.getByRole('button', { name: ru('teach.make') }).click();
	const link = await page.getByLabel(ru('teach.link.student')).inputValue();

	// The range was read as 8.3 to 8.5, not 83 to 85: a student's 8,4 meets the goal.
	const student = await browser.newContext();
	const other = await student.newPage();
	await other.goto(link, { waitUntil: 'networkidle' });
	await other.getByRole('textbox').first().fill('8,4');
	await other.getByRole('button', { name: ru('classroom.finish') }).click();
	await expect(
		other.getByRole('region', { name: ru('classroom.goal.heading') }).getByRole('status')
	).toContainText(ru('classroom.goal.met'));
	await student.close();
	// The teacher's page with the key states the range in Russian notation.
	await page.goto(await page.getByLabel(ru('teach.link.teacher')).inputValue());
	await expect(page.getByText('ответ на вопрос 1 — число от 8,3 до 8,5')).toBeVisible();
});

test('a tampered exercise link is refused with a message', async ({ page }) => {
	await page.goto('/exercises/custom?code=MLX1.AAAA.00000000', { waitUntil: 'networkidle' });
	await expect(page.getByRole('alert')).toContainText(
		/changed or damaged|cannot be read|not complete/
	);
});

test('submission codes round-trip into the class summary, and a mistyped one is refused', async ({
	page
}) => {
	await page.goto('/exercises/baytaq-threshold', { waitUntil: 'networkidle' });
	const threshold = page.getByRole('textbox', { name: 'Threshold (type a value)' });
	await threshold.fill('2.3');
	await threshold.press('Enter');
	await page.getByRole('textbox').first().fill('1');
	await page.getByRole('button', { name: 'I have finished' }).click();
	await page.getByLabel('Your name').fill('Aigerim');
	await page.getByRole('button', { name: 'Make my code' }).click();
	// Shown in groups of four for typing; at most 60 symbols of 2–9 and capitals without I, L, O.
	const shown = await page.getByLabel('Your submission code').inputValue();
	expect(shown).toMatch(/^([2-9A-HJKMNP-Z]{4} )+[2-9A-HJKMNP-Z]{1,4}$/);
	const code = shown.replace(/ /g, '');
	expect(code.length).toBeLessThanOrEqual(60);
	await expect(page.getByRole('img', { name: 'QR code of your submission code' })).toBeVisible();
	const typo = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);

	await page.goto('/collect', { waitUntil: 'networkidle' });
	// Typed by hand: lower case, in groups; the mistyped one on the same line.
	await page
		.getByLabel('Submission codes')
		.fill(`${shown.toLowerCase()}\n${typo.slice(0, 4)} ${typo.slice(4)}`);
	await page.getByRole('button', { name: 'Add these codes' }).click();
	await expect(page.getByRole('alert')).toContainText(`Line 2 (${typo.slice(0, 8)}…):`);
	await expect(page.getByRole('alert')).toContainText('has a typing mistake');
	await expect(page.getByText('1 of 1 met the goal.')).toBeVisible();
	// The students' names are in the folded list of students (not on the projector).
	await page.getByText('Students and their codes').click();
	await expect(page.getByRole('rowheader', { name: 'Aigerim' })).toBeVisible();
	const row = page.getByRole('row', { name: /Baytaq/ });
	await expect(row.getByRole('cell').first()).toHaveText('1');
});

test('a teacher who asks for written answers gets them in a second code, attached on /collect', async ({
	page
}) => {
	await page.goto('/teach', { waitUntil: 'networkidle' });
	await page.getByLabel('Ask for written answers too').first().check();
	await page.getByText('Link and QR code').first().click();
	const link = await page.getByLabel('Link for students (no answer key)').inputValue();
	expect(link).toMatch(/\/exercises\/baytaq-threshold\?lang=en&written=1$/);
	await expect(page.getByRole('img', { name: 'QR code of the link for students' })).toBeVisible();

	await page.goto(link, { waitUntil: 'networkidle' });
	await page
		.getByRole('textbox')
		.first()
		.fill('Amanat gave up a seat: it had the largest remainder.');
	await page.getByRole('button', { name: 'I have finished' }).click();
	await page.getByLabel('Your name').fill('Dana');
	await page.getByRole('button', { name: 'Make my code' }).click();
	const code = await page.getByLabel('Your submission code').inputValue();
	const written = await page.getByLabel('Written-answers code').inputValue();
	await expect(page.getByRole('img', { name: 'QR code of your written answers' })).toBeVisible();

	await page.goto('/collect', { waitUntil: 'networkidle' });
	// The main code alone: the question says an answer in words is missing, and whose.
	await page.getByLabel('Submission codes').fill(code);
	await page.getByRole('button', { name: 'Add these codes' }).click();
	await expect(page.getByText('1 code from 1 student, 1 exercise')).toBeVisible();
	const question = en('exercise.baytaq-threshold.question.1');
	const folded = page.locator('details').filter({ hasText: question });
	await expect(folded.locator('summary')).toContainText(
		'0 answers · written answers not pasted yet: 1'
	);
	await page.getByText(question).click();
	await expect(folded.getByText(/1 student answered in words that are not here/)).toBeVisible();
	await expect(folded.getByText('Dana', { exact: true })).toBeVisible();
	// On the projector the count and the reason stay, the name goes.
	await page.getByRole('button', { name: 'Projector mode' }).click();
	await expect(folded.getByText(/1 student answered in words that are not here/)).toBeVisible();
	await expect(folded.getByText('Dana', { exact: true })).toHaveCount(0);
	await page.getByRole('button', { name: 'Leave projector mode (Esc)' }).click();

	// Then the written code, in a later paste: attached to its main code. The answers are folded
	// under their question, with the number of answers: the teacher finds Dana's words there.
	await page.getByLabel('Submission codes').fill(written);
	await page.getByRole('button', { name: 'Add these codes' }).click();
	await expect(folded.locator('summary')).toHaveText(`${question} 1 answer`);
	if (!(await folded.evaluate((d: HTMLDetailsElement) => d.open))) {
		await page.getByText(question).click();
	}
	await expect(
		folded
			.getByRole('listitem')
			.filter({ hasText: 'Dana' })
			.getByText('Amanat gave up a seat: it had the largest remainder.')
	).toBeVisible();
	await expect(folded.getByText(/answered in words that are not here/)).toHaveCount(0);
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('prints a worksheet without the simulator', async ({ page }) => {
	await page.goto('/exercises/dhondt-hare', { waitUntil: 'networkidle' });
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByText('Name:')).toBeVisible();
	await expect(page.getByRole('slider', { name: 'Threshold' })).toBeHidden();
	const pdf = await page.pdf({ format: 'A4' });
	const document = await getDocumentProxy(new Uint8Array(pdf));
	const { text } = await extractText(document, { mergePages: true });
	// Lines break wherever the page does: compare the words, not the line breaks.
	const words = (s: string) => s.replace(/\s+/g, ' ').trim();
	const printed = words(text);
	// The worksheet: the exercise's own words, a line for the name, every question.
	const id = 'dhondt-hare';
	for (const key of ['title', 'learningGoal', 'task', 'question.1', 'question.2', 'question.3']) {
		expect(printed, key).toContain(words(en(`exercise.${id}.${key}`)));
	}
	expect(printed).toContain(en('classroom.worksheet.name'));
	// Not the simulator, and not the answer key.
	for (const absent of [
		en('controls.heading'),
		en('sim.chamber'),
		'Seat formula',
		words(en(`exercise.${id}.answer`))
	]) {
		expect(printed).not.toContain(absent);
	}
});

for (const path of ['/exercises', '/exercises/baytaq-threshold', '/teach', '/collect']) {
	test(`${path} has no accessibility violations`, async ({ page }) => {
		await page.goto(path, { waitUntil: 'networkidle' });
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations).toEqual([]);
	});
}

test('the student’s codes and the teacher’s link and QR code have no accessibility violations', async ({
	page
}) => {
	await page.goto('/exercises/baytaq-threshold?written=1', { waitUntil: 'networkidle' });
	await page.getByRole('textbox').first().fill('Because Amanat had the smallest remainder.');
	await page.getByRole('button', { name: 'I have finished' }).click();
	await page.getByLabel('Your name').fill('Zoë ☺');
	await page.getByRole('button', { name: 'Make my code' }).click();
	await expect(page.getByLabel('Written-answers code')).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

	await page.goto('/teach', { waitUntil: 'networkidle' });
	await page.getByText('Link and QR code').first().click();
	await expect(page.getByRole('img', { name: 'QR code of the link for students' })).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
