/**
 * Votes against seats: for each party, its share of the valid votes beside its share of the
 * seats, as grouped bars. The gap between a party's two bars is what the rules did to its vote.
 * Vote bars are hatched and seat bars solid, so the two series differ in texture, not only shade;
 * parties are named on the axis.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Chamber } from '../scenario/simulate';
import { formatNumber, formatPercent, INDEPENDENT, partyName } from '../i18n/format';
import type { Scenario } from '../scenario/types';
import { colourOf, drawingOrder, listOf, type ChartTable, type ChartText } from './style';
import { INK } from './theme';

export interface VotesSeatsRow {
	readonly id: string;
	readonly colour: string;
	/** List votes; null for self-nominated winners, who have none. */
	readonly votes: number | null;
	/** Share of valid votes (lists + against-all), percent; null for self-nominated. */
	readonly votePercent: number | null;
	readonly seats: number;
	/** Share of the house, percent. */
	readonly seatPercent: number;
}

/** A bar fill: the colour itself in tests, a hatched pattern in the browser. */
export type Fill = (colour: string) => string | CanvasPattern;

const plain: Fill = (colour) => colour;

/**
 * The parties that stood and drew votes or won seats, in the scenario's order, then the
 * self-nominated winners if there are any.
 */
export function votesSeatsRows(scenario: Scenario, chamber: Chamber): VotesSeatsRow[] {
	const shown = new Set(
		chamber.parties.filter((p) => (p.onBallot && p.votes > 0) || p.seats > 0).map((p) => p.id)
	);
	if (chamber.independents > 0) shown.add(INDEPENDENT);
	return drawingOrder(scenario, shown).map((id) => {
		const colour = colourOf(scenario, id);
		if (id === INDEPENDENT) {
			const seats = chamber.independents;
			const seatPercent = chamber.houseSize > 0 ? (100 * seats) / chamber.houseSize : 0;
			return { id, colour, votes: null, votePercent: null, seats, seatPercent };
		}
		const party = chamber.parties.find((p) => p.id === id)!;
		return {
			id,
			colour,
			votes: party.votes,
			votePercent: party.votePercent,
			seats: party.seats,
			seatPercent: party.seatPercent
		};
	});
}

export function votesSeatsConfig(
	scenario: Scenario,
	rows: readonly VotesSeatsRow[],
	{ locale, t }: ChartText,
	hatchFill: Fill = plain
): ChartConfiguration<'bar', (number | null)[], string> {
	const colours = rows.map((r) => r.colour);
	return {
		type: 'bar',
		data: {
			labels: rows.map((r) => partyName(scenario, r.id, locale, t)),
			datasets: [
				{
					label: t('charts.votesSeats.votes'),
					data: rows.map((r) => r.votePercent),
					backgroundColor: colours.map(hatchFill),
					borderColor: INK,
					borderWidth: 1
				},
				{
					label: t('charts.votesSeats.seats'),
					data: rows.map((r) => r.seatPercent),
					backgroundColor: colours,
					borderColor: INK,
					borderWidth: 1
				}
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			scales: {
				x: { ticks: { autoSkip: false } },
				y: {
					beginAtZero: true,
					title: { display: true, text: t('charts.votesSeats.axis.y') }
				}
			},
			plugins: {
				legend: { position: 'bottom' },
				tooltip: { mode: 'index', intersect: false }
			}
		}
	};
}

export function votesSeatsTable(
	scenario: Scenario,
	rows: readonly VotesSeatsRow[],
	{ locale, t }: ChartText
): ChartTable {
	return {
		caption: t('charts.votesSeats.caption'),
		columns: [
			t('charts.col.party'),
			t('charts.votesSeats.col.votes'),
			t('charts.votesSeats.votes'),
			t('charts.votesSeats.col.seats'),
			t('charts.votesSeats.seats')
		],
		rows: rows.map((r) => ({
			header: partyName(scenario, r.id, locale, t),
			cells: [
				r.votes === null ? t('charts.none') : formatNumber(r.votes, locale),
				r.votePercent === null ? t('charts.none') : formatPercent(r.votePercent, locale),
				formatNumber(r.seats, locale),
				formatPercent(r.seatPercent, locale)
			],
			current: false
		}))
	};
}

/** One sentence with every number of the chart, for the chart's accessible name. */
export function votesSeatsSummary(
	scenario: Scenario,
	rows: readonly VotesSeatsRow[],
	{ locale, t }: ChartText
): string {
	const items = rows.map((r) => {
		const party = partyName(scenario, r.id, locale, t);
		const seats = formatPercent(r.seatPercent, locale, 1);
		return r.votePercent === null
			? t('charts.votesSeats.item.noVotes', { party, seats })
			: t('charts.votesSeats.item', {
					party,
					votes: formatPercent(r.votePercent, locale, 1),
					seats
				});
	});
	return t('charts.votesSeats.summary', { items: listOf(items, locale) });
}
