/**
 * The words the class summary shows for one exercise, in the page's language: its title and
 * questions (a built-in exercise's from the catalogue; a teacher's own exercise the title its
 * students saw, and its questions' words where this browser made or opened it, else numbered
 * questions), its parties' names and colours (from the
 * preset most of its students started from), and the CSV's labels.
 */
import { colourOf, type ChartText } from '../charts/style';
import { partyName as nameIn } from '../i18n/format';
import { knownPartyName } from '../scenario/known-parties';
import { findPreset, DEFAULT_PRESET } from '../scenario/presets';
import type { ClassCsvLabels, ExerciseGroup } from './class-summary';
import { optionalMessage, settingName, settingValueText } from './setting-words';

export interface GroupWords {
	readonly title: string;
	/** The question's words, or "Question 2" where the catalogue does not have them. */
	readonly question: (n: number) => string;
	readonly name: (party: string) => string;
	readonly colour: (party: string) => string;
}

export function groupWords(group: ExerciseGroup, { locale, t }: ChartText): GroupWords {
	const key = (part: string) => `exercise.${group.exerciseId}.${part}`;
	const scenario = (findPreset(group.presetId) ?? DEFAULT_PRESET).scenario;
	return {
		title: optionalMessage(t, key('title')) ?? group.exerciseTitle,
		question: (n) =>
			optionalMessage(t, key(`question.${n}`)) ??
			group.questionWords[n - 1] ??
			t('collect.question', { number: n }),
		name: (party) => {
			const name = nameIn(scenario, party, locale, t);
			return name === party ? knownPartyName(party, locale) : name;
		},
		colour: (party) => colourOf(scenario, party)
	};
}

/** The class CSV's headings and labels in the page's language. */
export function csvLabels(groups: readonly ExerciseGroup[], text: ChartText): ClassCsvLabels {
	const { t, locale } = text;
	const words = new Map(groups.map((g) => [g, groupWords(g, text)]));
	const first = groups[0] ? words.get(groups[0]) : undefined;
	const partyName = (id: string) => first?.name(id) ?? id;
	const context = { t, locale, partyName };
	return {
		student: t('collect.csv.student'),
		exercise: t('collect.csv.exercise'),
		goalMet: t('collect.csv.goalMet'),
		hintsUsed: t('collect.csv.hints'),
		finishedAt: t('collect.csv.finished'),
		scenario: t('collect.csv.scenario'),
		yes: t('share.csv.yes'),
		no: t('share.csv.no'),
		wordsNotHere: t('collect.csv.wordsNotHere'),
		exerciseTitle: (group) => words.get(group)?.title ?? group.exerciseTitle,
		setting: (key) => settingName(key, context),
		settingValue: (key, value) => settingValueText(key, value, context),
		seats: (party, group) =>
			t('collect.csv.seats', { party: words.get(group)?.name(party) ?? party }),
		question: (group, n) =>
			t('collect.csv.question', {
				exercise: words.get(group)?.title ?? group.exerciseTitle,
				number: n,
				question: words.get(group)?.question(n) ?? ''
			})
	};
}
