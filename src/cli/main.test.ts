import { describe, expect, it } from 'vitest';
import { majilis } from './spawn';

const OFFICIAL_2023 = [
	'amanat=3431510',
	'auyl=693938',
	'respublica=547154',
	'akzhol=535139',
	'qhp=432920',
	'jsdp=331058',
	'baytaq=146431'
];

describe('majilis allocate', () => {
	it('gives the official 2023 list seats with the 2023 law', () => {
		const { code, stdout } = majilis([
			'allocate',
			'--seats',
			'69',
			'--threshold',
			'5',
			'--against-all',
			'248291',
			...OFFICIAL_2023
		]);
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.seats).toEqual({
			amanat: 40,
			auyl: 8,
			respublica: 6,
			akzhol: 6,
			qhp: 5,
			jsdp: 4,
			baytaq: 0
		});
		expect(result.admitted).toEqual(['amanat', 'auyl', 'respublica', 'akzhol', 'qhp', 'jsdp']);
		expect(result.quota).toBe('5971719/69');
		expect(result.ties).toEqual([]);
		expect(result.working.remainderOrder.map((s: { id: string }) => s.id)).toEqual([
			'jsdp',
			'amanat'
		]);
	});

	it('gives 41/8/6/6/5/3 with D’Hondt', () => {
		const { stdout } = majilis([
			'allocate',
			'--method',
			'dhondt',
			'--against-all',
			'248291',
			...OFFICIAL_2023
		]);
		expect(JSON.parse(stdout).seats).toEqual({
			amanat: 41,
			auyl: 8,
			respublica: 6,
			akzhol: 6,
			qhp: 5,
			jsdp: 3,
			baytaq: 0
		});
	});

	it('reports a typed outcome, not a crash, when no list passes', () => {
		const { code, stdout } = majilis(['allocate', '--threshold', '60', 'a=10', 'b=10']);
		expect(code).toBe(0);
		expect(JSON.parse(stdout)).toMatchObject({
			status: 'not-allocated',
			reason: 'no-list-passes',
			seats: { a: 0, b: 0 }
		});
	});

	it.each([
		[['allocate', '--method', 'borda', 'a=1'], 'unknown method "borda"'],
		[['allocate', 'a=-3'], 'votes for "a" must be a whole number'],
		[['allocate', 'a=2.5'], 'votes for "a" must be a whole number'],
		[['allocate', '--seats', '0', 'a=1'], '--seats must be at least 1'],
		[['allocate', '--threshold', '100.5', 'a=1'], '--threshold must be a percentage from 0 to 100'],
		[['allocate', 'a=1', 'a=2'], 'the list "a" is given twice'],
		[['frobnicate'], 'unknown command "frobnicate"'],
		[['simulate', '--set', 'threshold=high'], '--set threshold must be a number of at least 0'],
		[['simulate', '--preset', 'utopia'], 'unknown preset "utopia"'],
		[[], 'no command given']
	])('exits 2 with one line for %j', (args, message) => {
		const { code, stdout, stderr } = majilis(args);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toContain(message);
		expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
	});

	it('answers a batch from standard input, one line per case, in order', () => {
		const input = [
			JSON.stringify({
				id: 1,
				method: 'hare',
				seats: 69,
				threshold: 5,
				againstAll: 248291,
				votes: {
					amanat: 3431510,
					auyl: 693938,
					respublica: 547154,
					akzhol: 535139,
					qhp: 432920,
					jsdp: 331058,
					baytaq: 146431
				}
			}),
			'{"id": 2, "votes": {"a": -1}}',
			JSON.stringify({
				id: 3,
				method: 'sainte-lague',
				seats: 7,
				threshold: 0,
				votes: { a: 53000, b: 24000, c: 23000 }
			})
		].join('\n');
		const { code, stdout } = majilis(['allocate', '--batch'], input);
		expect(code).toBe(0);
		const lines = stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines[0]).toEqual({
			id: 1,
			seats: { amanat: 40, auyl: 8, respublica: 6, akzhol: 6, qhp: 5, jsdp: 4, baytaq: 0 }
		});
		expect(lines[1]).toMatchObject({ id: 2, error: expect.stringContaining('votes.a') });
		// Sainte-Laguë, 7 seats: the seven largest of 53000, 24000, 23000, 53000/3, 53000/5,
		// 24000/3, 23000/3 (…, 7666.7 beats 53000/7 = 7571.4) give a 3, b 2, c 2.
		expect(lines[2]).toEqual({ id: 3, seats: { a: 3, b: 2, c: 2 } });
	});

	it('simulates the 2023 preset as a person would run it', () => {
		const { code, stdout } = majilis(['simulate', '--preset', '2023']);
		expect(code).toBe(0);
		const result = JSON.parse(stdout);
		expect(result.parties[0]).toMatchObject({
			id: 'amanat',
			listSeats: 40,
			districtSeats: 22,
			seats: 62
		});
		expect(result.independents).toBe(7);
	});

	it('prints its usage for help', () => {
		const { code, stdout } = majilis(['help']);
		expect(code).toBe(0);
		expect(stdout).toContain('allocate [options] NAME=VOTES');
		expect(stdout).toContain('simulate [--preset NAME]');
		expect(stdout).toContain('partyMembers');
	});
});
