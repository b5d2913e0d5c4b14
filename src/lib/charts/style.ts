/**
 * What every chart shares: how a party is told apart without colour (a point style and a dash
 * pattern beside its colour), how a table of the chart's numbers is shaped, and how a setting is
 * written. Pure data; the canvas patterns for bars are in patterns.ts.
 */
import type { PointStyle } from 'chart.js';
import { formatList, formatPercent, INDEPENDENT, type AppLocale } from '../i18n/format';
import type { Translate } from '../i18n/translate';
import { PARTY_COLOURS } from '../scenario/parties';
import type { Scenario } from '../scenario/types';

/** The locale and translator a builder writes its labels with. */
export interface ChartText {
	readonly locale: AppLocale;
	readonly t: Translate;
}

/** The numbers of a chart as a table: a caption, column headers, and rows led by a header cell. */
export interface ChartTable {
	readonly caption: string;
	readonly columns: readonly string[];
	readonly rows: readonly ChartTableRow[];
}

export interface ChartTableRow {
	/** The row header (first cell). */
	readonly header: string;
	readonly cells: readonly string[];
	/** The row of the scenario's own setting. */
	readonly current: boolean;
}

/**
 * Marker shapes in the order parties are drawn; none relies on colour, and neighbours differ in
 * outline (round, square, pointed), so parties stay apart in greyscale.
 */
export const POINT_STYLES: readonly PointStyle[] = [
	'circle',
	'rect',
	'triangle',
	'rectRot',
	'crossRot',
	'star',
	'rectRounded',
	'cross'
];

/** Line dash patterns (canvas setLineDash arrays) in the same order: solid first, for the largest party. */
export const DASHES: readonly (readonly number[])[] = [
	[],
	[8, 4],
	[2, 3],
	[12, 3, 2, 3],
	[4, 4],
	[16, 4],
	[2, 6],
	[8, 3, 2, 3, 2, 3]
];

/** The nth style, cycling when there are more parties than styles. */
export function styleAt<T>(styles: readonly T[], index: number): T {
	return styles[index % styles.length]!;
}

/** A party's colour in the scenario, the self-nominated grey, or a neutral grey. */
export function colourOf(scenario: Scenario, id: string): string {
	if (id === INDEPENDENT) return PARTY_COLOURS[INDEPENDENT]!;
	return scenario.parties.find((p) => p.id === id)?.colour ?? PARTY_COLOURS[INDEPENDENT]!;
}

/** Fraction digits a setting needs, up to two: 5 → 0, 5.5 → 1, 5.25 → 2. */
export function digitsOf(value: number): number {
	if (Number.isInteger(value)) return 0;
	return Number.isInteger(Math.round(value * 1000) / 100) ? 1 : 2;
}

/** A threshold as people write it: 5 → "5%", 7.5 → "7.5%" (en). */
export function formatSetting(percent: number, locale: AppLocale): string {
	return formatPercent(percent, locale, digitsOf(percent));
}

/** "A, B, and C" in the locale. */
export function listOf(items: readonly string[], locale: AppLocale): string {
	return formatList(items, locale);
}

/** Ids in the order a chart draws them: the scenario's parties first, self-nominated last. */
export function drawingOrder(scenario: Scenario, ids: ReadonlySet<string>): string[] {
	const order = scenario.parties.map((p) => p.id).filter((id) => ids.has(id));
	return ids.has(INDEPENDENT) ? [...order, INDEPENDENT] : order;
}
