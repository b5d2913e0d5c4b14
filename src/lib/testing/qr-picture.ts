/**
 * A QR code as a camera would see it on a student's screen, for the scanner's tests: this app's
 * own symbol (qr.ts) drawn in grey levels, black modules on white, `scale` pixels a module, with
 * its 4-module quiet zone.
 */
import { qrSymbol } from '../classroom/qr';

export interface QrPicture {
	/** Pixels a side. */
	readonly side: number;
	/** Row by row, 0 for black and 255 for white. */
	readonly grey: Uint8Array;
}

export function qrPicture(text: string, scale: number): QrPicture {
	const { size, modules } = qrSymbol(text);
	const side = (size + 8) * scale;
	const grey = new Uint8Array(side * side).fill(255);
	for (const [y, row] of modules.entries()) {
		for (const [x, dark] of row.entries()) {
			if (!dark) continue;
			for (let dy = 0; dy < scale; dy++) {
				const start = ((y + 4) * scale + dy) * side + (x + 4) * scale;
				grey.fill(0, start, start + scale);
			}
		}
	}
	return { side, grey };
}

/** The largest whole number of pixels a module that fits the text's symbol in `pixels` a side. */
export function qrScaleFor(text: string, pixels: number): number {
	return Math.floor(pixels / (qrSymbol(text).size + 8));
}
