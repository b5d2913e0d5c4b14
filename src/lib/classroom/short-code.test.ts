import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ALPHABET,
	BitReader,
	BitWriter,
	bytesToSymbols,
	checksMatch,
	encodeLongCode,
	encodeShortCode,
	groupCode,
	normalizeCode,
	readShortCode,
	symbolsToBytes
} from './short-code';

const bytes = (...values: number[]) => Uint8Array.from(values);

const data = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) % 256);
/** Short codes of several lengths, from 2 to 40 bytes (6 to 68 symbols with the checks). */
const SHORT = [2, 3, 7, 8, 9, 20, 35, 40].map((n) => encodeShortCode(data(n)));
/** Long codes (W, blocks of bytes, checks) of 1 to 40 bytes. */
const LONG = [1, 9, 40].map((n) => encodeLongCode(data(n)));
const SAMPLES = [...SHORT, ...LONG];

describe('the alphabet', () => {
	it('has 31 symbols, none of 0, O, 1, I or L, all in the QR alphanumeric mode', () => {
		expect(new Set(ALPHABET).size).toBe(31);
		expect(ALPHABET).not.toMatch(/[01OIL]/);
		expect(ALPHABET).toMatch(/^[0-9A-Z]+$/);
	});
});

describe('bytes as symbols', () => {
	it.each([
		[0, 0],
		[1, 2],
		[2, 4],
		[3, 5],
		[4, 7],
		[5, 9],
		[6, 10],
		[7, 12],
		[8, 13],
		[9, 15],
		[16, 26]
	])('writes %i bytes in %i symbols (the fewest with 31^k ≥ 256^n per block)', (n, symbols) => {
		expect(bytesToSymbols(new Uint8Array(n))).toHaveLength(symbols);
		// The count is the least possible: one symbol fewer cannot hold every value of the block.
		const tail = n % 8 || (n > 0 ? 8 : 0);
		if (tail > 0) expect(31 ** ((symbols % 13 || 13) - 1)).toBeLessThan(256 ** tail);
	});

	it('round-trips any bytes (property)', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 100 }), (data) => {
				expect(symbolsToBytes(bytesToSymbols(data))).toEqual(data.length ? data : null);
			})
		);
	});

	it('refuses a symbol count no byte count gives, and a block value above its bytes', () => {
		expect(symbolsToBytes('2')).toBeNull();
		expect(symbolsToBytes('222')).toBeNull();
		// Two symbols hold 961 values, one byte only 256.
		expect(symbolsToBytes('ZZ')).toBeNull();
	});
});

describe('the check symbols', () => {
	it.each(SAMPLES.map((c) => [c.length, c]))(
		'catch every single changed symbol in a %i-symbol code (every position × every symbol)',
		(_, code) => {
			expect(checksMatch(code)).toBe(true);
			let tried = 0;
			for (let i = 0; i < code.length; i++) {
				for (const symbol of ALPHABET) {
					if (symbol === code[i]) continue;
					const typo = code.slice(0, i) + symbol + code.slice(i + 1);
					expect(readShortCode(typo, 1000)).toEqual({ ok: false, error: 'typo' });
					tried++;
				}
			}
			expect(tried).toBe(code.length * 30);
		}
	);

	it.each(SAMPLES.map((c) => [c.length, c]))(
		'catch every swap of two neighbouring symbols in a %i-symbol code',
		(_, code) => {
			for (let i = 0; i + 1 < code.length; i++) {
				if (code[i] === code[i + 1]) continue;
				const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
				expect(checksMatch(swapped)).toBe(false);
			}
		}
	);

	it.each(SHORT.map((c) => [c.length, c]))(
		'catch every dropped and every doubled or inserted symbol in a %i-symbol short code',
		(_, code) => {
			for (let i = 0; i < code.length; i++) {
				const dropped = code.slice(0, i) + code.slice(i + 1);
				expect(readShortCode(dropped, 1000)).toEqual({ ok: false, error: 'typo' });
				for (const symbol of ALPHABET) {
					const inserted = code.slice(0, i) + symbol + code.slice(i);
					expect(readShortCode(inserted, 1000)).toEqual({ ok: false, error: 'typo' });
				}
			}
		}
	);
});

describe('readShortCode', () => {
	const code = SHORT[4]!;

	it('round-trips short and long codes (property); a version 2 short one never starts with W', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: 1, maxLength: 60 }), (data) => {
				// The first 4 bits of a main code: version 2 (010) and kind 0.
				const bytes = Uint8Array.from(data, (b, i) => (i === 0 ? (b & 0x0f) | 0x40 : b));
				const short = encodeShortCode(bytes);
				expect(short.length % 2).toBe(0);
				expect(short[0]).not.toBe('W');
				const read = readShortCode(short, 1000);
				expect(read).toMatchObject({ ok: true, long: false });
				// The short layout pads to its symbols with zero bits: the bytes come first.
				if (read.ok) expect(read.bytes.subarray(0, bytes.length)).toEqual(bytes);
				expect(readShortCode(encodeLongCode(bytes), 1000)).toEqual({
					ok: true,
					long: true,
					bytes,
					code: encodeLongCode(bytes)
				});
			})
		);
	});

	it('forgives lower case, spaces, dashes and line breaks', () => {
		const typed = ` ${groupCode(code).toLowerCase().replaceAll('-', ' - ')}\n`;
		expect(normalizeCode(typed)).toBe(code);
		expect(readShortCode(typed, 100)).toMatchObject({ ok: true, code });
	});

	it.each([
		['a zero', `${code.slice(0, 3)}0${code.slice(4)}`, 'alphabet'],
		['a letter O', `${code.slice(0, 3)}O${code.slice(4)}`, 'alphabet'],
		['a one', `1${code.slice(1)}`, 'alphabet'],
		['a Cyrillic letter', `${code.slice(0, 5)}Ж${code.slice(6)}`, 'alphabet'],
		['a prototype name', '__proto__', 'alphabet'],
		['a constructor name', 'constructor', 'alphabet'],
		['too many symbols', 'A'.repeat(101), 'length'],
		['nothing', '', 'length'],
		['three symbols', 'ABC', 'length']
	])('refuses %s with its reason', (_, text, error) => {
		expect(readShortCode(text, 100)).toEqual({ ok: false, error });
	});
});

describe('BitWriter and BitReader', () => {
	it('round-trips fixed-width numbers and Exp-Golomb counts (property)', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.oneof(
						fc.record({ w: fc.integer({ min: 1, max: 40 }), v: fc.nat() }),
						fc.record({ c: fc.bigInt({ min: 0n, max: 10n ** 30n }) })
					),
					{ maxLength: 20 }
				),
				(fields) => {
					const writer = new BitWriter();
					const written = fields.map((f) => {
						if ('c' in f) {
							writer.count(f.c);
							return f.c;
						}
						const v = BigInt(f.v) % (1n << BigInt(f.w));
						writer.write(v, f.w);
						return v;
					});
					const reader = new BitReader(writer.bytes());
					fields.forEach((f, i) => {
						expect('c' in f ? reader.countBig(120) : reader.readBig(f.w)).toBe(written[i]);
					});
					expect(reader.atEnd()).toBe(true);
				}
			)
		);
	});

	it('writes 0 as one bit and small counts in few (Exp-Golomb)', () => {
		const lengths = [0, 1, 2, 3, 6, 7].map((n) => {
			const w = new BitWriter();
			w.count(n);
			return w.length;
		});
		expect(lengths).toEqual([1, 3, 3, 5, 5, 7]);
	});

	it('refuses a value wider than its field, and a reader past the end throws', () => {
		expect(() => new BitWriter().write(8, 3)).toThrow(RangeError);
		expect(() => new BitReader(bytes(0)).read(9)).toThrow(/ends early/);
		expect(() => new BitReader(bytes(0, 0, 0)).count(10)).toThrow(/too large/);
	});
});
