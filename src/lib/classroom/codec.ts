/**
 * Codes that carry classroom data without a server: a teacher's exercise inside a link, a
 * student's answers inside a short text and a QR code. One format for both:
 *
 *     MLX1.<body>.<checksum>      exercise, format version 1 (JSON; still read)
 *     MLX2.<body>.<checksum>      exercise, format version 2 (binary: exercise-link.ts)
 *     MLS1.<body>.<checksum>      submission, format version 1 (still read; students now make
 *                                 short codes, submission-code.ts)
 *
 * The body is the JSON value (version 1) or the format's bytes (version 2), raw-deflated
 * (RFC 1951) and written in base64url without padding (RFC 4648 §5), so a code is safe in a URL,
 * a QR code and an e-mail. The checksum is the CRC-32
 * of everything before it, in 8 hex digits: it catches a mistyped or truncated code. It is not a
 * signature — with no server there is no secret — so whoever reads a code must still validate
 * what it carries (exercise-link.ts, submission.ts) and show the text as text, never as HTML.
 * @see https://www.rfc-editor.org/rfc/rfc1951
 * @see https://www.rfc-editor.org/rfc/rfc4648#section-5
 */
import '../validation';
import { deflateSync, Inflate, strFromU8, strToU8 } from 'fflate';
import * as z from 'zod';

export type PayloadKind = 'exercise' | 'submission';

/** Why a text is not a readable code; the UI turns each into a message. */
export type CodecError = 'format' | 'version' | 'checksum' | 'corrupt';

export type DecodeResult = { ok: true; value: unknown } | { ok: false; error: CodecError };

/** The format version this build writes and reads. Bump it when the body changes shape. */
export const CODEC_VERSION = 1;

const KIND_LETTER: Readonly<Record<PayloadKind, string>> = { exercise: 'X', submission: 'S' };

/**
 * Longer texts are refused before any work. A typical exercise link is a few thousand
 * characters; the largest exercise the schema allows, in text that does not compress, is about
 * 62,000 (14,620 UTF-16 units of three UTF-8 bytes each, in base64).
 */
export const MAX_CODE_LENGTH = 100_000;
/** Inflated JSON larger than this is refused, so a small code cannot expand into megabytes. */
export const MAX_JSON_BYTES = 256 * 1024;
/**
 * Compressed bytes given to the inflater at a time. Deflate expands at most about 1,032 times,
 * so one step yields at most about 264 KiB, and inflating stops within one step of the cap: a
 * 100,000-character code that would inflate to 73 MB costs what 256 KiB costs.
 */
const INFLATE_STEP = 256;

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/**
 * CRC-32 as in zlib, PNG and Ethernet (reflected polynomial 0xEDB88320); fflate keeps its own
 * private. It detects every error burst up to 32 bits, so any one or two changed characters.
 * @see https://www.rfc-editor.org/rfc/rfc1952#section-8
 */
export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

function checksumOf(text: string): string {
	return crc32(strToU8(text)).toString(16).padStart(8, '0');
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	// In slices: String.fromCharCode(...all) overflows the argument limit on long inputs.
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

function prefixOf(kind: PayloadKind, version = CODEC_VERSION): string {
	return `ML${KIND_LETTER[kind]}${version}`;
}

/** Bytes as a code of a given format version: deflated, in base64url, with the checksum. */
export function encodeBytes(kind: PayloadKind, version: number, bytes: Uint8Array): string {
	const head = `${prefixOf(kind, version)}.${toBase64Url(deflateSync(bytes, { level: 9 }))}`;
	return `${head}.${checksumOf(head)}`;
}

export type BytesResult =
	{ ok: true; version: number; bytes: Uint8Array } | { ok: false; error: CodecError };

/**
 * Reads a code of the given kind whose version is one of `versions`, as its inflated bytes (at
 * most MAX_JSON_BYTES). Never throws; a higher version is 'version', any other 'format'.
 */
export function decodeBytes(
	kind: PayloadKind,
	text: string,
	versions: readonly number[]
): BytesResult {
	if (typeof text !== 'string' || text.length > MAX_CODE_LENGTH) return failBytes('format');
	const code = text.replace(/\s+/g, '');
	const prefix = PREFIX.exec(code);
	if (!prefix || prefix[1] !== KIND_LETTER[kind]) return failBytes('format');
	const version = Number(prefix[2]);
	if (version > Math.max(...versions)) return failBytes('version');
	if (!versions.includes(version)) return failBytes('format');
	const parts = SHAPE.exec(code);
	if (!parts) return failBytes('format');
	const body = parts[3]!;
	if (body.length % 4 === 1) return failBytes('format');
	const head = `${prefixOf(kind, version)}.${body}`;
	if (parseInt(parts[4]!, 16) !== crc32(strToU8(head))) return failBytes('checksum');
	try {
		const bytes = inflateCapped(fromBase64Url(body), MAX_JSON_BYTES);
		return bytes ? { ok: true, version, bytes } : failBytes('corrupt');
	} catch {
		return failBytes('corrupt');
	}
}

const failBytes = (error: CodecError): BytesResult => ({ ok: false, error });

/** A JSON value as a code; throws only for a value JSON cannot hold (undefined, a function). */
export function encodePayload(kind: PayloadKind, value: unknown): string {
	const json = JSON.stringify(value);
	if (json === undefined) throw new TypeError('encodePayload: the value is not JSON');
	const head = `${prefixOf(kind)}.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
	return `${head}.${checksumOf(head)}`;
}

const SHAPE = /^ML([A-Z])(\d{1,4})\.([A-Za-z0-9_-]*)\.([0-9a-fA-F]{8})$/;
const PREFIX = /^ML([A-Z])(\d{1,4})\./;

/**
 * Reads a code of the given kind. Never throws. Whitespace anywhere is ignored, because a code
 * pasted from an e-mail or a chat often arrives wrapped over lines; base64url has none of its own.
 */
export function decodePayload(kind: PayloadKind, text: string): DecodeResult {
	if (typeof text !== 'string' || text.length > MAX_CODE_LENGTH) return fail('format');
	const code = text.replace(/\s+/g, '');
	const prefix = PREFIX.exec(code);
	if (!prefix || prefix[1] !== KIND_LETTER[kind]) return fail('format');
	// A newer format may change everything after the prefix, so the version is judged first.
	// There is no format before version 1: a lower number is not a code this app ever made.
	const version = Number(prefix[2]);
	if (version < 1) return fail('format');
	if (version !== CODEC_VERSION) return fail('version');
	const parts = SHAPE.exec(code);
	if (!parts) return fail('format');
	const body = parts[3]!;
	if (body.length % 4 === 1) return fail('format');
	const head = `${prefixOf(kind)}.${body}`;
	if (parseInt(parts[4]!, 16) !== crc32(strToU8(head))) return fail('checksum');
	try {
		const json = inflateCapped(fromBase64Url(body), MAX_JSON_BYTES);
		if (!json) return fail('corrupt');
		return { ok: true, value: JSON.parse(strFromU8(json)) as unknown };
	} catch {
		return fail('corrupt');
	}
}

/**
 * Raw-inflates `bytes` as a stream, a few compressed bytes at a time, and gives up as soon as
 * the output passes `cap`: null then. Throws on data that is not a complete deflate stream.
 */
export function inflateCapped(bytes: Uint8Array, cap: number): Uint8Array | null {
	const parts: Uint8Array[] = [];
	let size = 0;
	const stream = new Inflate((chunk) => {
		size += chunk.length;
		if (size <= cap) parts.push(chunk);
	});
	let at = 0;
	do {
		const next = Math.min(at + INFLATE_STEP, bytes.length);
		stream.push(bytes.subarray(at, next), next === bytes.length);
		at = next;
		if (size > cap) return null;
	} while (at < bytes.length);
	const out = new Uint8Array(size);
	let offset = 0;
	for (const part of parts) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

function fail(error: CodecError): DecodeResult {
	return { ok: false, error };
}

/**
 * Characters a code's text may not hold: control characters other than tab and line breaks, and
 * the bidirectional embedding, override and isolate controls, which could make a name display
 * as something else (Unicode TR #9 §2; the "Trojan Source" attack, CVE-2021-42574).
 * @see https://www.unicode.org/reports/tr9/#Explicit_Directional_Formatting_Characters
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- the same, plus tab and line breaks
const UNSAFE_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/**
 * A string a code may carry: at most `max` UTF-16 units, free of the characters above; a line
 * (a name, a title) has no line breaks or tabs and is not blank.
 */
export function plainText(max: number, shape: 'line' | 'paragraph' = 'paragraph') {
	const base = z.string().max(max);
	return shape === 'line'
		? base
				.regex(/\S/, 'must not be blank')
				.refine((s) => !UNSAFE_IN_LINE.test(s), 'must be one line of plain text')
		: base.refine((s) => !UNSAFE.test(s), 'must be plain text');
}

/**
 * The same rules as a cleaning step for what a person typed: unsafe characters dropped, a line
 * joined onto one line, trimmed, cut to `max` without splitting a surrogate pair.
 */
export function cleanText(
	text: string,
	max: number,
	shape: 'line' | 'paragraph' = 'paragraph'
): string {
	const unsafe = new RegExp(shape === 'line' ? UNSAFE_IN_LINE.source : UNSAFE.source, 'g');
	const cleaned = (shape === 'line' ? text.replace(/[\t\n\r\u2028\u2029]+/g, ' ') : text)
		.replace(unsafe, '')
		.trim();
	if (cleaned.length <= max) return cleaned;
	const cut = cleaned.slice(0, max);
	return (/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut).trimEnd();
}
