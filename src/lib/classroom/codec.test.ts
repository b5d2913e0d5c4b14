import fc from 'fast-check';
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { submissionFromCode } from './submission';
import { exerciseFromCode } from './exercise-link';
import {
	cleanText,
	crc32,
	decodePayload,
	encodePayload,
	MAX_CODE_LENGTH,
	MAX_JSON_BYTES,
	plainText
} from './codec';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A code with a correct checksum around any body, to reach the checks after the checksum. */
function signed(prefix: string, bytes: Uint8Array): string {
	const body = btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
	const head = `${prefix}.${body}`;
	return `${head}.${crc32(strToU8(head)).toString(16).padStart(8, '0')}`;
}

describe('crc32', () => {
	it.each([
		['', 0],
		['a', 0xe8b7be43],
		['123456789', 0xcbf43926],
		['The quick brown fox jumps over the lazy dog', 0x414fa339]
	])('gives the standard CRC-32 check value for "%s"', (text, expected) => {
		expect(crc32(strToU8(text))).toBe(expected);
	});
});

describe('encodePayload and decodePayload', () => {
	it.each([
		['an object', { a: 1, b: [true, null, 'x'] }],
		['an array', [1, 2.5, -3]],
		['a string in Kazakh and Russian', 'Қазақстан Республикасының Парламенті — Мажилис'],
		['text with emoji and quotes', 'seats 🪑 "98" \'ok\''],
		['text that looks like HTML', '<script>alert("x")</script><b>bold</b>'],
		['null', null],
		['an empty object', {}]
	])('round-trips %s', (_, value) => {
		const code = encodePayload('exercise', value);
		expect(decodePayload('exercise', code)).toEqual({ ok: true, value });
	});

	it.each([
		['exercise', /^MLX1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/],
		['submission', /^MLS1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/]
	] as const)('writes a %s code with its prefix, a URL-safe body and a checksum', (kind, shape) => {
		const code = encodePayload(kind, { answer: 'Yes, because… the threshold?' });
		expect(code).toMatch(shape);
		expect(encodeURIComponent(code)).toBe(code);
	});

	it('compresses repetitive JSON', () => {
		const value = { answers: Array.from({ length: 10 }, () => 'the threshold keeps parties out') };
		expect(encodePayload('submission', value).length).toBeLessThan(JSON.stringify(value).length);
	});

	it.each([
		['spaces around it', (c: string) => `  ${c}  `],
		['a trailing newline', (c: string) => `${c}\n`],
		[
			'line breaks inside it, as an e-mail wraps it',
			(c: string) => c.replace(/(.{20})/g, '$1\r\n')
		],
		['tabs and spaces inside it', (c: string) => c.replace(/(.{7})/g, '$1\t ')]
	])('reads a code pasted with %s', (_, mangle) => {
		const value = { name: 'Aigerim', answers: ['one', 'two'] };
		const code = encodePayload('submission', value);
		expect(decodePayload('submission', mangle(code))).toEqual({ ok: true, value });
	});

	const code = encodePayload('submission', { name: 'Aigerim', seats: 62, answers: ['a', 'b'] });
	const bodyStart = code.indexOf('.') + 1;
	const checksumStart = code.lastIndexOf('.') + 1;

	it('rejects every one-character change in the body with "checksum"', () => {
		const errors = new Set<string>();
		for (let i = bodyStart; i < checksumStart - 1; i++) {
			const other = BASE64URL[(BASE64URL.indexOf(code[i]!) + 17) % 64]!;
			const changed = code.slice(0, i) + other + code.slice(i + 1);
			const result = decodePayload('submission', changed);
			errors.add(result.ok ? 'accepted' : result.error);
		}
		expect([...errors]).toEqual(['checksum']);
	});

	it('rejects every one-digit change in the checksum with "checksum"', () => {
		const errors = new Set<string>();
		for (let i = checksumStart; i < code.length; i++) {
			const other = code[i] === '0' ? '1' : '0';
			const result = decodePayload('submission', code.slice(0, i) + other + code.slice(i + 1));
			errors.add(result.ok ? 'accepted' : result.error);
		}
		expect([...errors]).toEqual(['checksum']);
	});

	it('rejects a code whose last characters were cut off', () => {
		const cut = code.slice(0, checksumStart - 5) + code.slice(checksumStart - 1);
		expect(decodePayload('submission', cut)).toEqual({ ok: false, error: 'checksum' });
	});

	it.each([
		['a newer version', code.replace('MLS1.', 'MLS2.')],
		['a much newer version with another layout', 'MLS12.something:else']
	])('rejects %s with "version"', (_, text) => {
		expect(decodePayload('submission', text)).toEqual({ ok: false, error: 'version' });
	});

	it('rejects version 0 as not a code ("format"), not as a newer version (issue 13 §9)', () => {
		expect(decodePayload('submission', code.replace('MLS1.', 'MLS0.'))).toEqual({
			ok: false,
			error: 'format'
		});
	});

	it.each([
		['an empty text', ''],
		['words', 'hello teacher'],
		['a prefix alone', 'MLS1'],
		['empty parts', 'MLS1..'],
		['no checksum', 'MLS1.abc'],
		['a short checksum', 'MLS1.abc.1234567'],
		['a character outside base64url', 'MLS1.ab+c.12345678'],
		['a body of impossible length', 'MLS1.abcde.12345678'],
		['a link instead of a code', 'https://example.org/?code=MLS1'],
		['an exercise code where a submission is expected', encodePayload('exercise', {})],
		['lower-case prefix', code.toLowerCase()],
		['an enormous text', `MLS1.${'A'.repeat(MAX_CODE_LENGTH)}.00000000`]
	])('rejects %s with "format"', (_, text) => {
		expect(decodePayload('submission', text)).toEqual({ ok: false, error: 'format' });
	});

	it.each([
		['a body that is not deflate data', signed('MLS1', new Uint8Array([0xff, 0xff, 0xff]))],
		['deflate data that is not JSON', signed('MLS1', deflateSync(strToU8('{not json')))],
		['an empty body', signed('MLS1', new Uint8Array(0))],
		[
			'a small body that would inflate to over 256 KB',
			signed('MLS1', deflateSync(strToU8(JSON.stringify(' '.repeat(300_000)))))
		]
	])('rejects %s with "corrupt"', (_, text) => {
		expect(decodePayload('submission', text)).toEqual({ ok: false, error: 'corrupt' });
	});

	it('never throws, whatever it is given', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string({ unit: fc.constantFrom(...'MLS1.-_aZ09\n'.split('')) }),
					fc.string().map((s) => `MLS1.${s}.00000000`)
				),
				(text) => {
					const result = decodePayload('submission', text);
					expect(typeof result.ok).toBe('boolean');
				}
			)
		);
	});

	it('refuses to encode something JSON cannot hold', () => {
		expect(() => encodePayload('exercise', undefined)).toThrow(TypeError);
	});
});

/**
 * Issue 14 §3: the fuzzer above stops at the checksum. This one signs what it makes, so every
 * case passes the frame and the checksum and reaches the inflater, JSON.parse and the schemas.
 * The branches each case reached are counted (JSON.parse is watched) and asserted, so the test
 * fails if the generators stop reaching a path.
 */
describe('decodePayload past the checksum', () => {
	const deflated = (text: string) => deflateSync(strToU8(text));
	const cases = fc.oneof(
		// Random bytes: almost never a deflate stream — the inflater's errors.
		fc.uint8Array({ maxLength: 600 }).map((bytes) => ({ kind: 'bytes', bytes })),
		// A deflate stream cut short — the inflater's end-of-data check.
		fc.tuple(fc.jsonValue(), fc.nat()).map(([value, cut]) => {
			const full = deflated(JSON.stringify(value) ?? 'null');
			return { kind: 'truncated', bytes: full.subarray(0, cut % full.length) };
		}),
		// Deflated text that is not JSON — JSON.parse's errors.
		fc.string({ minLength: 1 }).map((t) => ({ kind: 'not-json', bytes: deflated(`{${t}`) })),
		// Any JSON value — the schemas' errors.
		fc.jsonValue().map((v) => ({ kind: 'json', bytes: deflated(JSON.stringify(v) ?? 'null') })),
		// Near-valid submissions: right keys, random values — the schema's field checks.
		fc
			.record({
				version: fc.oneof(fc.constant(1), fc.jsonValue()),
				exerciseId: fc.oneof(fc.constant('teacher'), fc.string()),
				exerciseTitle: fc.string({ maxLength: 130 }),
				studentName: fc.string({ maxLength: 70 }),
				goalMet: fc.oneof(fc.boolean(), fc.jsonValue()),
				hintsUsed: fc.oneof(fc.nat(12), fc.jsonValue()),
				answers: fc.array(fc.string({ maxLength: 30 }), { maxLength: 12 }),
				scenario: fc.oneof(
					fc.constantFrom('', 'threshold=7', 'constructor.amanat=1', 'total=20&districts=10'),
					fc.string()
				),
				finishedAt: fc.constantFrom('2026-11-29T10:00:00Z', 'yesterday')
			})
			.map((v) => ({ kind: 'submission-like', bytes: deflated(JSON.stringify(v)) })),
		// JSON just under, at and over the size cap — the cap.
		fc.integer({ min: -3, max: 3 }).map((d) => ({
			kind: 'size',
			bytes: deflated(`"${'a'.repeat(MAX_JSON_BYTES - 2 + d)}"`),
			over: d > 0
		}))
	);

	it('never throws, and reaches the inflater, JSON.parse, the size cap and the schemas', () => {
		const reached = {
			inflateError: 0,
			jsonError: 0,
			sizeCap: 0,
			decoded: 0,
			schemaRefused: 0,
			schemaAccepted: 0
		};
		const parse = JSON.parse;
		let parsed = 0;
		const spy = vi.spyOn(JSON, 'parse').mockImplementation((text, reviver) => {
			parsed++;
			return parse(text, reviver);
		});
		try {
			fc.assert(
				fc.property(cases, (c) => {
					const before = parsed;
					const code = signed('MLS1', c.bytes);
					let result;
					try {
						result = decodePayload('submission', code);
					} catch (error) {
						throw new Error(`decodePayload threw for a ${c.kind} case`, { cause: error });
					}
					const parseCalled = parsed > before;
					if (result.ok) {
						reached.decoded++;
						const read = submissionFromCode(code);
						expect(() => exerciseFromCode(code.replace('MLS1', 'MLX1'))).not.toThrow();
						if (read.ok) reached.schemaAccepted++;
						else {
							expect(read.error).toBe('schema');
							reached.schemaRefused++;
						}
					} else {
						expect(result.error).toBe('corrupt');
						if ('over' in c && c.over) reached.sizeCap++;
						else if (parseCalled) reached.jsonError++;
						else reached.inflateError++;
					}
					if ('over' in c) expect(result.ok).toBe(!c.over);
					if (c.kind === 'not-json') expect(result.ok).toBe(false);
				}),
				{ numRuns: 4_000, seed: 13 }
			);
		} finally {
			spy.mockRestore();
		}
		console.log(`codec fuzzer, branches reached in 4,000 runs: ${JSON.stringify(reached)}`);
		expect(reached.inflateError).toBeGreaterThan(100);
		expect(reached.jsonError).toBeGreaterThan(100);
		expect(reached.sizeCap).toBeGreaterThan(10);
		expect(reached.schemaRefused).toBeGreaterThan(100);
		expect(reached.schemaAccepted).toBeGreaterThan(0);
	}, 120_000);
});

describe('plainText', () => {
	it.each([
		['a name', 'Айгерім Сәрсенова', 'line', true],
		['a name with an apostrophe', "O'Brien", 'line', true],
		['text that looks like HTML', '<img src=x onerror=alert(1)>', 'line', true],
		['a blank name', '   ', 'line', false],
		['a name over two lines', 'Ann\nBob', 'line', false],
		['a name with a tab', 'Ann\tBob', 'line', false],
		['a name with a right-to-left override', 'Ann\u202Egnp.exe', 'line', false],
		['a paragraph over several lines', 'First.\nSecond.\r\n\tThird.', 'paragraph', true],
		['a paragraph with a NUL', 'a\u0000b', 'paragraph', false],
		['a paragraph with an isolate control', 'a\u2066b', 'paragraph', false],
		['an empty paragraph', '', 'paragraph', true],
		['a paragraph over the limit', 'x'.repeat(41), 'paragraph', false]
	] as const)('judges %s', (_, text, shape, ok) => {
		expect(plainText(40, shape).safeParse(text).success).toBe(ok);
	});
});

describe('cleanText', () => {
	it.each([
		['trims a name', '  Aigerim  ', 'line', 60, 'Aigerim'],
		['joins a name typed over lines', 'Aigerim\nS.', 'line', 60, 'Aigerim S.'],
		['drops control and bidi characters', 'A\u0007i\u202Eg', 'line', 60, 'Aig'],
		['keeps line breaks in an answer', 'One.\nTwo.', 'paragraph', 100, 'One.\nTwo.'],
		['cuts to the limit', 'abcdef', 'paragraph', 3, 'abc'],
		['does not split an emoji at the limit', 'ab🙂', 'paragraph', 3, 'ab']
	] as const)('%s', (_, text, shape, max, expected) => {
		const cleaned = cleanText(text, max, shape);
		expect(cleaned).toBe(expected);
		expect(plainText(max, shape).safeParse(cleaned).success).toBe(true);
	});
});
