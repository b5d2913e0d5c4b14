/**
 * Seeded randomness for the district model: the same scenario always gives the same districts.
 * The generator is pure-rand's xoroshiro128+; each district draws from its own stream, so adding
 * a district does not reshuffle the others.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Stream {
	/** Uniform in [0, 1). */
	uniform(): number;
	/** Standard normal (Box–Muller). */
	normal(): number;
}

/** A stream for one purpose: `seed` is the scenario's, `key` names the district or region. */
export function stream(seed: number, key: number): Stream {
	// Mix the two integers so that neighbouring keys give unrelated streams.
	const rng = xoroshiro128plus(
		(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(key + 1, 0xc2b2ae35)) | 0
	);
	const uniform = () => uniformFloat64(rng);
	return {
		uniform,
		normal: () => {
			const u = 1 - uniform(); // (0, 1], so the logarithm is finite
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
		}
	};
}
