/**
 * Issue 11 §4: the teacher scans the class's QR codes one after another with the camera open,
 * in a browser with no QR reader of its own. Two students finish an exercise and make their
 * codes as students do; a Y4M video shows their QR codes and a damaged one in turn to a second
 * Chromium's fake camera, with `BarcodeDetector` taken away, so the WebAssembly reader reads them.
 */
import { writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.js';
import { qrVideo } from './y4m';

/** Waits until the service worker, installed on this visit, serves the page. */
async function offlineReady(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
		);
	});
}

/** The paths of every file in the service worker's caches. */
function cachedPaths(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const paths: string[] = [];
		for (const key of await caches.keys()) {
			const cache = await caches.open(key);
			paths.push(...(await cache.keys()).map((request) => new URL(request.url).pathname));
		}
		return paths;
	});
}

const isReader = (path: string) => /\/zxing_reader\.[\w-]+\.wasm$/.test(path);

/**
 * A student finishes the Baytaq exercise in a browser of their own and reads their code. Their
 * browser keeps the app for offline use, but not the teacher's QR reader.
 */
async function studentCode(browser: Browser, name: string): Promise<string> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/exercises/baytaq-threshold', { waitUntil: 'networkidle' });
	await offlineReady(page);
	const cached = await cachedPaths(page);
	expect(cached).toContain('/exercises/baytaq-threshold');
	expect(cached.filter(isReader)).toEqual([]);
	const threshold = page.getByRole('textbox', { name: 'Threshold (type a value)' });
	await threshold.fill('2.3');
	await threshold.press('Enter');
	await page.getByRole('button', { name: 'I have finished' }).click();
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Make my code' }).click();
	await expect(page.getByRole('img', { name: 'QR code of your submission code' })).toBeVisible();
	const code = await page.getByLabel('Your submission code').inputValue();
	await context.close();
	return code;
}

/** One character changed in the middle, as a smudge or a typo would: a code the page refuses. */
function damaged(code: string): string {
	const i = Math.floor(code.length / 2);
	return code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
}

/**
 * Keeps every text the page's polite status regions show, in order, and every Content-Security-
 * Policy violation, in the page itself: a status can change faster than a test looks at it.
 */
async function record(page: Page) {
	await page.addInitScript(() => {
		const log = { statuses: [] as string[], violations: [] as string[] };
		(window as unknown as { scanLog: typeof log }).scanLog = log;
		document.addEventListener('securitypolicyviolation', (event) =>
			log.violations.push(`${event.violatedDirective} ${event.blockedURI}`)
		);
		const shown = new WeakMap<Element, string>();
		new MutationObserver(() => {
			for (const status of document.querySelectorAll('[role="status"]')) {
				const text = status.textContent?.trim() ?? '';
				if (text && shown.get(status) !== text) log.statuses.push(text);
				shown.set(status, text);
			}
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	return () =>
		page.evaluate(() => (window as unknown as { scanLog: { statuses: string[] } }).scanLog);
}

const FPS = 5;
const FRAMES_EACH = 8;
/** One round of the fake camera's video: three codes. */
const LOOP_SECONDS = (3 * FRAMES_EACH) / FPS;

test('scans the class’s QR codes one after another with the WebAssembly reader', async ({
	browser,
	baseURL
}, testInfo) => {
	test.setTimeout(300_000);
	const aigerim = await studentCode(browser, 'Aigerim');
	const daniyar = await studentCode(browser, 'Daniyar');
	expect(aigerim).not.toBe(daniyar);
	const bad = damaged(aigerim);

	const video = testInfo.outputPath('class.y4m');
	const codes = [aigerim, daniyar, bad];
	writeFileSync(video, qrVideo(codes, { fps: FPS, framesEach: FRAMES_EACH }));
	const teacher = await chromium.launch({
		...chromiumLaunchOptions,
		args: [
			...chromiumLaunchOptions.args!,
			'--use-fake-ui-for-media-stream',
			'--use-fake-device-for-media-stream',
			`--use-file-for-fake-video-capture=${video}`
		]
	});
	try {
		const context = await teacher.newContext({ baseURL, permissions: ['camera'] });
		await context.addInitScript(() => {
			// No native reader, as on Firefox, Safari, and Chromium on Linux and Windows.
			delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
			// Every stream the page opens, to see that the camera is turned off.
			const streams: MediaStream[] = [];
			(window as unknown as { streams: MediaStream[] }).streams = streams;
			const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
			navigator.mediaDevices.getUserMedia = async (constraints) => {
				const stream = await open(constraints);
				streams.push(stream);
				return stream;
			};
		});
		const page = await context.newPage();
		const log = await record(page);
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));

		await page.goto('/collect', { waitUntil: 'networkidle' });
		expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
		// The reader is not loaded with the page.
		expect(requests.filter((url) => /zxing|\.wasm/.test(url))).toEqual([]);
		// In a classroom with no network: the service worker, installed on this first visit, has
		// every file, and the reader's too once the collect page has asked for it.
		await offlineReady(page);
		await expect.poll(async () => (await cachedPaths(page)).filter(isReader)).toHaveLength(1);
		await context.setOffline(true);
		await page.reload({ waitUntil: 'networkidle' });

		await page.getByRole('button', { name: 'Scan QR codes with the camera' }).click();
		const camera = page.getByLabel('Camera picture for scanning QR codes');
		await expect(camera).toBeVisible({ timeout: 60_000 });
		const stop = page.getByRole('button', { name: 'Stop the camera' });
		await expect(stop).toBeFocused();

		// Both students are added with the camera still open, and the damaged code is named.
		const results = page.getByRole('region', { name: 'Class summary' });
		await expect(results).toContainText('2 codes from 2 students, 1 exercise', {
			timeout: 240_000
		});
		await expect
			.poll(async () => (await log()).statuses, { timeout: 120_000 })
			.toContainEqual(
				// The reason in words (a collect.code.* message), not a message key.
				expect.stringMatching(
					/^Code “.+” was not added: it has a typing mistake: .+ Scanning goes on\.$/
				)
			);
		await expect(camera).toBeVisible();

		// The reader came from this site, nothing from anywhere else, and the page stayed within
		// its Content-Security-Policy.
		expect(requests.some((url) => isReader(new URL(url).pathname))).toBe(true);
		expect(
			requests.filter((url) => !url.startsWith(baseURL!) && !/^(data|blob):/.test(url))
		).toEqual([]);
		const { violations } = await page.evaluate(
			() => (window as unknown as { scanLog: { violations: string[] } }).scanLog
		);
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);

		const axe = await new AxeBuilder({ page }).analyze();
		expect(axe.violations).toEqual([]);

		// Stopped by its button, the camera is off and the focus back on the scan button; opened
		// again for a whole round of the video, it adds nothing it has read; leaving the page
		// turns it off.
		const cameraOff = () =>
			page.evaluate(() =>
				(window as unknown as { streams: MediaStream[] }).streams.every((stream) =>
					stream.getTracks().every((track) => track.readyState === 'ended')
				)
			);
		await stop.click();
		await expect(camera).toBeHidden();
		const scan = page.getByRole('button', { name: 'Scan QR codes with the camera' });
		await expect(scan).toBeFocused();
		expect(await cameraOff()).toBe(true);
		await scan.click();
		await expect(camera).toBeVisible({ timeout: 60_000 });
		const again = await camera.evaluate((v: HTMLVideoElement) => v.currentTime);
		await expect
			.poll(() => camera.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 60_000 })
			.toBeGreaterThan(again + LOOP_SECONDS);
		// No code was added twice, in either round.
		const { statuses } = await log();
		const counts = statuses.filter((s) => /^Added \d+ codes?\.$/.test(s));
		expect(counts).toEqual(['Added 1 code.', 'Added 2 codes.']);
		expect(statuses.filter((s) => /already in the list/.test(s))).toEqual([]);
		// The two students are in the class's list, as a teacher finds them by opening it.
		await expect(results).toContainText('2 codes from 2 students, 1 exercise');
		await results.getByText('Students and their codes').click();
		for (const name of ['Aigerim', 'Daniyar']) {
			await expect(results.getByRole('rowheader', { name })).toBeVisible();
		}
		await page.getByRole('link', { name: 'Exercises' }).first().click();
		await expect(page.getByRole('heading', { level: 1, name: 'Exercises' })).toBeVisible();
		expect(await cameraOff()).toBe(true);
		await context.close();
	} finally {
		await teacher.close();
	}
});

for (const [error, message] of [
	['NotAllowedError', 'The browser did not allow the camera.'],
	['NotFoundError', 'No camera was found.'],
	['NotReadableError', 'The camera could not be opened']
] as const) {
	test(`a camera that fails with ${error} is explained, and the paste box stays`, async ({
		page
	}) => {
		await page.addInitScript((name) => {
			navigator.mediaDevices.getUserMedia = () =>
				Promise.reject(new DOMException('The test’s camera', name));
		}, error);
		await page.goto('/collect', { waitUntil: 'networkidle' });
		const scan = page.getByRole('button', { name: 'Scan QR codes with the camera' });
		await scan.click();
		await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
		await expect(scan).toBeEnabled();
		await expect(scan).toBeFocused();
		await expect(page.getByLabel('Camera picture for scanning QR codes')).toHaveCount(0);
		await expect(page.getByLabel('Submission codes')).toBeEditable();
	});
}
