/**
 * The QR reader for browsers without one of their own (Chromium on Linux and Windows, Firefox,
 * Safari): ZXing-C++ compiled to WebAssembly behind the Shape Detection API's `BarcodeDetector`
 * (the barcode-detector polyfill), so the scanner calls one API whichever reader it has.
 *
 * The scanner loads this module only when the teacher starts the camera (`import()`), so no other
 * page and no first visit pays for it. The .wasm is this site's own file, hashed by the build and
 * kept for offline use by the service worker: the polyfill's default would fetch it from a CDN,
 * which the Content-Security-Policy forbids and an offline classroom cannot reach. Compiling it
 * needs 'wasm-unsafe-eval' in script-src (see svelte.config.js), which allows WebAssembly only,
 * not eval. qr-reader.test.ts checks that the file is the one the polyfill was built against.
 * @see https://wicg.github.io/shape-detection-api/#barcode-detection-api
 * @see https://github.com/Sec-ant/barcode-detector
 */
import { BarcodeDetector, prepareZXingModule } from 'barcode-detector/ponyfill';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

/** The part of `BarcodeDetector` the scanner uses, native or polyfilled. */
export interface QrDetector {
	detect(source: HTMLVideoElement | ImageData): Promise<{ rawValue: string }[]>;
}

/**
 * A QR detector on ZXing's WebAssembly, compiled before it is returned, so a file that cannot
 * be loaded (offline before the first visit cached it) fails here and not on the first frame.
 */
export async function zxingQrDetector(): Promise<QrDetector> {
	await prepareZXingModule({
		overrides: {
			locateFile: (path: string, prefix: string) =>
				path.endsWith('.wasm') ? wasmUrl : prefix + path
		},
		fireImmediately: true
	});
	return new BarcodeDetector({ formats: ['qr_code'] });
}
