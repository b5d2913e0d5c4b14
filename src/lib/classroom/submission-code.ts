/**
 * A student's work as a short code (format 2): at most 60 symbols for a built-in exercise with
 * its usual answers, typed from a screen or scanned, and an optional second code with the
 * written answers, which a student adds only when the teacher asks for them.
 *
 * The main code is bit-packed (short-code.ts writes the bits as symbols with two checks):
 *
 *     version       3 bits   2 (format 1 was the long `MLS1.…` code, still read by submission.ts)
 *     kind          1 bit    0 main code, 1 written answers
 *     exercise      1 bit    1: a built-in, its place in BUILT_IN_IDS in 5 bits;
 *                            0: a teacher's, the first 32 bits of its content hash (FNV-1a)
 *     preset        4 bits   its place in PRESET_IDS
 *     changes       count    then each: the setting's place in KEYS (6 bits), a party's place
 *                            in the preset's parties for a party setting, and the value:
 *                            a number as steps of its control from the preset's value, or
 *                            exactly as digits and a power of ten; a choice as its place in
 *                            the list; yes/no as 1 bit; a party (or none) as its place + 1
 *     goal met      1 bit
 *     hints         count    hints shown
 *     reopened      count    times "I have finished" was undone
 *     finished      20 bits  5-minute steps since 2026-01-01 UTC (to late 2035)
 *     answers       count    then each: 2 bits (0 empty, 1 a number, 2 words: in the written
 *                            code), a number as sign, power of ten and digits
 *     label         4 bits   its length (≤ 12), then its letters as one number in base 150
 *
 * "count" is an Exp-Golomb number (1 bit for 0, 3 for 1–2, 5 for 3–6, …). A teacher's exercise
 * is named by a hash, not carried: the class page shows its title if it knows the exercise.
 *
 * The written-answers code: version and kind as above, 20 bits that tie it to its main code (the
 * hash of the main code's bytes), then the words of the answers marked "words", as a JSON array
 * of strings, raw-deflated. The collect page attaches it to its main code, in either order.
 *
 * Every table below is part of the format: add to the end, never reorder; a changed meaning is a
 * new version. submission-code.test.ts checks the tables cover the app's ids and keys.
 */
import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { withNewParty } from '../scenario/parties';
import { findPreset } from '../scenario/presets';
import { readSetKey, valueText } from '../scenario/set';
import { URL_ALIASES } from '../scenario/url';
import { answerNumber } from './goals';
import { inflateCapped } from './codec';
import {
	BitReader,
	BitsError,
	BitWriter,
	encodeLongCode,
	encodeShortCode,
	readShortCode,
	type ShortCodeError
} from './short-code';

export const SHORT_CODE_VERSION = 2;
/** The most symbols a main code may have; longer texts are refused before any work. */
export const MAX_MAIN_SYMBOLS = 400;
/** The most symbols a written-answers code may have (10 answers of 2,000 characters fit). */
export const MAX_WRITTEN_SYMBOLS = 60_000;
/** Inflated written answers larger than this are refused (a code cannot expand into megabytes). */
const MAX_WRITTEN_BYTES = 64 * 1024;

/** The built-in exercises in the order of their numbers in a code. */
export const BUILT_IN_IDS = [
	'baytaq-threshold',
	'social-democrats-line',
	'against-all-base',
	'dhondt-hare',
	'members-barrier',
	'unregistered-opposition',
	'one-party-2007',
	'seven-percent-2023',
	'turnout-mandate',
	'list-district-split',
	'parallel-compensatory',
	'integrity-hypothetical'
] as const;

export const PRESET_IDS = [
	'2023',
	'2021',
	'2016',
	'2012',
	'2007',
	'threshold-3',
	'all-list',
	'half-and-half',
	'all-districts',
	'compensatory',
	'barrier-2020',
	'opposition-registered'
] as const;

type ValueKind =
	| { readonly kind: 'number'; readonly step: number }
	| { readonly kind: 'choice'; readonly options: readonly string[] }
	| { readonly kind: 'flag' }
	| { readonly kind: 'party' };

const num = (step = 1): ValueKind => ({ kind: 'number', step });
const choice = (...options: string[]): ValueKind => ({ kind: 'choice', options });
const FLAG: ValueKind = { kind: 'flag' };
const PARTY: ValueKind = { kind: 'party' };

/**
 * Every `--set` key and party setting, in code order, with how its value is written. Steps are
 * the controls' (components/controls), so a value the student set with a slider is a small count.
 */
export const KEYS: readonly (readonly [string, ValueKind])[] = [
	['totalSeats', num()],
	['districtSeats', num()],
	['mixed', choice('parallel', 'compensatory')],
	['overhang', choice('fixed-house', 'extra-seats')],
	[
		'method',
		choice('hare', 'droop', 'imperiali', 'dhondt', 'sainte-lague', 'modified-sainte-lague')
	],
	['threshold', num(0.1)],
	['thresholdBase', choice('valid', 'parties', 'ballots')],
	['secondParty', choice('off', 'runner-up', 'runner-up-corrected')],
	['registeredVoters', num()],
	['turnout', num(0.1)],
	['invalid', num(0.01)],
	['againstAll', num()],
	['partyMembers', num(500)],
	['branchMembers', num(50)],
	['branchRegions', num()],
	['foundingGroup', num(50)],
	['inPersonCongress', FLAG],
	['administrativeRefusals', FLAG],
	['candidateDeposit', num(50_000)],
	['candidateRefusals', num(0.1)],
	['candidateSignatures', num(100)],
	['offBallotVoters', choice('stay-home', 'against-all', 'spread', 'to-party')],
	['offBallotTarget', PARTY],
	['integrity', FLAG],
	['observerCoverage', num()],
	['inflation', num()],
	['integrityParty', PARTY],
	['seed', num()],
	['independentShare', num()],
	['lowTurnoutEffect', num(0.05)],
	['districtSpread', num()],
	['regionalSpread', num()],
	// Party settings: `support.<party>` etc.; the party follows as its place in the preset.
	['support', num(1000)],
	['members', num(500)],
	['regions', num()],
	['inPerson', FLAG],
	['refused', FLAG]
];
const FIRST_PARTY_KEY = KEYS.findIndex(([key]) => key === 'support');
const KEY_BITS = 6;

/** URL names of the keys that have a short one (scenario/url.ts URL_ALIASES, reversed). */
const SHORT_NAME: ReadonlyMap<string, string> = new Map(
	Object.entries(URL_ALIASES).map(([short, key]) => [key, short])
);
const keyOfName = (name: string) => (Object.hasOwn(URL_ALIASES, name) ? URL_ALIASES[name]! : name);

/** The most letters a label may have, and the ones it may use (Kazakh, Russian, Latin). */
export const LABEL_MAX = 12;
const LOWER = 'abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі';
const LABEL_ALPHABET = [...LOWER, ...LOWER.toUpperCase(), ..."0123456789 -.'"];
const LABEL_INDEX: ReadonlyMap<string, number> = new Map(LABEL_ALPHABET.map((c, i) => [c, i]));
const LABEL_BASE = BigInt(LABEL_ALPHABET.length);

/**
 * A typed name as the label a code carries: letters of the Kazakh, Russian and Latin alphabets
 * (an accented Latin letter as its base letter: é → e), digits, spaces, hyphens, dots and
 * apostrophes; anything else left out, spaces collapsed, at most LABEL_MAX characters.
 */
export function cleanLabel(text: string): string {
	let out = '';
	for (const c of text.normalize('NFC')) {
		if (LABEL_INDEX.has(c)) out += c;
		else if (/\s/.test(c)) out += ' ';
		else {
			const base = c.normalize('NFD')[0] ?? '';
			if (/[a-zA-Z]/.test(base)) out += base;
			else if (/[’‘`ʼ]/.test(c)) out += "'";
		}
	}
	return [...out.replace(/ +/g, ' ').trim()].slice(0, LABEL_MAX).join('').trim();
}

/** 32-bit FNV-1a over UTF-16 units (as progress.ts) or bytes. */
export function fnv1a32(data: string | Uint8Array): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < data.length; i++) {
		const unit = typeof data === 'string' ? data.charCodeAt(i) : data[i]!;
		hash = Math.imul(hash ^ unit, 0x01000193);
	}
	return hash >>> 0;
}

/** The id a teacher's exercise has in codes and on the collect page: `teacher-` and 8 hex. */
export function teacherExerciseId(exercise: unknown): string {
	return `teacher-${fnv1a32(JSON.stringify(exercise) ?? '')
		.toString(16)
		.padStart(8, '0')}`;
}

const TEACHER_ID = /^teacher-([0-9a-f]{8})$/;
const FINISH_EPOCH = Date.UTC(2026, 0, 1);
const FINISH_STEP = 5 * 60_000;
const FINISH_BITS = 20;

/** What a main code carries, in the form submission.ts turns into a Submission. */
export interface MainCode {
	readonly exerciseId: string;
	/** URL parameters of the final scenario, `preset=` included unless it is the default. */
	readonly scenario: string;
	readonly goalMet: boolean;
	readonly hintsUsed: number;
	readonly reopened: number;
	readonly finishedAt: Date;
	/** Each answer: '' empty, a number as written (`2.3`), or null for words (written code). */
	readonly answers: readonly (string | null)[];
	readonly label: string;
}

/** Why a code cannot be read; the collect page says each in words. */
export type ShortCodeProblem =
	ShortCodeError | 'version' | 'format' | 'unpaired' | 'mismatch' | 'corrupt';

export type MainRead =
	| { ok: true; kind: 'main'; code: string; tie: number; main: MainCode }
	| {
			ok: true;
			kind: 'written';
			code: string;
			tie: number;
			answers: readonly string[];
	  }
	| { ok: false; error: ShortCodeProblem };

/**
 * An answer as canonical decimal text when it reads as a number (goals.ts answerNumber: "2,3",
 * "2.3 %", "146 431"), or undefined: then it is words, for the written-answers code.
 */
export function numericAnswer(text: string): string | undefined {
	const value = answerNumber(text);
	// Beyond 15 significant digits a number would not come back as typed: it travels as words.
	if (value === undefined || !(Math.abs(value) < 1e15)) return undefined;
	const written = value < 0 ? `-${valueText(-value)}` : valueText(value);
	return written.replace(/[-.]/g, '').replace(/^0+/, '').length <= 15 ? written : undefined;
}

/** Decimal text (`-2.30`, `3431000`) as sign, digits without trailing zeros, power of ten. */
function decimalParts(text: string): { negative: boolean; digits: bigint; exponent: number } {
	const negative = text.startsWith('-');
	const [whole = '0', fraction = ''] = text.replace(/^-/, '').split('.');
	let digits = (whole + fraction).replace(/^0+(?=\d)/, '');
	let exponent = -fraction.length;
	while (digits.length > 1 && digits.endsWith('0')) {
		digits = digits.slice(0, -1);
		exponent++;
	}
	return { negative, digits: BigInt(digits), exponent };
}

function decimalText(negative: boolean, digits: bigint, exponent: number): string {
	let text = digits.toString();
	if (exponent >= 0) text += '0'.repeat(exponent);
	else {
		text = text.padStart(-exponent + 1, '0');
		text = `${text.slice(0, exponent)}.${text.slice(exponent)}`;
	}
	return (negative && digits !== 0n ? '-' : '') + text;
}

const zigzag = (n: number) => (n >= 0 ? 2 * n : -2 * n - 1);
const unzigzag = (z: number) => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

function writeDecimal(bits: BitWriter, text: string): void {
	const { digits, exponent } = decimalParts(text);
	bits.count(zigzag(exponent));
	bits.count(digits);
}

function readDecimal(bits: BitReader, negative = false): string {
	const exponent = unzigzag(bits.count(8));
	const digits = bits.countBig(100);
	if (Math.abs(exponent) > 40) throw new BitsError('a number too large');
	// Only the shortest form writeDecimal writes: no trailing zeros, no "-0", 0 as 0.
	const zero = digits === 0n;
	if ((zero && (exponent !== 0 || negative)) || (!zero && digits % 10n === 0n)) {
		throw new BitsError('a number not in its shortest form');
	}
	return decimalText(negative, digits, exponent);
}

/** The parties a party setting's place counts in: the preset's, and the hypothetical new list. */
const partiesOf = (presetId: string) =>
	withNewParty(findPreset(presetId)!.scenario).parties.map((p) => p.id);

/** The number of decimals in a step (0.1 → 1), so that sums of steps print exactly. */
const decimalsOf = (step: number) => (String(step).split('.')[1] ?? '').length;

function writeValue(
	bits: BitWriter,
	kind: ValueKind,
	value: string,
	reference: string | undefined,
	parties: readonly string[]
): void {
	switch (kind.kind) {
		case 'flag':
			bits.write(value === 'true' ? 1 : 0, 1);
			return;
		case 'choice': {
			const at = kind.options.indexOf(value);
			if (at < 0) throw new RangeError(`no choice "${value}"`);
			bits.write(at, Math.ceil(Math.log2(kind.options.length)));
			return;
		}
		case 'party': {
			const at = value === '' ? 0 : parties.indexOf(value) + 1;
			if (at < 0 || (value !== '' && at === 0)) throw new RangeError(`no party "${value}"`);
			bits.count(at);
			return;
		}
		case 'number': {
			// In the control's steps from the preset's value when that gives the value back exactly.
			const from = Number(reference ?? '0');
			const steps = Math.round((Number(value) - from) / kind.step);
			if (stepValue(from, steps, kind.step) === value && Number.isSafeInteger(steps)) {
				bits.write(0, 1);
				bits.count(zigzag(steps));
			} else {
				bits.write(1, 1);
				writeDecimal(bits, value);
			}
			return;
		}
	}
}

function stepValue(from: number, steps: number, step: number): string {
	const places = Math.max(decimalsOf(step), decimalsOf(from));
	return valueText(Number((from + steps * step).toFixed(Math.min(places, 20))));
}

function readValue(
	bits: BitReader,
	kind: ValueKind,
	reference: string | undefined,
	parties: readonly string[]
): string {
	switch (kind.kind) {
		case 'flag':
			return bits.read(1) === 1 ? 'true' : 'false';
		case 'choice': {
			const value = kind.options[bits.read(Math.ceil(Math.log2(kind.options.length)))];
			if (value === undefined) throw new BitsError('no such choice');
			return value;
		}
		case 'party': {
			const at = bits.count(6);
			if (at === 0) return '';
			const party = parties[at - 1];
			if (party === undefined) throw new BitsError('no such party');
			return party;
		}
		case 'number': {
			if (bits.read(1) === 1) return readDecimal(bits);
			const steps = unzigzag(bits.count(40));
			return stepValue(Number(reference ?? '0'), steps, kind.step);
		}
	}
}

/**
 * `--set` changes to a preset, in order: their count, then each as the setting's place in KEYS,
 * a party's place for a party setting, and the value (writeValue). Throws for a key or party
 * the tables do not have.
 */
export function writeChanges(
	bits: BitWriter,
	presetId: string,
	changes: readonly (readonly [key: string, value: string])[]
): void {
	const reference = withNewParty(findPreset(presetId)!.scenario);
	const parties = partiesOf(presetId);
	bits.count(changes.length);
	for (const [key, value] of changes) {
		const [head = '', party, ...rest] = key.split('.');
		const at = KEYS.findIndex(
			([k], i) => k === head && i >= FIRST_PARTY_KEY === (party !== undefined)
		);
		if (at < 0 || rest.length > 0) throw new RangeError(`no code for setting "${key}"`);
		bits.write(at, KEY_BITS);
		if (party !== undefined) {
			const p = parties.indexOf(party);
			if (p < 0) throw new RangeError(`no party "${party}"`);
			bits.count(p);
		}
		writeValue(bits, KEYS[at]![1], value, readSetKey(reference, key), parties);
	}
}

/** The changes writeChanges wrote, as [key, value] with full key names. */
export function readChanges(bits: BitReader, presetId: string): [key: string, value: string][] {
	const reference = withNewParty(findPreset(presetId)!.scenario);
	const parties = partiesOf(presetId);
	const count = bits.count(6);
	if (count > KEYS.length * 4) throw new BitsError('too many changes');
	const changes: [string, string][] = [];
	for (let i = 0; i < count; i++) {
		const at = bits.read(KEY_BITS);
		const entry = KEYS[at];
		if (!entry) throw new BitsError('no such setting');
		let key = entry[0];
		if (at >= FIRST_PARTY_KEY) {
			const party = parties[bits.count(6)];
			if (!party) throw new BitsError('no such party');
			key = `${key}.${party}`;
		}
		changes.push([key, readValue(bits, entry[1], readSetKey(reference, key), parties)]);
	}
	return changes;
}

/** A signed decimal (`-2.3`, `146431`): a sign bit, then writeDecimal. */
export function writeSigned(bits: BitWriter, value: number): void {
	bits.write(value < 0 ? 1 : 0, 1);
	writeDecimal(bits, valueText(Math.abs(value)));
}

export function readSigned(bits: BitReader): number {
	return Number(readDecimal(bits, bits.read(1) === 1));
}

/** The main code's bytes; throws for what cannot be written (an unknown preset or key). */
export function mainCodeBytes(main: MainCode): Uint8Array {
	const bits = new BitWriter();
	bits.write(SHORT_CODE_VERSION, 3);
	bits.write(0, 1);
	const builtIn = (BUILT_IN_IDS as readonly string[]).indexOf(main.exerciseId);
	const teacher = TEACHER_ID.exec(main.exerciseId);
	if (builtIn >= 0) {
		bits.write(1, 1);
		bits.write(builtIn, 5);
	} else if (teacher) {
		bits.write(0, 1);
		bits.write(parseInt(teacher[1]!, 16), 32);
	} else throw new RangeError(`no code for exercise "${main.exerciseId}"`);

	const params = new URLSearchParams(main.scenario);
	const presetId = params.get('preset') ?? PRESET_IDS[0];
	const preset = (PRESET_IDS as readonly string[]).indexOf(presetId);
	if (preset < 0 || !findPreset(presetId)) throw new RangeError(`no preset "${presetId}"`);
	bits.write(preset, 4);
	const changes = [...params].filter(([name]) => name !== 'preset' && name !== 'lang');
	writeChanges(
		bits,
		presetId,
		changes.map(([name, value]) => [keyOfName(name), value])
	);

	bits.write(main.goalMet ? 1 : 0, 1);
	bits.count(main.hintsUsed);
	bits.count(main.reopened);
	const step = Math.floor((main.finishedAt.getTime() - FINISH_EPOCH) / FINISH_STEP);
	bits.write(Math.min(Math.max(step, 0), 2 ** FINISH_BITS - 1), FINISH_BITS);

	bits.count(main.answers.length);
	for (const answer of main.answers) {
		if (answer === null) bits.write(2, 2);
		else if (answer === '') bits.write(0, 2);
		else {
			bits.write(1, 2);
			bits.write(answer.startsWith('-') ? 1 : 0, 1);
			writeDecimal(bits, answer.replace(/^-/, ''));
		}
	}

	const letters = [...main.label];
	if (letters.length > LABEL_MAX) throw new RangeError('the label is too long');
	bits.write(letters.length, 4);
	let value = 0n;
	for (const c of letters) {
		const at = LABEL_INDEX.get(c);
		if (at === undefined) throw new RangeError(`the label cannot hold "${c}"`);
		value = value * LABEL_BASE + BigInt(at);
	}
	bits.write(value, labelBits(letters.length));
	return bits.bytes();
}

/** Bits for a label of n letters: enough for LABEL_BASE^n values. */
const labelBits = (n: number) => (n === 0 ? 0 : (LABEL_BASE ** BigInt(n) - 1n).toString(2).length);

/** The main code for what a student hands in. */
export function encodeMainCode(main: MainCode): string {
	return encodeShortCode(mainCodeBytes(main));
}

/** The 20 bits that tie a written-answers code to its main code (a hash of its symbols). */
export const tieOf = (mainCode: string) => fnv1a32(mainCode) >>> 12;

/** The written-answers code for a main code: the words of its answers marked null, in order. */
export function encodeWrittenCode(main: MainCode, words: readonly string[]): string {
	const tie = tieOf(encodeMainCode(main));
	const bits = new BitWriter();
	bits.write(SHORT_CODE_VERSION, 3);
	bits.write(1, 1);
	bits.write(tie, 20);
	const head = bits.bytes();
	const body = deflateSync(strToU8(JSON.stringify(words)), { level: 9 });
	const bytes = new Uint8Array(head.length + body.length);
	bytes.set(head);
	bytes.set(body, head.length);
	return encodeLongCode(bytes);
}

/**
 * Reads a main or written-answers code; never throws. `exerciseId` of a built-in is its id; a
 * written code's answers are checked only as strings here (submission.ts validates the rest).
 */
export function readCode(text: string): MainRead {
	const read = readShortCode(text, MAX_WRITTEN_SYMBOLS, MAX_MAIN_SYMBOLS);
	if (!read.ok) return read;
	const bits = new BitReader(read.bytes);
	try {
		const version = bits.read(3);
		if (version > SHORT_CODE_VERSION) return { ok: false, error: 'version' };
		if (version !== SHORT_CODE_VERSION) return { ok: false, error: 'format' };
		const written = bits.read(1) === 1;
		if (written !== read.long) return { ok: false, error: 'format' };
		if (written) return readWritten(read.code, bits, read.bytes);
		const main = readMain(bits);
		if (!bits.atEnd()) return { ok: false, error: 'format' };
		return { ok: true, kind: 'main', code: read.code, tie: tieOf(read.code), main };
	} catch (error) {
		if (error instanceof BitsError) return { ok: false, error: 'format' };
		return { ok: false, error: 'corrupt' };
	}
}

function readWritten(code: string, bits: BitReader, bytes: Uint8Array): MainRead {
	const tie = bits.read(20);
	const json = inflateCapped(bytes.subarray(3), MAX_WRITTEN_BYTES);
	if (!json) return { ok: false, error: 'corrupt' };
	const answers: unknown = JSON.parse(strFromU8(json));
	if (!Array.isArray(answers) || !answers.every((a) => typeof a === 'string')) {
		return { ok: false, error: 'format' };
	}
	return { ok: true, kind: 'written', code, tie, answers: answers as string[] };
}

function readMain(bits: BitReader): MainCode {
	let exerciseId: string;
	if (bits.read(1) === 1) {
		const id = BUILT_IN_IDS[bits.read(5)];
		if (!id) throw new BitsError('no such exercise');
		exerciseId = id;
	} else exerciseId = `teacher-${bits.read(32).toString(16).padStart(8, '0')}`;

	const presetId = PRESET_IDS[bits.read(4)];
	if (!presetId || !findPreset(presetId)) throw new BitsError('no such preset');
	const params = new URLSearchParams();
	if (presetId !== PRESET_IDS[0]) params.set('preset', presetId);
	for (const [key, value] of readChanges(bits, presetId)) {
		const name = SHORT_NAME.get(key) ?? key;
		if (params.has(name)) throw new BitsError('a setting twice');
		params.set(name, value);
	}

	const goalMet = bits.read(1) === 1;
	const hintsUsed = bits.count(6);
	const reopened = bits.count(16);
	const finishedAt = new Date(FINISH_EPOCH + bits.read(FINISH_BITS) * FINISH_STEP);
	const count = bits.count(6);
	if (count > 10) throw new BitsError('too many answers');
	const answers: (string | null)[] = [];
	for (let i = 0; i < count; i++) {
		const type = bits.read(2);
		if (type === 0) answers.push('');
		else if (type === 2) answers.push(null);
		else if (type === 1) answers.push(readDecimal(bits, bits.read(1) === 1));
		else throw new BitsError('no such answer type');
	}
	const letters = bits.read(4);
	if (letters > LABEL_MAX) throw new BitsError('a label too long');
	let value = bits.readBig(labelBits(letters));
	let label = '';
	for (let i = 0; i < letters; i++) {
		label = LABEL_ALPHABET[Number(value % LABEL_BASE)] + label;
		value /= LABEL_BASE;
	}
	if (value !== 0n) throw new BitsError('a label out of range');
	// Only a label as cleanLabel leaves it: no leading, trailing or doubled spaces.
	if (cleanLabel(label) !== label) throw new BitsError('a label not in its clean form');
	return {
		exerciseId,
		scenario: params.toString(),
		goalMet,
		hintsUsed,
		reopened,
		finishedAt,
		answers,
		label
	};
}
