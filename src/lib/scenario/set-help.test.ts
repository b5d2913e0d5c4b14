import { describe, expect, it } from 'vitest';
import { PARTY_KEYS, SET_KEYS } from './set';
import { PARTY_KEY_HELP, SET_KEY_HELP } from './set-help';

describe('set-key help', () => {
	it('describes every key and nothing else', () => {
		expect(Object.keys(SET_KEY_HELP).sort()).toEqual(Object.keys(SET_KEYS).sort());
		expect(Object.keys(PARTY_KEY_HELP).sort()).toEqual(Object.keys(PARTY_KEYS).sort());
	});
});
