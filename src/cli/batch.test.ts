import { describe, expect, it } from 'vitest';
import { answerBatch, answerBatchLine } from './batch';

const VOTES_2023 = {
	amanat: 3431510,
	auyl: 693938,
	respublica: 547154,
	akzhol: 535139,
	qhp: 432920,
	jsdp: 331058,
	baytaq: 146431
};

describe('answerBatchLine', () => {
	it('answers a case with its id and seats', () => {
		const line = JSON.stringify({
			id: 1,
			method: 'hare',
			seats: 69,
			threshold: 5,
			againstAll: 248291,
			votes: VOTES_2023
		});
		expect(answerBatchLine(line)).toEqual({
			id: 1,
			seats: { amanat: 40, auyl: 8, respublica: 6, akzhol: 6, qhp: 5, jsdp: 4, baytaq: 0 }
		});
	});

	it('takes the 2023 law for fields a case leaves out', () => {
		const line = JSON.stringify({ id: 'x', againstAll: 248291, votes: VOTES_2023 });
		expect(answerBatchLine(line)).toMatchObject({ id: 'x', seats: { amanat: 40, jsdp: 4 } });
	});

	it.each([
		['not json', null, /not valid JSON/],
		['{"id":3,"method":"borda","votes":{"a":1}}', 3, /method/],
		['{"id":4,"seats":0,"votes":{"a":1}}', 4, /seats/],
		['{"id":5,"votes":{"a":-1}}', 5, /votes\.a/],
		['{"id":6,"votes":{"a":1.5}}', 6, /votes\.a/],
		['{"id":7,"threshold":120,"votes":{"a":1}}', 7, /threshold/],
		['{"id":8,"votes":{"a":1},"colour":"red"}', 8, /colour/],
		['{"id":9}', 9, /votes/],
		['[1,2]', null, /expected object/]
	])('answers the bad line %s with an error and its id', (line, id, message) => {
		const answer = answerBatchLine(line);
		expect(answer.id).toBe(id);
		expect('error' in answer && answer.error).toMatch(message);
	});
});

describe('answerBatch', () => {
	it('answers every line in order and goes on after a bad one', () => {
		const text = [
			JSON.stringify({ id: 1, seats: 10, threshold: 0, votes: { a: 60, b: 40 } }),
			'{oops',
			'',
			JSON.stringify({ id: 3, seats: 10, threshold: 0, method: 'dhondt', votes: { a: 70, b: 30 } })
		].join('\n');
		const lines = answerBatch(text)
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines).toEqual([
			{ id: 1, seats: { a: 6, b: 4 } },
			{ id: null, error: 'not valid JSON' },
			{ id: 3, seats: { a: 7, b: 3 } }
		]);
	});
});
