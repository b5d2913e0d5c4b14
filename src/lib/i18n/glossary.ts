/**
 * One term per concept in each language. The catalogue test (glossary.test.ts) fails when a Russian
 * or Kazakh message uses a variant listed under `avoid`, or when a message whose English uses the
 * concept lacks the chosen term (`expect`). When a new text needs a word for one of these concepts,
 * use the term here; when a term changes, change it here first.
 */
import type { AppLocale } from './format';

type Translated = Exclude<AppLocale, 'en'>;

export interface GlossaryTerm {
	/** The concept, in English. */
	readonly concept: string;
	/** The chosen term in each language. */
	readonly term: Readonly<Record<AppLocale, string>>;
	/** Why the term was chosen, and what it must not be confused with. */
	readonly note: string;
	/** Variants that must not appear in any message of that language. */
	readonly avoid?: Readonly<Partial<Record<Translated, readonly RegExp[]>>>;
	/** Messages left out of both checks: where an `avoid` variant is right (a seat in the diagram). */
	readonly exceptKeys?: readonly RegExp[];
	/** Phrases taken out of a message before `avoid` is checked (another sense of the word). */
	readonly otherSenses?: readonly RegExp[];
	/** When the English message matches `english`, the translation must match this. */
	readonly expect?: {
		readonly english: RegExp;
		readonly translated: Readonly<Partial<Record<Translated, RegExp>>>;
	};
}

/** Messages about the seats drawn in the chamber diagram, where Russian says «место». */
const DIAGRAM_KEYS = [
	/^chamber\./,
	/^shortcuts\./,
	/^sim\.story\.hint$/,
	/^explain\.story\.(label|missing)$/
];

export const GLOSSARY: readonly GlossaryTerm[] = [
	{
		concept: 'seat (what a party wins; the size of the house)',
		term: { en: 'seat', ru: 'мандат', kk: 'орын' },
		note:
			'Russian «мандат» for every seat a party or candidate wins and for the size of the house ' +
			'(«98 мандатов»); «место» only for a seat drawn in the chamber diagram, and for a rank ' +
			'(«второе место»). Kazakh «орын» in both senses, as Kazakh election texts write; ' +
			'«артық мандат» is the fixed term for an overhang seat.',
		avoid: { ru: [/(?<![\p{L}])[Мм]ест(?:о|а|у|е|ом|ам|ами|ах)?(?![\p{L}])/u] },
		exceptKeys: [...DIAGRAM_KEYS],
		otherSenses: [/(?:[Пп]ерв|[Вв]тор)\p{L}*\s+мест\p{L}*/gu]
	},
	{
		concept: 'candidate deposit',
		term: { en: 'deposit', ru: 'избирательный взнос', kk: 'сайлау жарнасы' },
		note: 'The law\u2019s term is «избирательный взнос»; «залог» (a pledge) is not the legal term.',
		avoid: { ru: [/залог/i], kk: [/кепіл/i] }
	},
	{
		concept: 'Sainte-Laguë method',
		term: { en: 'Sainte-Laguë', ru: 'Сент-Лагю', kk: 'Сент-Лагю' },
		note: 'Indeclinable in both languages: «метод Сент-Лагю», «Сент-Лагю әдісі».',
		avoid: { ru: [/Сент-Лагюэ|Сен-Лагю|Сент-Лаге/], kk: [/Сент-Лагюэ|Сен-Лагю|Сент-Лаге/] },
		expect: { english: /Sainte-Lagu/, translated: { ru: /Сент-Лагю/, kk: /Сент-Лагю/ } }
	},
	{
		concept: "D'Hondt method",
		term: { en: "D'Hondt", ru: 'Д’Ондт', kk: 'Д’Ондт' },
		note: 'One spelling in both languages, with the typographic apostrophe: «метод Д’Ондта», «Д’Ондт әдісі».',
		avoid: { ru: [/Д['’]Онт|Д'|Д’Хон|Донт/], kk: [/Д['’]Онт|Д'|Д’Хон|Донт/] },
		expect: { english: /D[’']Hondt/, translated: { ru: /Д’Ондт/, kk: /Д’Ондт/ } }
	},
	{
		concept: 'Hare quota',
		term: { en: 'Hare', ru: 'Хэр', kk: 'Хэр' },
		note: '«квота Хэра», «Хэр квотасы»; the law calls it the first electoral quotient.',
		avoid: { ru: [/Хэйр|Хейр|Гэр/], kk: [/Хэйр|Хейр|Гэр/] },
		// The law's own name, the first electoral quotient, says the same.
		expect: {
			english: /\bHare\b/,
			translated: { ru: /Хэр|избирательн\p{L}* частн/u, kk: /Хэр|бірінші сайлау бөлінді/ }
		}
	},
	{
		concept: 'threshold (the share of votes a list needs)',
		term: { en: 'threshold', ru: 'барьер', kk: 'шек' },
		note:
			'Kazakh «сайлау шегі», «5 % шегі», never «меже». The barriers to registration are ' +
			'another concept: Kazakh «тіркеу кедергілері», Russian «барьеры» with what they bar.',
		avoid: { kk: [/(?<![\p{L}])меже\p{L}*/u] }
	},
	{
		concept: 'hypothetical (a what-if chamber, scenario or lens that did not happen)',
		term: { en: 'hypothetical', ru: 'гипотетический', kk: 'гипотетикалық' },
		note:
			'Kazakh «гипотетикалық» labels a whole scenario or view that did not happen; it is never ' +
			'«болжам» (a forecast) nor «жорамал» (an assumed figure).',
		avoid: { kk: [/(?<![\p{L}])[Бб]олжам(?:ды|дар|дың|ы|ға)?(?![\p{L}])/u] },
		expect: {
			english: /hypothetical/i,
			translated: { ru: /гипотетич/i, kk: /гипотетикалық/i }
		}
	},
	{
		concept: 'assumption (a figure or behaviour no source gives)',
		term: { en: 'assumption', ru: 'допущение', kk: 'жорамал' },
		note:
			'Kazakh «жорамал» for the assumed figure, «жорамалдағы» for "assumed"; the verb "is ' +
			'assumed" may be «болжанады». Russian «допущение».',
		expect: {
			english: /\bassumptions?\b/i,
			translated: { ru: /допущени/i, kk: /жорамал/i }
		}
	},
	{
		concept: 'compensatory (mixed-member proportional) system',
		term: { en: 'compensatory', ru: 'компенсационная система', kk: 'компенсациялық жүйе' },
		note:
			'Electoral, not monetary: list seats top each party up to its proportional share of the ' +
			'house. Kazakh never «өтемақы» (a compensation payment); Russian never the bare noun ' +
			'«компенсация», which reads as a payment — always the adjective with the system it names.',
		avoid: {
			ru: [/(?<![\p{L}])[Кк]омпенсаци(?:я|и|ю|ей)(?![\p{L}])/u],
			kk: [/өтемақ/i]
		},
		expect: {
			english: /compensatory/i,
			translated: { ru: /компенсацион/i, kk: /компенсациялық/i }
		}
	},
	{
		concept: 'AMANAT (party name)',
		term: { en: 'Amanat', ru: '«AMANAT»', kk: '«AMANAT»' },
		note: 'Registered in Latin letters; written so in Russian and Kazakh, and not declined.',
		avoid: { ru: [/Аманат|Amanat/], kk: [/Аманат|Amanat/] }
	},
	{
		concept: 'Nur Otan (party name, until 2022)',
		term: { en: 'Nur Otan', ru: '«Нур Отан»', kk: '«Нұр Отан»' },
		note: 'In Cyrillic, in the spelling of each language.',
		avoid: { ru: [/Nur Otan|Нұр/], kk: [/Nur Otan|Нур Отан/] }
	},
	{
		concept: 'Respublica, Ak Zhol, Auyl (party names)',
		term: { en: 'Respublica', ru: '«Respublica»', kk: '«Respublica»' },
		note: 'In quotation marks like every party name; «Ак жол» in Russian, «Ақ жол» in Kazakh.',
		avoid: { ru: [/(?<!«)Respublica/, /Ак Жол|Ақ/], kk: [/(?<!«)Respublica/, /Ак жол/] }
	},
	{
		concept: 'Nationwide Social Democratic Party (abbreviation)',
		term: { en: 'OSDP', ru: 'ОСДП', kk: 'ЖСДП' },
		note: 'Russian ОСДП, Kazakh ЖСДП (Жалпыұлттық социал-демократиялық партия).',
		avoid: { ru: [/ЖСДП/], kk: [/ОСДП/] }
	},
	{
		concept: "Communist People's Party of Kazakhstan (abbreviation, until 2020)",
		term: { en: "Communist People's Party", ru: 'КНПК', kk: 'ҚКХП' },
		note: 'Kazakh ҚКХП (Қазақстан коммунистік халық партиясы), not ҚХКП.',
		avoid: { kk: [/ҚХКП|КНПК/] }
	}
];
