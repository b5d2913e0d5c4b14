/**
 * Party and winner names in three languages: every party of every preset has its own Kazakh and
 * Russian name (no English fallback), a short name for the legend and a full one for the table.
 */
import { describe, expect, it } from 'vitest';
import { OFFICIAL_ELECTIONS } from '../data/elections';
import { KNOWN_DISTRICT_WINNERS_2023 } from '../data/regions';
import { partyName } from '../i18n/format';
import { PRESETS } from './presets';
import { NEW_PARTY } from './parties';

const LOCALES = ['en', 'ru', 'kk'] as const;

/** Names registered in Latin letters, which Russian and Kazakh texts write as they are. */
const REGISTERED_LATIN = ['AMANAT', 'Respublica'];

/** What is left of a name in Latin letters once the registered Latin names are taken out. */
function latinIn(name: string): string[] {
	let rest = name;
	for (const registered of REGISTERED_LATIN) rest = rest.replaceAll(registered, '');
	return rest.match(/[A-Za-z]+/g) ?? [];
}

const parties = PRESETS.flatMap((preset) =>
	preset.scenario.parties.map((party) => ({ preset: preset.id, party }))
);

describe('party names', () => {
	it('covers every preset, the reform presets and the parties off the ballot', () => {
		const ids = new Set(parties.map((p) => `${p.preset}/${p.party.id}`));
		for (const id of ['2007/rukhaniyat', '2012/adilet', '2021/adal', '2023/alga', '2023/namys'])
			expect(ids).toContain(id);
	});

	it('names the hypothetical new party, which no preset has, in each language', () => {
		expect(parties.some(({ party }) => party.id === NEW_PARTY.id)).toBe(false);
		for (const locale of LOCALES) expect(NEW_PARTY.name[locale].trim()).not.toBe('');
	});

	it.each(parties)('$preset/$party.id has a full name in each language', ({ party }) => {
		for (const locale of LOCALES) {
			expect(party.name[locale].trim(), locale).not.toBe('');
			expect(party.name[locale], locale).toBe(party.name[locale].trim());
		}
	});

	it.each(parties)(
		'$preset/$party.id is written in Cyrillic in Russian and Kazakh, registered Latin names aside',
		({ party }) => {
			const short = party.shortName ?? party.name;
			for (const locale of ['ru', 'kk'] as const) {
				expect(latinIn(party.name[locale]), `full ${locale}: ${party.name[locale]}`).toEqual([]);
				expect(latinIn(short[locale]), `short ${locale}: ${short[locale]}`).toEqual([]);
			}
		}
	);

	it.each(parties.filter(({ party }) => party.shortName))(
		'$preset/$party.id has a short name no longer than its full name',
		({ party }) => {
			for (const locale of LOCALES) {
				expect(party.shortName![locale].trim(), locale).not.toBe('');
				expect(party.shortName![locale].length, locale).toBeLessThanOrEqual(
					party.name[locale].length
				);
			}
		}
	);

	it('gives every list of every official election a short and a full name', () => {
		const missing = OFFICIAL_ELECTIONS.flatMap((e) =>
			e.lists.flatMap((list) =>
				LOCALES.filter((l) => !list.name[l] || !list.shortName[l]).map(
					(l) => `${e.year}/${list.id}/${l}`
				)
			)
		);
		expect(missing).toEqual([]);
	});

	/**
	 * The names of the year, from the party histories: the Communist People's Party (КНПК, ҚКХП)
	 * was renamed the People's Party of Kazakhstan (НПК, ҚХП) in 2020, Nur Otan was the People's
	 * Democratic Party «Нур Отан» until 2013, Auyl a social-democratic party until its 2015 merger.
	 */
	it.each([
		{ year: 2023, id: 'amanat', ru: '«AMANAT»', kk: '«AMANAT»', full: 'Партия «AMANAT»' },
		{
			year: 2023,
			id: 'jsdp',
			ru: 'ОСДП',
			kk: 'ЖСДП',
			full: 'Общенациональная социал-демократическая партия'
		},
		{ year: 2021, id: 'npk', ru: 'НПК', kk: 'ҚХП', full: 'Народная партия Казахстана' },
		{ year: 2021, id: 'nurotan', ru: '«Нур Отан»', kk: '«Нұр Отан»', full: 'Партия «Нур Отан»' },
		{
			year: 2016,
			id: 'knpk',
			ru: 'КНПК',
			kk: 'ҚКХП',
			full: 'Коммунистическая народная партия Казахстана'
		},
		{
			year: 2012,
			id: 'nurotan',
			ru: '«Нур Отан»',
			kk: '«Нұр Отан»',
			full: 'Народно-демократическая партия «Нур Отан»'
		},
		{
			year: 2007,
			id: 'cppk',
			ru: 'КНПК',
			kk: 'ҚКХП',
			full: 'Коммунистическая народная партия Казахстана'
		},
		{
			year: 2007,
			id: 'auyl',
			ru: '«Ауыл»',
			kk: '«Ауыл»',
			full: 'Казахстанская социал-демократическая партия «Ауыл»'
		}
	])('names $id in $year as it was registered then', ({ year, id, ru, kk, full }) => {
		const list = OFFICIAL_ELECTIONS.find((e) => e.year === year)!.lists.find((l) => l.id === id)!;
		expect(list.shortName.ru).toBe(ru);
		expect(list.shortName.kk).toBe(kk);
		expect(list.name.ru).toBe(full);
	});
});

describe('partyName', () => {
	const scenario = PRESETS.find((p) => p.id === '2021')!.scenario;
	const t = (key: string) => key;

	it.each([
		{ locale: 'ru', form: 'short', expected: '«Нур Отан»' },
		{ locale: 'ru', form: 'full', expected: 'Партия «Нур Отан»' },
		{ locale: 'kk', form: 'short', expected: '«Нұр Отан»' },
		{ locale: 'en', form: 'full', expected: 'Nur Otan party' }
	] as const)('gives the $form name in $locale', ({ locale, form, expected }) => {
		expect(partyName(scenario, 'nurotan', locale, t, form)).toBe(expected);
	});

	it('uses the short name by default and the full name where a party has no short one', () => {
		expect(partyName(scenario, 'npk', 'ru', t)).toBe('НПК');
		const custom = {
			...scenario,
			parties: [{ ...scenario.parties[0]!, shortName: undefined }]
		};
		expect(partyName(custom, 'nurotan', 'ru', t)).toBe('Партия «Нур Отан»');
	});
});

describe('named district winners', () => {
	it.each(KNOWN_DISTRICT_WINNERS_2023)('No. $number is named in Cyrillic in ru and kk', (w) => {
		for (const locale of ['ru', 'kk'] as const) {
			expect(w.winner[locale]).toMatch(
				/^[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+( [А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]+)+$/
			);
		}
		expect(w.winner.en).not.toBe('');
	});
});
