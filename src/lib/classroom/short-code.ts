/**
 * The letters of a short code a person can type or read aloud, and a QR code can hold in its
 * small alphanumeric mode: 31 symbols, the digits 2–9 and the capital letters without I, L and
 * O, so 0/O and 1/I/l are never mixed up. Two layouts, told apart by the first symbol:
 * - a short code (a student's main code): its bits as one number in base 31, in an even number
 *   of symbols, then two check symbols, so that a dropped or an added symbol (an odd length) is
 *   always caught; its first symbol is never W (the version bits keep it between 5 and B);
 * - a long code (the written answers, deflated text): W, then the bytes eight at a time as 13
 *   symbols (31^13 ≥ 2^64), a shorter tail in as few symbols as hold it, then two check symbols.
 *
 * The first check symbol is a weighted sum modulo 31 (a prime), with weights 1, 2, …, 30, 1, 2, …
 * by position: no weight is 0 mod 31 and neighbours differ, so every single changed symbol and
 * every swap of two neighbours changes the sum (ISO 7064's reasoning; short-code.test.ts checks
 * every position and symbol exhaustively). The second, with weights 3^i mod 31 (3 generates all
 * 30 non-zero residues) and the length in the sum, makes a dropped or doubled symbol, which the
 * first cannot promise to catch, pass only by a 1-in-961 chance before the structure is read.
 * @see ISO/IEC 7064:2003, check character systems (pure systems over a prime modulus)
 * @see ISO/IEC 18004:2015 §7.4.4, the alphanumeric mode (digits, capitals, space $%*+-./:)
 */

export const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const BASE = ALPHABET.length;
const VALUE: ReadonlyMap<string, number> = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Symbols for a tail of n bytes (n = 0…8): the fewest k with 31^k ≥ 256^n. */
const SYMBOLS_FOR_BYTES = [0, 2, 4, 5, 7, 9, 10, 12, 13] as const;
const BLOCK_BYTES = 8;
const BLOCK_SYMBOLS = 13;

/** Why a text is not a readable short code, before anything it carries is read. */
export type ShortCodeError = 'alphabet' | 'length' | 'typo';

export type ShortCodeRead =
	| { ok: true; long: boolean; bytes: Uint8Array; code: string }
	| { ok: false; error: ShortCodeError };

/**
 * What a person typed, as symbols: letters upper-cased, spaces and dashes (a code may be shown
 * in groups) left out. Other characters stay, so the reader can say a code has a wrong one.
 */
export function normalizeCode(text: string): string {
	return text.replace(/[\s\-\u2010-\u2015]+/g, '').toUpperCase();
}

/** Bytes as symbols, without the check symbols. */
export function bytesToSymbols(bytes: Uint8Array): string {
	let out = '';
	for (let at = 0; at < bytes.length; at += BLOCK_BYTES) {
		const block = bytes.subarray(at, at + BLOCK_BYTES);
		let value = 0n;
		for (const byte of block) value = (value << 8n) | BigInt(byte);
		const digits = SYMBOLS_FOR_BYTES[block.length]!;
		let text = '';
		for (let i = 0; i < digits; i++) {
			text = ALPHABET[Number(value % 31n)]! + text;
			value /= 31n;
		}
		out += text;
	}
	return out;
}

/** Symbols back to bytes; null when the count or a block's value cannot come from bytes. */
export function symbolsToBytes(symbols: string): Uint8Array | null {
	const tail = symbols.length % BLOCK_SYMBOLS;
	const tailBytes = SYMBOLS_FOR_BYTES.indexOf(tail as (typeof SYMBOLS_FOR_BYTES)[number]);
	if (tailBytes < 0 || (tail === 0 && symbols.length === 0)) return null;
	const out = new Uint8Array(Math.floor(symbols.length / BLOCK_SYMBOLS) * BLOCK_BYTES + tailBytes);
	let written = 0;
	for (let at = 0; at < symbols.length; at += BLOCK_SYMBOLS) {
		const block = symbols.slice(at, at + BLOCK_SYMBOLS);
		const bytes = block.length === BLOCK_SYMBOLS ? BLOCK_BYTES : tailBytes;
		let value = 0n;
		for (const c of block) value = value * 31n + BigInt(VALUE.get(c)!);
		if (value >= 1n << BigInt(8 * bytes)) return null;
		for (let i = bytes - 1; i >= 0; i--) {
			out[written + i] = Number(value & 0xffn);
			value >>= 8n;
		}
		written += bytes;
	}
	return out;
}

const weight1 = (i: number) => (i % 30) + 1;
const POWERS_OF_3 = Array.from({ length: 30 }, (_, i) => {
	let p = 1;
	for (let k = 0; k < i; k++) p = (p * 3) % BASE;
	return p;
});
const weight2 = (i: number) => POWERS_OF_3[i % 30]!;

/** The inverse of a non-zero residue modulo 31 (Fermat: a^29). */
function inverse(a: number): number {
	let result = 1;
	for (let k = 0; k < BASE - 2; k++) result = (result * a) % BASE;
	return result;
}

function weightedSum(symbols: string, weight: (i: number) => number): number {
	let sum = 0;
	for (let i = 0; i < symbols.length; i++) {
		sum = (sum + weight(i) * VALUE.get(symbols[i]!)!) % BASE;
	}
	return sum;
}

/** The check symbol that makes the weighted sum of `symbols` and it, plus `extra`, 0 mod 31. */
function checkSymbol(symbols: string, weight: (i: number) => number, extra: number): string {
	const sum = (weightedSum(symbols, weight) + extra) % BASE;
	const value = ((BASE - sum) * inverse(weight(symbols.length))) % BASE;
	return ALPHABET[value]!;
}

/** The symbols with their two check symbols. */
export function withChecks(symbols: string): string {
	const first = symbols + checkSymbol(symbols, weight1, 0);
	return first + checkSymbol(first, weight2, (first.length + 1) % BASE);
}

/** Whether a normalized code's two check symbols match. */
export function checksMatch(code: string): boolean {
	return (
		code.length >= 2 &&
		weightedSum(code.slice(0, -1), weight1) === 0 &&
		(weightedSum(code, weight2) + code.length) % BASE === 0
	);
}

/** The first symbol of a long code. */
export const LONG_MARK = 'W';

/** Bits that k symbols hold: the most b with 2^b ≤ 31^k. */
const bitsIn = (k: number) => (31n ** BigInt(k)).toString(2).length - 1;

/**
 * Bits (as whole bytes from a BitWriter) as a short code: one number in base 31, in the fewest
 * even number of symbols that hold them, and the two check symbols.
 */
export function encodeShortCode(bytes: Uint8Array): string {
	let k = 2;
	while (bitsIn(k) < bytes.length * 8) k += 2;
	let value = 0n;
	for (const byte of bytes) value = (value << 8n) | BigInt(byte);
	value <<= BigInt(bitsIn(k) - bytes.length * 8);
	let symbols = '';
	for (let i = 0; i < k; i++) {
		symbols = ALPHABET[Number(value % 31n)]! + symbols;
		value /= 31n;
	}
	return withChecks(symbols);
}

/** A short code's symbols (checks removed) as its bits, left-aligned in bytes; null if too large. */
function shortCodeBits(symbols: string): Uint8Array | null {
	const bits = bitsIn(symbols.length);
	let value = 0n;
	for (const c of symbols) value = value * 31n + BigInt(VALUE.get(c)!);
	if (value >= 1n << BigInt(bits)) return null;
	const bytes = Math.ceil(bits / 8);
	value <<= BigInt(bytes * 8 - bits);
	const out = new Uint8Array(bytes);
	for (let i = bytes - 1; i >= 0; i--) {
		out[i] = Number(value & 0xffn);
		value >>= 8n;
	}
	return out;
}

/** Bytes as a long code: W, the bytes in blocks, and the two check symbols. */
export function encodeLongCode(bytes: Uint8Array): string {
	return withChecks(LONG_MARK + bytesToSymbols(bytes));
}

/**
 * Reads a short or long code as typed: normalized, every symbol in the alphabet, no longer than
 * `max` symbols (a short code: `maxShort`), the checks matching, the symbols a possible length.
 * A short code's bytes may end in zero padding (up to about two bytes). Never throws.
 */
export function readShortCode(text: string, max: number, maxShort = max): ShortCodeRead {
	const code = normalizeCode(text);
	if (code.length > max) return { ok: false, error: 'length' };
	for (const c of code) if (!VALUE.has(c)) return { ok: false, error: 'alphabet' };
	if (code.length < 4) return { ok: false, error: 'length' };
	const long = code.startsWith(LONG_MARK);
	// An odd short code lost or gained a symbol; checked first, as the likeliest typing slip.
	if (!long && code.length % 2 === 1) return { ok: false, error: 'typo' };
	if (!checksMatch(code)) return { ok: false, error: 'typo' };
	if (!long && code.length > maxShort) return { ok: false, error: 'length' };
	const bytes = long ? symbolsToBytes(code.slice(1, -2)) : shortCodeBits(code.slice(0, -2));
	return bytes ? { ok: true, long, bytes, code } : { ok: false, error: 'typo' };
}

/** A code in groups of `size` symbols joined by dashes, for reading off a screen and typing. */
export function groupCode(code: string, size = 4): string {
	return code.match(new RegExp(`.{1,${size}}`, 'g'))?.join('-') ?? '';
}

/** Bits written most significant first, padded with zeros to whole bytes. */
export class BitWriter {
	private readonly bits: number[] = [];

	/** `value` (a non-negative integer below 2^width) in `width` bits. */
	write(value: number | bigint, width: number): void {
		const v = BigInt(value);
		if (v < 0n || v >= 1n << BigInt(width)) {
			throw new RangeError(`BitWriter: ${v} does not fit in ${width} bits`);
		}
		for (let i = width - 1; i >= 0; i--) this.bits.push(Number((v >> BigInt(i)) & 1n));
	}

	/**
	 * Exponential-Golomb code of order 0 for n ≥ 0: small numbers in few bits, any size allowed
	 * (n + 1 in binary, after as many zeros as it has bits less one).
	 * @see ITU-T H.264 §9.1, ue(v)
	 */
	count(n: number | bigint): void {
		const x = BigInt(n) + 1n;
		if (x < 1n) throw new RangeError('BitWriter.count: a negative number');
		const width = x.toString(2).length;
		this.write(0, width - 1);
		this.write(x, width);
	}

	get length(): number {
		return this.bits.length;
	}

	bytes(): Uint8Array {
		const out = new Uint8Array(Math.ceil(this.bits.length / 8));
		for (const [i, bit] of this.bits.entries()) out[i >> 3]! |= bit << (7 - (i & 7));
		return out;
	}
}

/** Thrown by BitReader when a code ends early or holds a number too large to be real. */
export class BitsError extends Error {
	override readonly name = 'BitsError';
}

export class BitReader {
	private at = 0;
	constructor(private readonly data: Uint8Array) {}

	private bit(): number {
		if (this.at >= this.data.length * 8) throw new BitsError('the code ends early');
		const bit = (this.data[this.at >> 3]! >> (7 - (this.at & 7))) & 1;
		this.at++;
		return bit;
	}

	read(width: number): number {
		return Number(this.readBig(width));
	}

	readBig(width: number): bigint {
		let v = 0n;
		for (let i = 0; i < width; i++) v = (v << 1n) | BigInt(this.bit());
		return v;
	}

	/** An Exp-Golomb number of at most `maxBits` bits (BitWriter.count). */
	countBig(maxBits: number): bigint {
		let zeros = 0;
		while (this.bit() === 0) {
			if (++zeros > maxBits) throw new BitsError('a number too large');
		}
		return ((1n << BigInt(zeros)) | this.readBig(zeros)) - 1n;
	}

	count(maxBits = 20): number {
		return Number(this.countBig(maxBits));
	}

	/** Whole bytes read so far (a byte read in part counts). */
	get bytesRead(): number {
		return Math.ceil(this.at / 8);
	}

	/** Whether only zero padding is left (a short code pads to its symbols: under 3 bytes). */
	atEnd(): boolean {
		const left = this.data.length * 8 - this.at;
		if (left >= 24) return false;
		while (this.at < this.data.length * 8) if (this.bit() !== 0) return false;
		return true;
	}
}
