/**
 * A QR code as an SVG string, drawn without a canvas so it works in node tests, prerendering and
 * print. uqr (a port of Project Nayuki's generator) picks the segments, version and mask; this
 * file draws the modules: one path, a rectangle per run of dark modules in a row, in module
 * units so the component scales it with CSS. Always dark on light with a 4-module quiet zone,
 * whatever the page's theme, because scanners expect it.
 * @see ISO/IEC 18004:2015, QR Code bar code symbology: a quiet zone of 4 modules; error
 *      correction levels L, M, Q, H recover about 7, 15, 25 and 30 % of the codewords
 */
import { encode } from 'uqr';

/** Byte-mode capacity of the largest symbol (version 40) at level L. */
export const QR_MAX_BYTES = 2_953;

/**
 * Beyond this version (117 modules a side) a code shown on a phone or a projector gets hard to
 * scan, so the larger codes trade error correction for fewer modules.
 */
const COMFORTABLE_VERSION = 25;

const QUIET_ZONE = 4;

/** Whether a text fits in one QR code. */
export function fitsInQr(text: string): boolean {
	return new TextEncoder().encode(text).length <= QR_MAX_BYTES;
}

export interface QrSymbol {
	readonly version: number;
	/** Modules a side, without the quiet zone. */
	readonly size: number;
	readonly modules: readonly (readonly boolean[])[];
}

/**
 * The QR symbol for a text. Error correction: at least M (15 % of the symbol may be lost, enough
 * for glare on a screen) while the symbol stays comfortable to scan; beyond that L, the smallest
 * symbol. Either way it is then raised as far as the chosen size allows. Throws a RangeError for
 * a text that does not fit (see fitsInQr).
 */
export function qrSymbol(text: string): QrSymbol {
	if (!fitsInQr(text)) throw new RangeError(`qrSymbol: ${text.length} characters do not fit`);
	const at = (ecc: 'L' | 'M') => encode(text, { ecc, boostEcc: true, border: 0 });
	const smallest = at('L');
	const medium = smallest.version <= COMFORTABLE_VERSION ? at('M') : smallest;
	const qr = medium.version <= COMFORTABLE_VERSION ? medium : smallest;
	return { version: qr.version, size: qr.size, modules: qr.data };
}

/** The QR code for a text as an SVG document string; the caller adds role and label. */
export function qrSvg(text: string): string {
	const { size, modules } = qrSymbol(text);
	const side = size + 2 * QUIET_ZONE;
	let path = '';
	for (const [y, row] of modules.entries()) {
		for (let x = 0; x < size; x++) {
			if (!row[x]) continue;
			const start = x;
			while (row[x + 1]) x++;
			path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x + 1 - start}v1h${start - x - 1}z`;
		}
	}
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">` +
		`<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
	);
}
