/**
 * The scanner with the browser's own reader (as on Android, macOS and ChromeOS): a stand-in
 * `BarcodeDetector` returns what each frame holds, the camera is a canvas's stream. The codes
 * reach the page once each, in the order read, a refused one is named and the scan goes on, and
 * the WebAssembly reader is never loaded.
 */
import { page } from 'vitest/browser';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import CodeScanner from './CodeScanner.svelte';

/** What the stand-in reader finds in each frame it is given, one frame per call. */
let frames: string[][] = [];

class NativeDetector {
	static async getSupportedFormats() {
		return ['qr_code', 'ean_13'];
	}
	async detect() {
		return (frames.shift() ?? []).map((rawValue) => ({ rawValue }));
	}
}

const realGetUserMedia = navigator.mediaDevices.getUserMedia;

function fakeCamera() {
	const canvas = document.createElement('canvas');
	canvas.width = 64;
	canvas.height = 48;
	const stream = canvas.captureStream(10);
	// A picture keeps coming, as from a camera, so the video has a current frame to read.
	const paint = setInterval(() => canvas.getContext('2d')!.fillRect(0, 0, 64, 48), 50);
	navigator.mediaDevices.getUserMedia = async () => stream;
	return { stream, stop: () => clearInterval(paint) };
}

afterEach(() => {
	delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
	navigator.mediaDevices.getUserMedia = realGetUserMedia;
});

describe('CodeScanner with the browser’s own reader', () => {
	it('adds each new code once, names a refused one and goes on', async () => {
		(window as { BarcodeDetector?: unknown }).BarcodeDetector = NativeDetector;
		const camera = fakeCamera();
		frames = [[], ['A'], ['A'], ['B', 'A'], ['BAD'], ['BAD'], [], ['C'], ['B']];
		const received: string[] = [];
		const statuses: string[] = [];
		render(CodeScanner, {
			onCode: async (code: string) => {
				received.push(code);
				return code === 'BAD' ? 'typo' : undefined;
			}
		});
		const status = page.getByRole('status');
		const seen = new MutationObserver(() => statuses.push(status.element().textContent ?? ''));
		seen.observe(status.element(), { childList: true, characterData: true, subtree: true });

		await page.getByRole('button', { name: 'Scan QR codes with the camera' }).click();
		await expect.element(page.getByLabelText('Camera picture for scanning QR codes')).toBeVisible();
		await expect.poll(() => frames.length, { timeout: 10_000 }).toBe(0);
		await expect.element(status).toHaveTextContent('Added 3 codes.');

		expect(received).toEqual(['A', 'B', 'BAD', 'C']);
		expect(statuses).toContain(
			"Code “BAD” was not added: it has a typing mistake: a character is wrong, missing or extra. Check it against the student's screen. Scanning goes on."
		);
		// The page's own modules are listed among the resources it loaded; the reader is not.
		const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
		expect(loaded.filter((name) => /CodeScanner\.svelte/.test(name))).not.toEqual([]);
		expect(loaded.filter((name) => /qr-reader|zxing/.test(name))).toEqual([]);

		await page.getByRole('button', { name: 'Stop the camera' }).click();
		expect(camera.stream.getTracks().map((track) => track.readyState)).toEqual(['ended']);
		camera.stop();
	});
});
