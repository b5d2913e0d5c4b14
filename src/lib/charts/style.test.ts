import { describe, expect, it } from 'vitest';
import { INDEPENDENT } from '../i18n/format';
import { SCENARIO_2023 } from '../scenario/defaults';
import { PARTY_COLOURS } from '../scenario/parties';
import {
	colourOf,
	DASHES,
	digitsOf,
	drawingOrder,
	formatSetting,
	listOf,
	POINT_STYLES,
	styleAt
} from './style';

describe('digitsOf and formatSetting', () => {
	it.each([
		{ value: 5, digits: 0, text: '5%' },
		{ value: 0, digits: 0, text: '0%' },
		{ value: 7.5, digits: 1, text: '7.5%' },
		{ value: 0.1 * 3, digits: 1, text: '0.3%' },
		{ value: 5.25, digits: 2, text: '5.25%' }
	])('writes $value as $text', ({ value, digits, text }) => {
		expect(digitsOf(value)).toBe(digits);
		expect(formatSetting(value, 'en')).toBe(text);
	});
});

describe('party styles', () => {
	it('gives the first eight parties eight different markers and dash patterns', () => {
		const markers = Array.from({ length: 8 }, (_, i) => styleAt(POINT_STYLES, i));
		const dashes = Array.from({ length: 8 }, (_, i) => styleAt(DASHES, i).join(','));
		expect(new Set(markers).size).toBe(8);
		expect(new Set(dashes).size).toBe(8);
	});

	it('cycles styles past the last one', () => {
		expect(styleAt(POINT_STYLES, POINT_STYLES.length)).toBe(POINT_STYLES[0]);
	});

	it.each([
		{ id: 'amanat', colour: PARTY_COLOURS.amanat },
		{ id: INDEPENDENT, colour: PARTY_COLOURS.independent },
		{ id: 'nobody', colour: PARTY_COLOURS.independent }
	])('colours $id with $colour', ({ id, colour }) => {
		expect(colourOf(SCENARIO_2023, id)).toBe(colour);
	});
});

describe('drawingOrder and listOf', () => {
	it('puts parties in scenario order and self-nominated last', () => {
		const ids = new Set([INDEPENDENT, 'jsdp', 'amanat']);
		expect(drawingOrder(SCENARIO_2023, ids)).toEqual(['amanat', 'jsdp', INDEPENDENT]);
	});

	it('joins items as a sentence', () => {
		expect(listOf(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
	});
});
