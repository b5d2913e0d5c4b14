import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import {
	optionalMessage,
	settingName,
	settingValueText,
	type SettingWordsContext
} from './setting-words';

const en: SettingWordsContext = {
	t: createTranslator('en'),
	locale: 'en',
	partyName: (id) => ({ amanat: 'Amanat', baytaq: 'Baytaq' })[id] ?? id
};

describe('settingName', () => {
	// The labels are the controls' own (en/controls.json, en/teacher.json).
	it.each([
		['threshold', 'Threshold'],
		['method', 'Seat formula'],
		['districtSeats', 'Single-member district seats'],
		['preset', 'Start from'],
		['support.baytaq', 'support for Baytaq (% of the 2023 valid vote)'],
		// A key no control shows (a link can set it) is named as it is.
		['seed', 'seed'],
		['constructor', 'constructor']
	])('names %s “%s”', (key, label) => {
		expect(settingName(key, en)).toBe(label);
	});
});

describe('settingValueText', () => {
	it.each([
		['threshold', '7', '7%'],
		['threshold', '2.3', '2.3%'],
		['support.baytaq', '2.25', '2.25%'],
		['method', 'dhondt', 'D’Hondt (1, 2, 3, …)'.replace('’', "'")],
		['thresholdBase', 'parties', 'votes for lists only (2007–2021)'],
		['mixed', 'compensatory', 'Compensatory: list seats top up to a proportional share'],
		['overhang', 'fixed-house', 'keeps them; the house stays the same size'],
		['preset', '2021', '2021 official'],
		['districtSeats', '49', '49'],
		['partyMembers', '20000', '20,000'],
		['inPersonCongress', 'false', 'no'],
		['offBallotTarget', 'amanat', 'Amanat'],
		// A value from a link that has no words stays as it is.
		['method', 'toString', 'toString'],
		['preset', 'nope', 'nope']
	])('writes %s = %s as “%s”', (key, value, text) => {
		expect(settingValueText(key, value, en)).toBe(text);
	});

	it('writes numbers in the page’s language', () => {
		const ru = { ...en, t: createTranslator('ru'), locale: 'ru' as const };
		expect(settingValueText('threshold', '2.5', ru)).toMatch(/^2,5\s?%$/);
		expect(settingValueText('partyMembers', '20000', ru)).toMatch(/^20\s000$/);
	});
});

describe('optionalMessage', () => {
	it.each([
		['exercise.baytaq-threshold.question.1', en.t('exercise.baytaq-threshold.question.1')],
		// A teacher's own exercise has no words in the catalogue.
		['exercise.my-lesson.title', undefined],
		['{x, plural, one {a} other {b}}', undefined],
		[undefined, undefined]
	])('gives %j as %j', (key, text) => {
		expect(optionalMessage(en.t, key)).toBe(text);
	});
});
