/**
 * The polyfill carries ZXing's JavaScript glue and the SHA-256 of the .wasm it was built with; the
 * .wasm the site serves comes from the zxing-wasm package. A glue and a binary of different builds
 * fail at run time, on the teacher's phone, so both pins are checked here against each other.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ZXING_WASM_SHA256, ZXING_WASM_VERSION } from 'barcode-detector/ponyfill';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('the QR reader’s WebAssembly', () => {
	it('is pinned to the zxing-wasm version the polyfill was built against', () => {
		const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as {
			dependencies: Record<string, string>;
		};
		expect(dependencies['zxing-wasm']).toBe(ZXING_WASM_VERSION);
	});

	it('is byte for byte the binary the polyfill expects (its SHA-256)', () => {
		const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
		expect(createHash('sha256').update(wasm).digest('hex')).toBe(ZXING_WASM_SHA256);
	});
});
