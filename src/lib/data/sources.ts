/**
 * Where every figure comes from: the source tags of shared/domain/kazakhstan-majilis.md, with
 * their addresses. A figure in src/lib/data names one or more of these ids.
 */

export const SOURCES = {
	almatytv_2021: {
		url: 'https://almaty.tv/news/saılaý-2021/1356-vybory-deputatov-madgilisa-parlamenta-i-maslikhatov-okonchatelnye-itogi-ozvuchili-v-tsik',
		note: '2021 final votes per party'
	},
	astanatimes_2023_final: {
		url: 'https://astanatimes.com/2023/03/six-parties-elected-to-parliament-according-to-final-results-of-central-election-commission/',
		note: 'CEC final results 27 Mar 2023: votes, %, list seats, against-all 248,291, 6,366,441 voted'
	},
	astanatimes_apk_2021: {
		url: 'https://astanatimes.com/2021/01/28th-session-of-assembly-of-the-people-of-kazakhstan-elects-nine-deputies-for-majilis/',
		note: 'APK elected 9 Mazhilis deputies 11 Jan 2021'
	},
	dewiki_2007: {
		url: 'https://de.zxc.wiki/wiki/Parlamentswahl_in_Kasachstan_2007',
		note: '2007 %: 88.41, 4.54, 3.09, 1.51, 1.29, 0.78, 0.37; turnout 64.6% (conflicts with 68.4%)'
	},
	electionguide_2023: {
		url: 'https://www.electionguide.org/elections/id/4078/',
		note: 'cast votes 6,521,860; Kazakh party names; lists Independents 6 and NSDP 5 (conflicts with CEC 7 self-nominated / NSDP 4)'
	},
	frwiki_2007: {
		url: 'https://franco.wiki/fr/%C3%89lections_l%C3%A9gislatives_kazakhes_de_2007.html',
		note: '2007 table (Adam Carr/IPU): votes per party, blank 146,805, total 6,082,430, registered 8,891,561'
	},
	kazinform_2016: {
		url: 'https://en.inform.kz/news/nur-otan-wins-parliamentary-elections-with-82-2-of-votes-and-84-seats-in-majilis_a2884113/',
		note: '2016 final: votes per party, ~9,810,000 registered, ~7,966,000 voted (77.12%)'
	},
	kazinform_2023_final: {
		url: 'https://en.inform.kz/news/six-political-parties-admitted-to-majilis_a4049989/',
		note: 'same figures but typo AMANAT 3,341,510'
	},
	kazinform_2023_turnout_regions: {
		url: 'https://en.inform.kz/news/2023-parliamentary-elections-in-kazakhstan-voter-turnout-at-54-19_a4047921/',
		note: 'turnout 54.19% and by region'
	},
	kt_2023_turnout: {
		url: 'https://kt.kz/rus/politics/predvaritelnaya_yavka_na_vybory_v_mazhilis_i_maslihaty_1377947989.html',
		note: '6,521,860 voted, 54.19% at 22:10'
	},
	newsaz_tass_2023_smd: {
		url: 'https://news.az/index.php/news/kazakhstans-largest-political-party-wins-majority-control-over-parliament',
		note: 'CEC deputy chair Petrov: 22 SMD winners nominated by Amanat, 7 self-nominated; Amanat 62 total; turnout 54.21%'
	},
	newtimes_2023_final: {
		url: 'https://newtimes.kz/vybory-2023/166548-u-cik-rezultaty-vyborov-polnostyu-sovpali-s-ekzitpolom',
		note: 'RU party names; Baytaq 146,431 (2.30%)'
	},
	reuters_2012: {
		url: 'http://uk.reuters.com/article/kazakhstan-election-results-idUKL6E8CH2Z420120117',
		note: '2012: 9.3m registered, turnout 75.4%, % and seats'
	},
	ria_2023: {
		url: 'https://ria.ru/amp/20230327/kazakhstan-1860851192.html',
		note: 'Amanat 62 of 98'
	},
	vlast_2023_final: {
		url: 'https://vlast.kz/novosti/54446-cik-raspredelil-deputatskie-mandaty-mezdu-partiami.html',
		note: 'registered voters 12,035,578; 6,366,441 voted for parties and against all'
	},
	wikivisually_2012: {
		url: 'https://wikivisually.com/wiki/Kazakh_legislative_election%2C_2012',
		note: '2012 table: votes per party'
	},
	zonakz_2021: {
		url: 'https://zonakz.net/2021/01/12/76-mandatov-v-mazhilise-poluchila-pravyashhaya-partiya-kazaxstana/',
		note: '2021: 11,919,241 voters; 7,539,280 ballots (63.25%); 7,241,562 votes for parties'
	}
} as const satisfies Record<string, { url: string; note: string }>;

export type SourceId = keyof typeof SOURCES;
