/**
 * Seeded randomness for the district model: the same scenario always gives the same districts.
 * The generator is pure-rand's xoroshiro128+; each district draws from its own stream, so adding
 * a district does not reshuffle the others.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Stream {
	/** Uniform in [0, 1). */
	uniform(): number;
	/** Standard normal (Box–Muller). */
	normal(): number;
}

/** MurmurHash3's 32-bit finaliser: neighbouring inputs give unrelated outputs. */
function fmix32(h: number): number {
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) | 0;
}

/** Draws thrown away after seeding, so that the first ones do not echo the seed. */
const WARM_UP = 1;

/** A stream for one purpose: `seed` is the scenario's, `key` names the district or region. */
export function stream(seed: number, key: number): Stream {
	const rng = xoroshiro128plus(fmix32(fmix32(seed) ^ Math.imul(key + 1, 0x9e3779b1)));
	// One 32-bit draw per number: ample precision for a model, and twice as fast as 53 bits.
	const uniform = () => (rng.next() + 0x80000000) / 0x100000000;
	for (let i = 0; i < WARM_UP; i++) uniform();
	// Box–Muller gives normals in pairs; the second waits for the next call.
	let spare: number | null = null;
	return {
		uniform,
		normal: () => {
			if (spare !== null) {
				const value = spare;
				spare = null;
				return value;
			}
			const radius = Math.sqrt(-2 * Math.log(1 - uniform())); // 1 − u in (0, 1]: log is finite
			const angle = 2 * Math.PI * uniform();
			spare = radius * Math.sin(angle);
			return radius * Math.cos(angle);
		}
	};
}
