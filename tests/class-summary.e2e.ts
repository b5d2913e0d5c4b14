/**
 * Issue 11 §5: the class summary on /collect — duplicates merged and said so, the chart of the
 * class's chambers drawn with its numbers in a table, settings and answers in the page's words,
 * a projector mode that Esc leaves, a CSV with labelled columns.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { baytaqCode, classCodes, dhondtCode } from '../src/lib/testing/class-codes';
import { en } from './model';

const FORM = {
	en: { paste: 'Submission codes', add: 'Add these codes' },
	ru: { paste: 'Коды работ', add: 'Добавить эти коды' }
};

async function addCodes(page: Page, codes: readonly string[], lang: 'en' | 'ru' = 'en') {
	await page.goto(lang === 'en' ? '/collect' : `/collect?lang=${lang}`, {
		waitUntil: 'networkidle'
	});
	await page.getByLabel(FORM[lang].paste).fill(codes.join('\n'));
	await page.getByRole('button', { name: FORM[lang].add }).click();
}

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 60) {
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

test('a student’s codes for one exercise are merged, the latest kept, and it says so', async ({
	page
}) => {
	// Aigerim sent a code at 2.4 % (goal not met), then a later one at 2.3 % (met).
	const codes = [
		baytaqCode('Aigerim S.', '2.4', 1),
		baytaqCode('Bolat K.', '2.3', 2),
		baytaqCode('aigerim  s.', '2.3', 5)
	];
	await addCodes(page, codes);
	await expect(page.getByText('2 of 2 met the goal.')).toBeVisible();
	await expect(page.getByText('2 codes from 2 students, 1 exercise')).toBeVisible();
	await expect(
		page.getByText(
			'1 student sent more than one code for the same exercise; only the latest code of each is counted.'
		)
	).toBeVisible();
	await page.getByText('Whose codes were merged').click();
	await expect(
		page.getByRole('listitem').filter({
			hasText: `aigerim s., ${en('exercise.baytaq-threshold.title')}: 1 earlier code left out`
		})
	).toBeVisible();
	// The kept code's threshold is the later one: everyone at 2.3 %.
	await expect(page.getByText('2.3%: 2 students')).toBeVisible();
});

test('the chart of the class’s chambers is drawn, with the same numbers in a table', async ({
	page
}) => {
	await addCodes(page, classCodes(30));
	await expect(page.getByText('21 of 30 met the goal.')).toBeVisible();
	const table = page.getByRole('table', { name: /^Seats in the students' final chambers/ });
	const amanat = table.getByRole('row', { name: /^Amanat/ });
	const cells = amanat.getByRole('cell');
	const [min, median, max, official] = await Promise.all(
		[0, 1, 2, 3].map((i) => cells.nth(i).textContent())
	);
	// The official 2023 result: Amanat 40 list + 22 district seats.
	expect(official).toBe('62');
	const chart = page.getByRole('img', { name: /^Seats in the students' chambers:/ });
	await expect(chart).toHaveAccessibleName(
		new RegExp(`Amanat: ${min} to ${max}, median ${median}, official 62`)
	);
	// Something is drawn on the canvas.
	const painted = await chart.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
		const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
		let count = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
		return count;
	});
	expect(painted).toBeGreaterThan(1000);
	// Every row of the table has its party in the chart's name.
	for (const header of await table.locator('tbody th').allTextContents()) {
		await expect(chart).toHaveAccessibleName(new RegExp(`${header}: `));
	}
});

test('settings in the controls’ words and each answer under its question', async ({ page }) => {
	await addCodes(page, classCodes(10));
	await expect(page.getByRole('term').filter({ hasText: /^Threshold$/ })).toBeVisible();
	await expect(page.getByText('2.3%: 5 students')).toBeVisible();
	const question = en('exercise.baytaq-threshold.question.1');
	await page.getByText(question).click();
	const answers = page.locator('details').filter({ hasText: question });
	await expect(answers.getByText('Aigerim S.')).toBeVisible();
	await expect(
		answers
			.getByRole('listitem')
			.filter({ hasText: 'Aigerim S.' })
			.getByText('Amanat gave up one list seat, because it had the largest remainder to lose.')
	).toBeVisible();
});

test('several exercises: the share who met each goal, as a chart and a table', async ({ page }) => {
	await addCodes(page, [
		...classCodes(4),
		dhondtCode('Aigerim S.', 'dhondt'),
		dhondtCode('Bolat K.', 'hare')
	]);
	await expect(page.getByText('6 codes from 4 students, 2 exercises')).toBeVisible();
	const table = page.getByRole('table', { name: 'Students who met the goal, by exercise' });
	await expect(table.getByRole('row', { name: /D'Hondt/ }).getByRole('cell')).toHaveText([
		'2',
		'1',
		'50%'
	]);
	await expect(
		page.getByRole('img', { name: /^Share of students who met the goal:/ })
	).toBeVisible();
});

test('projector mode: reached by keyboard, large type, no names, Esc leaves', async ({ page }) => {
	await addCodes(page, classCodes(30));
	await expect(page.getByText('21 of 30 met the goal.')).toBeVisible();
	const enter = page.getByRole('button', { name: 'Projector mode' });
	await tabTo(page, enter);
	const before = await page
		.getByText('21 of 30 met the goal.')
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	await page.keyboard.press('Enter');
	const leave = page.getByRole('button', { name: 'Leave projector mode (Esc)' });
	await expect(leave).toBeFocused();
	const results = page.getByRole('region', { name: 'Class summary' });
	const box = await results.boundingBox();
	const viewport = page.viewportSize()!;
	expect(box?.width).toBeGreaterThanOrEqual(viewport.width - 1);
	const after = await page
		.getByText('21 of 30 met the goal.')
		.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(after).toBeGreaterThan(before * 1.3);
	await expect(page.getByText('Names are hidden in projector mode.')).toBeVisible();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
	await page.keyboard.press('Escape');
	await expect(enter).toBeVisible();
	await expect(leave).toHaveCount(0);
});

test('the class CSV has labelled columns in the page’s language and is spreadsheet-safe', async ({
	page
}) => {
	await addCodes(page, classCodes(3), 'ru');
	await expect(page.getByText('Цели достигли: 2 из 3.')).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Сохранить работы класса в CSV' }).click()
	]);
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	const csv = Buffer.concat(chunks)
		.toString('utf8')
		.replace(/^\ufeff/, '');
	const header = csv.split('\r\n')[0]!;
	for (const column of [
		'Ученик',
		'Упражнение',
		'Цель достигнута',
		'Избирательный барьер',
		'Мандаты: «AMANAT»',
		'вопрос 1',
		'Итоговый сценарий'
	]) {
		expect(header).toContain(column);
	}
	expect(csv).toContain(`"'=HYPERLINK(""http://example.com"")"`);
	expect(csv.split('\r\n')).toHaveLength(5);
});

test('/collect with a class on it has no accessibility violations', async ({ page }) => {
	await addCodes(page, [...classCodes(30), dhondtCode('Aigerim S.', 'dhondt')]);
	await expect(page.getByText('22 of 31 met the goal.')).toBeVisible();
	await page.getByText(en('exercise.baytaq-threshold.question.1')).click();
	await page.getByText('Students and their codes').first().click();
	expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});
