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

/**
 * The same streams as `stream`, in one object that is re-seeded instead of made anew: for
 * Monte-Carlo, which starts tens of streams in every one of thousands of runs. It is pure-rand's
 * xoroshiro128+ (its `next` and its seeding from a 32-bit number) written out, so every draw is
 * the one `stream(seed, key)` gives; a test compares them.
 */
export class ReseedableStream implements Stream {
	private s00 = 0;
	private s01 = 0;
	private s10 = 0;
	private s11 = 0;
	// The second normal of a Box–Muller pair, kept as radius and angle: its sine is taken only
	// if it is asked for (many streams here draw one normal and end).
	private spareRadius = 0;
	private spareAngle = 0;
	private hasSpare = false;

	/** Starts over as `stream(seed, key)` would. */
	reset(seed: number, key: number): this {
		const start = fmix32(fmix32(seed) ^ Math.imul(key + 1, 0x9e3779b1));
		this.s01 = -1;
		this.s00 = ~start;
		this.s11 = start | 0;
		this.s10 = 0;
		this.hasSpare = false;
		for (let i = 0; i < WARM_UP; i++) this.uniform();
		return this;
	}

	uniform(): number {
		const { s00, s01, s10, s11 } = this;
		const out = (s00 + s10) | 0;
		const a0 = s10 ^ s00;
		const a1 = s11 ^ s01;
		this.s00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
		this.s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
		this.s10 = (a1 << 5) ^ (a0 >>> 27);
		this.s11 = (a0 << 5) ^ (a1 >>> 27);
		return (out + 0x80000000) / 0x100000000;
	}

	normal(): number {
		if (this.hasSpare) {
			this.hasSpare = false;
			return this.spareRadius * Math.sin(this.spareAngle);
		}
		const radius = Math.sqrt(-2 * Math.log(1 - this.uniform()));
		const angle = 2 * Math.PI * this.uniform();
		this.spareRadius = radius;
		this.spareAngle = angle;
		this.hasSpare = true;
		return radius * Math.cos(angle);
	}
}
