/**
 * Who met the goal when a class did several exercises: one bar per exercise, the share of its
 * students who met its goal, with the counts in the table and the accessible name.
 */
import type { ChartConfiguration } from 'chart.js';
import { formatNumber, formatPercent } from '../i18n/format';
import { listOf, type ChartTable, type ChartText } from './style';
import { INK } from './theme';

export interface GoalShare {
	readonly exercise: string;
	readonly total: number;
	readonly met: number;
}

/**
 * A long title as lines of at most `width` characters, broken between words, so that an axis
 * shows it whole (Chart.js draws an array label as lines).
 */
export function wrapLabel(text: string, width = 32): string[] {
	const lines: string[] = [];
	for (const word of text.split(/\s+/)) {
		const last = lines.at(-1);
		if (last !== undefined && last.length + 1 + word.length <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** Percent of the students who met the goal; 0 for an empty group. */
export const sharePercent = (g: GoalShare): number => (g.total > 0 ? (100 * g.met) / g.total : 0);

export function classGoalsConfig(
	groups: readonly GoalShare[],
	{ t }: ChartText,
	large = false
): ChartConfiguration<'bar', number[], string[]> {
	const font = { size: large ? 20 : 13 };
	return {
		type: 'bar',
		data: {
			labels: groups.map((g) => wrapLabel(g.exercise)),
			datasets: [
				{
					label: t('collect.goals.met'),
					data: groups.map(sharePercent),
					backgroundColor: '#2a6f97',
					borderColor: INK,
					borderWidth: 1
				}
			]
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			scales: {
				x: {
					min: 0,
					max: 100,
					ticks: { font },
					title: { display: true, text: t('collect.goals.axis'), font }
				},
				y: { ticks: { font, autoSkip: false } }
			},
			plugins: { legend: { display: false } }
		}
	};
}

export function classGoalsTable(
	groups: readonly GoalShare[],
	{ locale, t }: ChartText
): ChartTable {
	return {
		caption: t('collect.goals.caption'),
		columns: [
			t('collect.csv.exercise'),
			t('collect.goals.students'),
			t('collect.goals.met'),
			t('collect.goals.share')
		],
		rows: groups.map((g) => ({
			header: g.exercise,
			cells: [
				formatNumber(g.total, locale),
				formatNumber(g.met, locale),
				formatPercent(sharePercent(g), locale, 0)
			],
			current: false
		}))
	};
}

export function classGoalsSummary(groups: readonly GoalShare[], { locale, t }: ChartText): string {
	const items = groups.map((g) =>
		t('collect.goals.item', {
			exercise: g.exercise,
			percent: formatPercent(sharePercent(g), locale, 0),
			met: g.met,
			total: g.total
		})
	);
	return t('collect.goals.summary', { items: listOf(items, locale) });
}
