/**
 * Reads the arguments of `majilis allocate` into an engine input, or says in one line what is
 * wrong with them. Pure: no process, no I/O, so every bad input has a unit test.
 */
import { parseArgs } from 'node:util';
import {
	isMethodId,
	LAW_2023,
	METHOD_IDS,
	THRESHOLD_BASES,
	type AllocationInput,
	type SecondPartyRule,
	type ThresholdBase
} from '../lib/engine';
import { UsageError } from './errors';
import { LIMITS } from './limits';

export interface AllocateCommand {
	readonly batch: boolean;
	/** Undefined in batch mode, where each input line carries its own lists. */
	readonly input: AllocationInput | undefined;
}

const OPTIONS = {
	seats: { type: 'string' },
	method: { type: 'string' },
	threshold: { type: 'string' },
	'threshold-base': { type: 'string' },
	'against-all': { type: 'string' },
	invalid: { type: 'string' },
	'second-party': { type: 'boolean' },
	'second-party-corrected': { type: 'boolean' },
	batch: { type: 'boolean' }
} as const;

/** A whole number ≥ min written in plain digits ("12", not "1e3", "1.0" or "-4"). */
export function parseCount(
	what: string,
	text: string,
	min = 0,
	max = Number.MAX_SAFE_INTEGER
): number {
	if (!/^\d+$/.test(text)) throw new UsageError(`${what} must be a whole number, got "${text}"`);
	const value = Number(text);
	if (!Number.isSafeInteger(value) || value > max) {
		throw new UsageError(`${what} is too large: ${text} (at most ${max})`);
	}
	if (value < min) throw new UsageError(`${what} must be at least ${min}, got ${text}`);
	return value;
}

/** A percentage from 0 to 100 in plain decimal notation ("5", "4.9"). */
export function parsePercent(what: string, text: string): number {
	if (!/^\d+(\.\d+)?$/.test(text)) {
		throw new UsageError(`${what} must be a percentage from 0 to 100, got "${text}"`);
	}
	const value = Number(text);
	if (value > 100) throw new UsageError(`${what} must be a percentage from 0 to 100, got ${text}`);
	return value;
}

export function parseMethod(text: string) {
	if (!isMethodId(text)) {
		throw new UsageError(`unknown method "${text}"; use one of ${METHOD_IDS.join(', ')}`);
	}
	return text;
}

export function parseBase(text: string): ThresholdBase {
	if (!(THRESHOLD_BASES as readonly string[]).includes(text)) {
		throw new UsageError(
			`unknown threshold base "${text}"; use one of ${THRESHOLD_BASES.join(', ')}`
		);
	}
	return text as ThresholdBase;
}

/**
 * Control characters, direction overrides and isolates (Unicode TR #9), zero-width and other
 * invisible format characters: a name holding one could print as another name, or move the
 * terminal's cursor. Refused in list names on every path (arguments and batch).
 */
const UNSAFE_NAME = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** Why a list name is refused, or null when it is fine. */
export function nameProblem(name: string): string | null {
	if (UNSAFE_NAME.test(name)) return 'holds a control, direction or invisible character';
	if (name.length > 200) return 'is longer than 200 characters';
	return null;
}

/** NAME=VOTES pairs, in the order given: that order is registration order. */
export function parseLists(pairs: readonly string[]): AllocationInput['lists'] {
	if (pairs.length > LIMITS.lists) {
		throw new UsageError(`too many lists: ${pairs.length} (at most ${LIMITS.lists})`);
	}
	const seen = new Set<string>();
	return pairs.map((pair) => {
		const at = pair.lastIndexOf('=');
		if (at <= 0) throw new UsageError(`expected NAME=VOTES, got "${pair}"`);
		const id = pair.slice(0, at);
		const problem = nameProblem(id);
		if (problem) throw new UsageError(`the list name "${id}" ${problem}`);
		if (seen.has(id)) throw new UsageError(`the list "${id}" is given twice`);
		seen.add(id);
		return { id, votes: parseCount(`votes for "${id}"`, pair.slice(at + 1)) };
	});
}

function describeParseError(error: unknown): string {
	const code = (error as { code?: string }).code;
	const message = error instanceof Error ? error.message : String(error);
	const option = /'(-[^']*)'/.exec(message)?.[1];
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option ?? message}`;
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
		return option ? `the option ${option.split(' ')[0]} needs a value` : message;
	}
	return message.split('\n')[0] ?? message;
}

export function parseAllocateArgs(argv: readonly string[]): AllocateCommand {
	let parsed;
	try {
		parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
	} catch (error) {
		throw new UsageError(describeParseError(error));
	}
	const { values, positionals } = parsed;
	if (values.batch) {
		if (positionals.length > 0)
			throw new UsageError('--batch reads lists from standard input, not from arguments');
		return { batch: true, input: undefined };
	}
	if (positionals.length === 0) throw new UsageError('no lists given; expected NAME=VOTES ...');
	if (values['second-party'] && values['second-party-corrected']) {
		throw new UsageError('choose either --second-party or --second-party-corrected');
	}
	const secondParty: SecondPartyRule = values['second-party-corrected']
		? 'runner-up-corrected'
		: values['second-party']
			? 'runner-up'
			: LAW_2023.secondParty;
	return {
		batch: false,
		input: {
			lists: parseLists(positionals),
			seats:
				values.seats === undefined
					? LAW_2023.seats
					: parseCount('--seats', values.seats, 1, LIMITS.seats),
			method: values.method === undefined ? LAW_2023.method : parseMethod(values.method),
			threshold:
				values.threshold === undefined
					? LAW_2023.threshold
					: parsePercent('--threshold', values.threshold),
			thresholdBase:
				values['threshold-base'] === undefined
					? LAW_2023.thresholdBase
					: parseBase(values['threshold-base']),
			againstAll:
				values['against-all'] === undefined
					? 0
					: parseCount('--against-all', values['against-all']),
			invalid: values.invalid === undefined ? 0 : parseCount('--invalid', values.invalid),
			secondParty
		}
	};
}
