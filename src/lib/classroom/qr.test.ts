import { describe, expect, it } from 'vitest';
import { encodePayload } from './codec';
import { fitsInQr, QR_MAX_BYTES, qrSvg, qrSymbol } from './qr';

/** The dark modules an SVG from qrSvg draws, read back from its path, quiet zone included. */
function modulesDrawn(svg: string): boolean[][] {
	const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)![1]);
	const grid = Array.from({ length: side }, () => Array<boolean>(side).fill(false));
	const d = /<path fill="#000" d="([^"]*)"\/>/.exec(svg)![1]!;
	for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
		for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
	}
	return grid;
}

/** The 7×7 finder pattern: a dark ring, a light ring, a dark 3×3 centre. */
function isFinder(grid: readonly (readonly boolean[])[], top: number, left: number): boolean {
	for (let y = 0; y < 7; y++) {
		for (let x = 0; x < 7; x++) {
			const ring = Math.max(Math.abs(y - 3), Math.abs(x - 3));
			if (grid[top + y]![left + x] !== (ring !== 2)) return false;
		}
	}
	return true;
}

const SUBMISSION_CODE = encodePayload('submission', {
	studentName: 'Aigerim',
	answers: ['A lower threshold lets more parties in.'.repeat(8)]
});

describe('qrSvg', () => {
	it.each([
		['a word', 'hello'],
		['a submission code', SUBMISSION_CODE],
		['text in Kazakh', 'Қазақстан Мәжілісі'],
		['the longest text that fits', 'a'.repeat(QR_MAX_BYTES)]
	])('draws exactly the modules of the symbol for %s', (_, text) => {
		const { size, modules } = qrSymbol(text);
		const drawn = modulesDrawn(qrSvg(text));
		expect(drawn).toHaveLength(size + 8);
		const inner = drawn.slice(4, 4 + size).map((row) => row.slice(4, 4 + size));
		expect(inner).toEqual(modules.map((row) => [...row]));
	});

	it('leaves a light quiet zone of four modules all round', () => {
		const drawn = modulesDrawn(qrSvg(SUBMISSION_CODE));
		const side = drawn.length;
		const border = drawn.flatMap((row, y) =>
			row.filter((_, x) => y < 4 || y >= side - 4 || x < 4 || x >= side - 4)
		);
		expect(border.every((dark) => !dark)).toBe(true);
	});

	it('has finder patterns in three corners', () => {
		const { size, modules } = qrSymbol(SUBMISSION_CODE);
		expect([
			isFinder(modules, 0, 0),
			isFinder(modules, 0, size - 7),
			isFinder(modules, size - 7, 0),
			isFinder(modules, size - 7, size - 7)
		]).toEqual([true, true, true, false]);
	});

	it('is a standalone SVG, black on white, that scales with CSS', () => {
		const svg = qrSvg('hello');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 29 29"/);
		expect(svg).toContain('<rect width="29" height="29" fill="#fff"/>');
		expect(svg).toContain('<path fill="#000" d="M');
		expect(svg).not.toMatch(/\swidth="\d+" height="\d+" viewBox/);
		expect(svg.endsWith('</svg>')).toBe(true);
	});

	it('never puts the encoded text into the markup', () => {
		const text = '<script>alert(1)</script>';
		expect(qrSvg(text)).not.toContain('script');
	});
});

describe('qrSymbol', () => {
	it.each([
		[10, 1, 2],
		[300, 10, 14],
		[1_000, 20, 25],
		[1_200, 24, 25],
		[QR_MAX_BYTES, 40, 40]
	])('fits %i characters in a symbol of version %i to %i', (length, lowest, highest) => {
		const { version, size } = qrSymbol('x'.repeat(length));
		expect(version).toBeGreaterThanOrEqual(lowest);
		expect(version).toBeLessThanOrEqual(highest);
		expect(size).toBe(17 + 4 * version);
	});

	it('keeps level M while the symbol stays easy to scan, and gives it up for a smaller symbol', () => {
		// Version 25 holds 997 bytes at M and 1,273 at L (ISO/IEC 18004 capacity table).
		expect(qrSymbol('x'.repeat(997)).version).toBe(25);
		expect(qrSymbol('x'.repeat(1_000)).version).toBeLessThan(25);
		expect(qrSymbol('x'.repeat(1_273)).version).toBe(25);
	});

	it('refuses a text too long for any QR code', () => {
		expect(fitsInQr('a'.repeat(QR_MAX_BYTES))).toBe(true);
		expect(fitsInQr('a'.repeat(QR_MAX_BYTES + 1))).toBe(false);
		expect(fitsInQr('ә'.repeat(1_500))).toBe(false);
		expect(() => qrSymbol('a'.repeat(QR_MAX_BYTES + 1))).toThrow(RangeError);
	});
});
