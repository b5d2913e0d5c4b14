/**
 * `npm run fuzz`: seeded property runs over every door an outsider's input comes through — the
 * CLI parsers, batch lines, URL parameters, exercise and submission codes, imported scenarios
 * and stored progress. Each target runs for a fixed share of the budget (FUZZ_BUDGET_MS, 48 s
 * in all by default, so the whole command stays under 60 s); the seed is printed first and on
 * failure, and FUZZ_SEED=<n> replays a run. Exits 1 on the first target that fails.
 *
 * What each target asserts: the code never throws anything but its own documented error (a
 * UsageError from the CLI, nothing from the decoders), and what it accepts is valid.
 */
import fc from 'fast-check';
import { answerBatchLine } from '../src/cli/batch';
import { UsageError } from '../src/cli/errors';
import { parseAllocateArgs } from '../src/cli/parse-allocate';
import { parseSimulateArgs } from '../src/cli/simulate';
import { crc32, decodePayload } from '../src/lib/classroom/codec';
import { exerciseFromCode, exerciseToCode } from '../src/lib/classroom/exercise-link';
import { readPaste } from '../src/lib/classroom/collect.worker';
import {
	ALPHABET,
	encodeLongCode,
	encodeShortCode,
	withChecks
} from '../src/lib/classroom/short-code';
import { enforceLocks } from '../src/lib/classroom/locks';
import { loadProgress, type KeyValueStore } from '../src/lib/classroom/progress';
import { submissionFromCode, submissionToCode } from '../src/lib/classroom/submission';
import { CONTROL_IDS } from '../src/lib/classroom/types';
import { SCENARIO_2023 } from '../src/lib/scenario/defaults';
import { checkScenario } from '../src/lib/scenario/schema';
import { PARTY_KEYS, SET_KEYS } from '../src/lib/scenario/set';
import { decodeUrl } from '../src/lib/scenario/url-decode';
import { PROTOTYPE_NAMES } from '../src/lib/testing/hostile';
import { deflateSync, strToU8 } from 'fflate';

const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const budget = Number(process.env.FUZZ_BUDGET_MS ?? 48_000);

/** Words an attacker reaches for: prototype names, keys, control and direction characters. */
const word = fc.oneof(
	fc.constantFrom(
		...PROTOTYPE_NAMES,
		...Object.keys(SET_KEYS),
		...Object.keys(PARTY_KEYS).map((k) => `${k}.amanat`),
		'preset',
		'lang',
		'total',
		'districts',
		'',
		'=',
		'\u202E',
		'\u200B',
		'\u001b[2J',
		'\n',
		'1e309',
		'-0',
		'9007199254740993'
	),
	fc.string({ maxLength: 12 }),
	fc.nat().map(String)
);
const assignment = fc.tuple(word, word).map(([k, v]) => `${k}=${v}`);

function signed(kind: 'X' | 'S', bytes: Uint8Array, version = 1): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	const head = `ML${kind}${version}.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
	return `${head}.${crc32(strToU8(head)).toString(16).padStart(8, '0')}`;
}
const payload = fc.oneof(
	fc.uint8Array({ maxLength: 300 }),
	fc.jsonValue().map((v) => deflateSync(strToU8(JSON.stringify(v) ?? 'null'))),
	fc
		.dictionary(word, fc.jsonValue(), { maxKeys: 12 })
		.map((v) => deflateSync(strToU8(JSON.stringify(v))))
);

class MemoryStore implements KeyValueStore {
	readonly items = new Map<string, string>();
	getItem = (key: string) => this.items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.items.set(key, value);
	removeItem = (key: string) => void this.items.delete(key);
}

const onlyUsageErrors = (run: () => unknown) => {
	try {
		run();
	} catch (error) {
		if (!(error instanceof UsageError)) throw error;
	}
};

const targets: [string, fc.IProperty<never> | fc.IProperty<[unknown]>][] = [
	[
		'CLI allocate arguments',
		fc.property(
			fc.array(fc.oneof(assignment, word, fc.constantFrom('--seats', '--method', '--batch')), {
				maxLength: 8
			}),
			(argv) => onlyUsageErrors(() => parseAllocateArgs(argv))
		)
	],
	[
		'CLI simulate --set',
		fc.property(fc.array(assignment, { maxLength: 6 }), (sets) =>
			onlyUsageErrors(() =>
				parseSimulateArgs(
					sets.flatMap((s) => ['--set', s]),
					() => '{}'
				)
			)
		)
	],
	[
		'batch lines',
		fc.property(
			fc.oneof(
				fc.string({ maxLength: 200 }),
				fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
				fc
					.record({
						id: fc.jsonValue(),
						votes: fc.dictionary(word, fc.oneof(fc.nat(), fc.jsonValue()))
					})
					.map((v) => JSON.stringify(v))
			),
			(line) => {
				const answer = answerBatchLine(line);
				if (!('error' in answer) && !('seats' in answer)) throw new Error('no answer');
			}
		)
	],
	[
		'URL parameters',
		fc.property(fc.array(fc.tuple(word, word), { maxLength: 12 }), (pairs) => {
			const state = decodeUrl(new URLSearchParams(pairs));
			if (!checkScenario(state.scenario).ok)
				throw new Error('decodeUrl returned an invalid scenario');
		})
	],
	[
		'exercise codes (format 1 JSON, format 2 binary)',
		fc.property(
			fc.oneof(
				payload.map((bytes) => signed('X', bytes, 1)),
				payload.map((bytes) => signed('X', bytes, 2)),
				// Format 2 bodies that get past inflating: structure-like bytes, then strings.
				fc
					.tuple(fc.uint8Array({ maxLength: 40 }), fc.array(word, { maxLength: 30 }))
					.map(([head, strings]) => {
						const body = strToU8(strings.map((t) => `${t}\0`).join(''));
						const bytes = new Uint8Array([0, head.length, ...head, ...body]);
						return signed('X', deflateSync(bytes), 2);
					})
			),
			(code) => {
				const read = exerciseFromCode(code);
				// What is accepted is valid: it makes a link again.
				if (read.ok) exerciseToCode(read.exercise);
			}
		)
	],
	[
		'submission codes (format 1, short codes, written-answers codes)',
		fc.property(
			fc.oneof(
				payload.map((bytes) => signed('S', bytes)),
				// Random bits behind the version of a main code (010, kind 0), checks made to match.
				fc
					.uint8Array({ minLength: 1, maxLength: 60 })
					.map((b) => encodeShortCode(Uint8Array.from(b, (x, i) => (i ? x : (x & 0x0f) | 0x40)))),
				// Written-answers codes (0101 and a tie) with a deflated or random body.
				payload.map((body) => encodeLongCode(new Uint8Array([0x50, 0, 0, ...body]))),
				fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 80 }).map(withChecks),
				fc.string({ maxLength: 80 })
			),
			(code) => {
				decodePayload('submission', code);
				const read = submissionFromCode(code);
				// What is accepted is valid: it makes a code again, which reads the same.
				if (read.ok && !code.startsWith('MLS')) {
					const again = submissionFromCode(submissionToCode(read.submission));
					if (JSON.stringify(again) !== JSON.stringify(read)) {
						throw new Error(`a code read differently the second time: ${code}`);
					}
				}
			}
		)
	],
	[
		'pastes on the collect page',
		fc.property(
			fc.array(
				fc.oneof(
					fc.string({ unit: fc.constantFrom(...ALPHABET, ' ', '-', ',', '\n'), maxLength: 120 }),
					fc.uint8Array({ minLength: 1, maxLength: 40 }).map(encodeShortCode),
					word
				),
				{ maxLength: 20 }
			),
			(pieces) => {
				readPaste(pieces.join(' '));
			}
		)
	],
	[
		'imported scenarios',
		fc.property(
			fc.oneof(
				fc.jsonValue(),
				fc.tuple(word, fc.jsonValue()).map(([k, v]) => ({ ...SCENARIO_2023, [k]: v }))
			),
			(value) => {
				checkScenario(value);
			}
		)
	],
	[
		'stored progress',
		fc.property(
			fc.oneof(
				fc.string({ maxLength: 300 }),
				fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
				fc.array(assignment, { maxLength: 6 }).map((sets) =>
					JSON.stringify({
						version: 1,
						presetId: '2023',
						scenario: sets.join('&'),
						hintsShown: 0,
						answers: [],
						finished: false
					})
				)
			),
			fc.subarray([...CONTROL_IDS]),
			(text, unlocked) => {
				const store = new MemoryStore();
				store.setItem('majilis-lab:exercise:x', text);
				const outcome = loadProgress(store, 'x');
				if (outcome.kind !== 'loaded') return;
				const restored = decodeUrl(new URLSearchParams(outcome.progress.scenario));
				const locked = enforceLocks(SCENARIO_2023, restored.scenario, unlocked);
				if (!checkScenario(locked.scenario).ok)
					throw new Error('enforceLocks made an invalid scenario');
			}
		)
	]
];

console.log(
	`fuzz: seed ${seed}, budget ${budget} ms over ${targets.length} targets (FUZZ_SEED=${seed} replays)`
);
const started = performance.now();
const share = Math.floor(budget / targets.length);
let failed = false;
for (const [name, property] of targets) {
	const t0 = performance.now();
	const details = await fc.check(property as fc.IProperty<[unknown]>, {
		seed,
		numRuns: 10_000_000,
		interruptAfterTimeLimit: share,
		markInterruptAsFailure: false
	});
	const ms = Math.round(performance.now() - t0);
	if (details.failed) {
		failed = true;
		console.error(
			`fuzz: ${name} FAILED after ${details.numRuns} runs (seed ${seed}, path ${details.counterexamplePath})`
		);
		console.error(`  counterexample: ${JSON.stringify(details.counterexample)?.slice(0, 2000)}`);
		console.error(`  error: ${String(details.errorInstance)}`);
		break;
	}
	console.log(`fuzz: ${name}: ${details.numRuns} runs in ${ms} ms`);
}
console.log(
	`fuzz: ${failed ? 'failed' : 'passed'} in ${Math.round(performance.now() - started)} ms (seed ${seed})`
);
process.exitCode = failed ? 1 : 0;
