/**
 * fast-check generators shared by the engine's property tests. For tests only: nothing in the app
 * imports this file.
 */
import fc from 'fast-check';

/** Thresholds 0–15 % in steps of 0.1, as the slider moves. */
export const tenthsThreshold: fc.Arbitrary<number> = fc
	.integer({ min: 0, max: 150 })
	.map((tenths) => tenths / 10);

/**
 * Thresholds with any decimals a person may type: up to six decimals anywhere in 0–15 %, and a
 * hair either side of a whole or half percent (4.999, 4.9999, 5.0001, 5.001). Each is an integer
 * over a power of ten, so the number is exactly the shortest decimal written.
 */
export const decimalThreshold: fc.Arbitrary<number> = fc.oneof(
	fc.integer({ min: 0, max: 15_000_000 }).map((millionths) => millionths / 1_000_000),
	fc
		.tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom(-10, -1, 1, 10))
		.map(([halves, hair]) => Math.max(0, halves * 5_000 + hair) / 10_000)
);

/** Either kind of threshold, half and half. */
export const anyThreshold: fc.Arbitrary<number> = fc.oneof(tenthsThreshold, decimalThreshold);
