/**
 * A setting and its value as the simulator's controls show them, for the class summary and its
 * CSV: `method` = `dhondt` reads "Seat formula: D'Hondt (1, 2, 3, …)", `threshold` = `7` reads
 * "Threshold: 7%". Keys without a control (a link can set them) are shown as the key itself.
 */
import { formatNumber, type AppLocale } from '../i18n/format';
import type { MessageKey, Translate } from '../i18n/translate';
import { formatSetting } from '../charts/style';

/** The control's label of each `--set` key that has a control. */
const LABELS: Readonly<Record<string, MessageKey>> = {
	preset: 'controls.preset',
	threshold: 'controls.threshold',
	thresholdBase: 'controls.base',
	method: 'controls.method',
	secondParty: 'controls.secondParty',
	totalSeats: 'controls.totalSeats',
	districtSeats: 'controls.districtSeats',
	mixed: 'controls.mixed',
	overhang: 'controls.overhang',
	turnout: 'controls.turnout',
	againstAll: 'controls.againstAll',
	partyMembers: 'controls.partyMembers',
	branchMembers: 'controls.branchMembers',
	foundingGroup: 'controls.foundingGroup',
	inPersonCongress: 'controls.inPersonCongress',
	administrativeRefusals: 'controls.refusals',
	candidateDeposit: 'controls.deposit',
	candidateRefusals: 'controls.candidateRefusals',
	offBallotVoters: 'controls.offBallot',
	offBallotTarget: 'controls.offBallotTarget',
	integrity: 'controls.integrity.enable',
	integrityParty: 'controls.integrity.party',
	observerCoverage: 'controls.integrity.coverage',
	inflation: 'controls.integrity.inflation'
};

/** Keys whose value is a choice with its own words: the catalogue prefix of each. */
const CHOICES: Readonly<Record<string, (value: string) => string>> = {
	method: (v) => `controls.method.${v}`,
	thresholdBase: (v) => `controls.base.${v}`,
	secondParty: (v) => `controls.secondParty.${v}`,
	mixed: (v) => `controls.mixed.${v}`,
	overhang: (v) => (v === 'fixed-house' ? 'controls.overhang.fixed' : 'controls.overhang.extra'),
	offBallotVoters: (v) => `controls.offBallot.${v}`,
	preset: (v) => `preset.${v}.name`
};

/** Keys in percent. Support values arrive as shares too (class-summary.ts). */
const PERCENT = new Set([
	'threshold',
	'turnout',
	'invalid',
	'candidateRefusals',
	'observerCoverage',
	'inflation'
]);
const PARTY_VALUES = new Set(['offBallotTarget', 'integrityParty']);

export interface SettingWordsContext {
	readonly t: Translate;
	readonly locale: AppLocale;
	readonly partyName: (id: string) => string;
}

/**
 * A message if the catalogue has it, else undefined: a translator gives back the key itself for
 * a message it does not have. Only plain keys are asked for (a value from a link may be anything).
 */
export function optionalMessage(t: Translate, key: string | undefined): string | undefined {
	if (key === undefined || !/^[\w.-]+$/.test(key)) return undefined;
	const text = t(key as MessageKey);
	return text === key ? undefined : text;
}

/** The label of a setting as its control names it, or the key itself. */
export function settingName(key: string, { t, partyName }: SettingWordsContext): string {
	if (key.startsWith('support.')) {
		return t('classroom.goal.support', { party: partyName(key.slice('support.'.length)) });
	}
	const label = Object.hasOwn(LABELS, key) ? LABELS[key] : undefined;
	return label ? t(label) : key;
}

/** A setting's value in the page's language and number format. */
export function settingValueText(key: string, value: string, context: SettingWordsContext): string {
	const { t, locale, partyName } = context;
	const choice = Object.hasOwn(CHOICES, key) ? CHOICES[key]?.(value) : undefined;
	const words = optionalMessage(t, choice);
	if (words !== undefined) return words;
	if (value === 'true' || value === 'false') {
		return t(value === 'true' ? 'share.csv.yes' : 'share.csv.no');
	}
	if (PARTY_VALUES.has(key)) return value === '' ? t('charts.none') : partyName(value);
	const number = Number(value);
	if (value.trim() === '' || !Number.isFinite(number)) return value;
	if (PERCENT.has(key) || key.startsWith('support.')) return formatSetting(number, locale);
	return formatNumber(number, locale, Number.isInteger(number) ? 0 : 2);
}
