/**
 * The tally's words: a party's name in a tally row, a change as "+6" / "−5", and the one sentence
 * with the main cause of a change. Shared by the tally beside the chamber and the polite live
 * region, so what is seen and what is heard are the same words.
 */
import {
	formatList,
	formatNumber,
	formatPercent,
	partyName,
	selectKey,
	type AppLocale
} from '../i18n/format';
import type { Translate } from '../i18n/translate';
import { knownPartyName } from '../scenario/known-parties';
import type { Scenario } from '../scenario/types';
import {
	APPOINTED_ROW,
	INDEPENDENT_ROW,
	type Cause,
	type KeptOff,
	type RuleChange,
	type TallyRow
} from './change';

export interface ChangeWords {
	readonly name: (id: string) => string;
	readonly delta: (delta: number) => string;
	readonly threshold: (percent: number) => string;
	readonly percent: (percent: number) => string;
	readonly cause: (cause: Cause) => string;
	/** How each changed rule shares seats, a sentence each. */
	readonly rules: (changes: readonly RuleChange[]) => string;
	/** Why each list kept off the ballot was, a sentence each. */
	readonly keptOff: (reasons: readonly KeptOff[]) => string;
}

export function changeWords(scenario: Scenario, t: Translate, locale: AppLocale): ChangeWords {
	const name = (id: string): string => {
		if (id === INDEPENDENT_ROW) return t('party.independent');
		if (id === APPOINTED_ROW) return t('results.row.appointed');
		if (scenario.parties.some((p) => p.id === id)) return partyName(scenario, id, locale, t);
		return knownPartyName(id, locale);
	};
	const delta = (d: number): string => {
		if (d > 0) return t('results.change.up', { n: d });
		if (d < 0) return t('results.change.down', { n: -d });
		return t('results.change.same');
	};
	/** A threshold as people write it: 7 %, 2.5 %, 4.99 %, not 7.00 %. */
	const threshold = (x: number): string =>
		formatPercent(x, locale, Number.isInteger(x) ? 0 : Number.isInteger(x * 10) ? 1 : 2);
	const percent = (x: number): string => formatPercent(x, locale);
	const list = (items: readonly string[]) => formatList(items, locale);
	const changes = (items: readonly TallyRow[]) =>
		list(items.map((r) => `${name(r.id)} ${delta(r.delta)}`));

	const cause = (c: Cause): string => {
		switch (c.kind) {
			case 'none':
				return t('tally.cause.none');
			case 'dropped':
				return t(c.reason === 'off-ballot' ? 'tally.cause.offBallot' : 'tally.cause.below', {
					parties: list(c.dropped.map((r) => name(r.id))),
					count: c.dropped.length,
					threshold: threshold(scenario.list.threshold),
					seats: c.seats,
					gainers: changes(c.gainers)
				});
			case 'entered':
				return t('tally.cause.entered', {
					parties: list(c.entered.map((r) => name(r.id))),
					count: c.entered.length,
					losers: c.losers.length > 0 ? changes(c.losers) : t('tally.nobody')
				});
			case 'moved':
				// A house made larger or smaller can move seats one way only.
				if (c.losers.length === 0) return t('tally.cause.added', { gainers: changes(c.gainers) });
				if (c.gainers.length === 0) return t('tally.cause.removed', { losers: changes(c.losers) });
				return t('tally.cause.moved', { gainers: changes(c.gainers), losers: changes(c.losers) });
		}
	};
	const rule = (c: RuleChange): string => {
		switch (c.kind) {
			case 'method':
				return t('tally.why.method', { method: selectKey(c.method) });
			case 'mixed':
				return t('tally.why.mixed', { mixed: c.mixed });
			case 'base':
				return c.needed === null || c.before === null
					? t('tally.why.base', { base: c.base })
					: t('tally.why.baseVotes', {
							base: c.base,
							needed: formatNumber(c.needed, locale),
							before: formatNumber(c.before, locale)
						});
			case 'house':
				return t('tally.why.house', { total: c.total, before: c.before, lists: c.lists });
			case 'split':
				return t('tally.why.split', {
					districts: c.districts,
					before: c.before,
					total: c.total,
					lists: c.total - c.districts
				});
		}
	};
	const rules = (changes: readonly RuleChange[]) => changes.map(rule).join(' ');
	const reason = ({ party, failure, assumed }: KeptOff): string =>
		t('tally.why.keptOff', {
			party: name(party),
			rule: selectKey(failure.rule),
			needed: 'needed' in failure ? formatNumber(failure.needed, locale) : '',
			has: 'has' in failure ? formatNumber(failure.has, locale) : '',
			assumed: assumed ? 'yes' : 'no'
		});
	const keptOff = (reasons: readonly KeptOff[]) => reasons.map(reason).join(' ');
	return { name, delta, threshold, percent, cause, rules, keptOff };
}
