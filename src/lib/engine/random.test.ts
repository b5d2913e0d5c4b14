import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ReseedableStream, stream, type Stream } from './random';

/** A sequence of draws: true for a normal, false for a uniform. */
function drawAll(s: Stream, kinds: readonly boolean[]): number[] {
	return kinds.map((normal) => (normal ? s.normal() : s.uniform()));
}

describe('ReseedableStream', () => {
	it('draws exactly what stream(seed, key) draws, uniforms and normals in any order', () => {
		const reused = new ReseedableStream();
		fc.assert(
			fc.property(
				fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
				fc.integer({ min: 0, max: 1_000_000 }),
				fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
				(seed, key, kinds) => {
					// Re-seeded after other draws: nothing of the previous stream is left over.
					reused.reset(seed ^ 1, key + 1).normal();
					expect(drawAll(reused.reset(seed, key), kinds)).toEqual(
						drawAll(stream(seed, key), kinds)
					);
				}
			),
			{ numRuns: 500 }
		);
	});

	it.each([
		[0, 0],
		[69, 1000],
		[2 ** 31 - 1, 29]
	])('gives stream(%i, %i)’s first hundred normals', (seed, key) => {
		const kinds = Array<boolean>(100).fill(true);
		expect(drawAll(new ReseedableStream().reset(seed, key), kinds)).toEqual(
			drawAll(stream(seed, key), kinds)
		);
	});
});
