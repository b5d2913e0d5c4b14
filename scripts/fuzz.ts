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
import { crc32, decodePayload, encodePayload } from '../src/lib/classroom/codec';
import { exerciseFromCode } from '../src/lib/classroom/exercise-link';
import { enforceLocks } from '../src/lib/classroom/locks';
import { loadProgress, type KeyValueStore } from '../src/lib/classroom/progress';
import { submissionFromCode } from '../src/lib/classroom/submission';
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

function signed(kind: 'X' | 'S', bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	const head = `ML${kind}1.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
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
		'exercise codes',
		fc.property(payload, (bytes) => {
			const read = exerciseFromCode(signed('X', bytes));
			if (read.ok) encodePayload('exercise', read.exercise);
		})
	],
	[
		'submission codes',
		fc.property(payload, (bytes) => {
			decodePayload('submission', signed('S', bytes));
			submissionFromCode(signed('S', bytes));
		})
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
