/**
 * Regression tests for issue 13 §1, §5 and §7: names typed by a person are data, never keys into
 * Object.prototype; sizes are capped before any work; errors are one printable line.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET } from '../lib/scenario/presets';
import { answerBatch, answerBatchLine } from './batch';
import { printable, UsageError } from './errors';
import { jsonDepth, LIMITS } from './limits';
import { parseAllocateArgs } from './parse-allocate';
import { parseSimulateArgs } from './simulate';
import { allocate } from '../lib/engine';
import { PROTOTYPE_NAMES } from '../lib/testing/hostile';
import { majilis } from './spawn';

// Hare, 69 seats, 100 and 50 votes, threshold 5 %: quotas 100×69/150 = 46 and 50×69/150 = 23,
// both whole, so no remainder seat is left: 46 and 23 whatever the names are.
describe('a list named like an Object.prototype property is an ordinary list', () => {
	it.each(PROTOTYPE_NAMES)('allocate %s=100 b=50 gives 46 and 23', (name) => {
		const input = parseAllocateArgs([`${name}=100`, 'b=50']).input!;
		const seats = allocate(input).seats;
		expect(Object.entries(seats)).toEqual([
			[name, 46],
			['b', 23]
		]);
	});

	it.each(PROTOTYPE_NAMES)('--batch with %s gives 46 and 23', (name) => {
		const answer = answerBatchLine(`{"id":1,"votes":{"${name}":100,"b":50}}`);
		expect(answer).toHaveProperty('seats');
		expect(Object.entries((answer as { seats: object }).seats)).toEqual([
			[name, 46],
			['b', 23]
		]);
	});

	it('the command prints __proto__ 46 and b 23, on both paths, exit 0', () => {
		const direct = majilis(['allocate', '__proto__=100', 'b=50']);
		expect(direct.code).toBe(0);
		expect(direct.stdout).toContain('"__proto__": 46');
		expect(JSON.parse(direct.stdout).admitted).toEqual(['__proto__', 'b']);
		const batch = majilis(['allocate', '--batch'], '{"id":1,"votes":{"__proto__":100,"b":50}}\n');
		expect(batch.code).toBe(0);
		expect(batch.stdout.trim()).toBe('{"id":1,"seats":{"__proto__":46,"b":23}}');
	});
});

describe('--set with a prototype name is a clear usage error', () => {
	const keys = PROTOTYPE_NAMES.flatMap((name) => [
		`${name}=1`,
		`${name}.amanat=1`,
		`support.${name}=1`,
		`${name}.${name}=1`
	]);
	it.each(keys)('--set %s', (assignment) => {
		expect(() => parseSimulateArgs(['--set', assignment], () => '')).toThrow(UsageError);
	});

	it('the command exits 2 with one line, never "internal error"', () => {
		for (const key of ['constructor.amanat=1', '__proto__=1', 'toString=1']) {
			const { code, stderr } = majilis(['simulate', '--set', key]);
			expect(code).toBe(2);
			expect(stderr).not.toMatch(/internal error/);
			expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		}
	});

	it('an ordinary key still works beside them', () => {
		expect(parseSimulateArgs(['--set', 'threshold=7'], () => '').list.threshold).toBe(7);
		expect(DEFAULT_PRESET.scenario.list.threshold).not.toBe(7);
	});
});

describe('caps before work', () => {
	it.each([
		['--seats', '9007199254740991'],
		['--seats', String(LIMITS.seats + 1)],
		['--seats', '10000000']
	])('%s %s is refused at once', (option, value) => {
		const started = performance.now();
		expect(() => parseAllocateArgs([option, value, 'a=1'])).toThrow(/too large/);
		expect(performance.now() - started).toBeLessThan(50);
	});

	it('accepts the cap itself', () => {
		expect(parseAllocateArgs(['--seats', String(LIMITS.seats), 'a=1']).input!.seats).toBe(
			LIMITS.seats
		);
	});

	it('refuses more lists than the cap', () => {
		const pairs = Array.from({ length: LIMITS.lists + 1 }, (_, i) => `p${i}=1`);
		expect(() => parseAllocateArgs(pairs)).toThrow(/too many lists/);
	});

	it('a batch line nested 5,000 deep is answered alone; the lines around it go on', () => {
		const deep = `{"id":${'['.repeat(5000)}${']'.repeat(5000)},"votes":{"a":1}}`;
		const text = [
			'{"id":1,"seats":2,"threshold":0,"votes":{"a":1,"b":1}}',
			deep,
			'{"id":3,"seats":2,"threshold":0,"votes":{"a":3,"b":1}}'
		].join('\n');
		const answers = answerBatch(text)
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(answers).toEqual([
			{ id: 1, seats: { a: 1, b: 1 } },
			{ id: null, error: `nested deeper than ${LIMITS.depth} levels` },
			{ id: 3, seats: { a: 2, b: 0 } }
		]);
	});

	it('batch seats are capped like --seats', () => {
		expect(answerBatchLine(`{"id":1,"seats":${LIMITS.seats + 1},"votes":{"a":1}}`)).toMatchObject({
			error: expect.stringMatching(/^seats:/)
		});
	});

	it.each([
		['{}', 1],
		['[[]]', 2],
		['{"a":"[[[[[[[[[["}', 1],
		['{"a":"\\"[[[["}', 1],
		['[{"a":[1]}]', 3]
	])('jsonDepth(%s) = %i, brackets in strings skipped', (text, depth) => {
		expect(jsonDepth(text)).toBe(depth);
	});

	it('batch time grows about linearly with the party count', () => {
		const line = (n: number) =>
			JSON.stringify({
				id: n,
				seats: 100,
				threshold: 0,
				votes: Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, i + 1]))
			});
		const time = (n: number) => {
			const text = line(n);
			const started = performance.now();
			answerBatchLine(text);
			return performance.now() - started;
		};
		time(1000);
		const small = Math.max(time(1000), 1);
		const large = time(LIMITS.lists);
		// Ten times the parties: a quadratic step would take about 100 times as long.
		expect(large / small).toBeLessThan(40);
	});
});

describe('when no list passes', () => {
	it('batch says so instead of answering bare zeros', () => {
		expect(answerBatchLine('{"id":1,"threshold":50,"votes":{"a":1,"b":1,"c":1}}')).toEqual({
			id: 1,
			seats: { a: 0, b: 0, c: 0 },
			status: 'not-allocated',
			reason: 'no-list-passes'
		});
	});
});

describe('one-line errors with non-printing characters escaped', () => {
	it.each([
		['a\u001b[31mred', 'a\\u{1b}[31mred'],
		['two\nlines', 'two\\nlines'],
		['bidi\u202Eevil', 'bidi\\u{202e}evil'],
		['zero\u200Bwidth', 'zero\\u{200b}width'],
		['plain Қазақ', 'plain Қазақ']
	])('printable(%j) = %j', (input, output) => {
		expect(printable(input)).toBe(output);
	});

	it.each(['a\u001b[31m', 'x\u202Ey', 'z\u200Bw', 'a\nb'])(
		'a list name holding %j is refused, on both paths',
		(name) => {
			expect(() => parseAllocateArgs([`${name}=1`])).toThrow(/control, direction or invisible/);
			expect(answerBatchLine(JSON.stringify({ votes: { [name]: 1 } }))).toMatchObject({
				error: expect.stringMatching(/control, direction or invisible/)
			});
		}
	);

	it('the command escapes a terminal escape and a newline in one line', () => {
		const { code, stderr } = majilis(['allocate', '--method', 'x\u001b[2J\ny', 'a=1']);
		expect(code).toBe(2);
		expect(stderr).not.toContain('\u001b');
		expect(stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(stderr).toContain('x\\u{1b}[2J\\ny');
	});
});

describe('scenario files (issue 13 §9)', () => {
	const file =
		(value: unknown, prefix = '') =>
		() =>
			prefix + JSON.stringify(value);

	it('a UTF-8 byte-order mark is accepted, as the web import does', () => {
		const scenario = parseSimulateArgs(['s.json'], file(DEFAULT_PRESET.scenario, '\uFEFF'));
		expect(scenario).toEqual(DEFAULT_PRESET.scenario);
	});

	it.each(['Ann\u202Egnp.exe', 'Zero\u200Bwidth', 'Bell\u0007', 'Line\u2028break'])(
		'a party name holding %j is refused with a reason',
		(name) => {
			const [first, ...rest] = DEFAULT_PRESET.scenario.parties;
			const scenario = {
				...DEFAULT_PRESET.scenario,
				parties: [{ ...first!, name: { ...first!.name, en: name } }, ...rest]
			};
			expect(() => parseSimulateArgs(['s.json'], file(scenario))).toThrow(
				/control, direction or invisible/
			);
		}
	);
});

describe('a reader that stops early', () => {
	it('ends quietly when standard output closes (| head), no stack trace', () => {
		const result = spawnSync(
			'bash',
			[
				'-c',
				// 20,000 answers (about 500 KB): far more than a pipe holds, so writing outlives head.
				`yes '{"votes":{"a":1}}' | head -n 20000 | ${JSON.stringify(process.execPath)} --import tsx src/cli/main.ts allocate --batch | head -c 10 > /dev/null; echo "status \${PIPESTATUS[2]}"`
			],
			{ encoding: 'utf8' }
		);
		expect(result.stdout.trim()).toBe('status 0');
		expect(result.stderr).not.toMatch(/EPIPE|at /);
	});
});
