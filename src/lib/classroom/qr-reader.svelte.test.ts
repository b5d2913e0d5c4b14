/**
 * The WebAssembly QR reader, in Chromium, on pictures of QR codes drawn by this app's own
 * generator (qr.ts): what a student's screen shows is what the teacher's camera must read. The
 * texts span the symbol sizes a code can take, from a short code to the largest QR code a
 * student's screen shows at medium error correction.
 */
import { describe, expect, it } from 'vitest';
import { qrPicture } from '$lib/testing/qr-picture';
import { zxingQrDetector } from './qr-reader';

/** The picture as the RGBA pixels a canvas would give. */
function picture(text: string, scale: number): ImageData {
	const { side, grey } = qrPicture(text, scale);
	const image = new ImageData(side, side);
	for (const [i, level] of grey.entries()) image.data.set([level, level, level, 255], i * 4);
	return image;
}

describe('zxingQrDetector', () => {
	it.each([
		['a short code', 'MLS2-7KQ4-XR9P-AB3D', 3],
		['a code in Kazakh letters', 'Қазақстан Мәжілісі', 3],
		['a 413-character code', 'MLS1.' + 'Ab9-_'.repeat(81) + '.1a2b3c4d', 2]
	])('reads %s', async (_, text, scale) => {
		const detector = await zxingQrDetector();
		const found = await detector.detect(picture(text, scale));
		expect(found.map((f) => f.rawValue)).toEqual([text]);
	});

	it('finds nothing in a blank picture', async () => {
		const detector = await zxingQrDetector();
		const blank = new ImageData(200, 200);
		blank.data.fill(255);
		expect(await detector.detect(blank)).toEqual([]);
	});
});
