/** Source tags of shared/domain/regions-2023.md, with their addresses. */

export const REGION_SOURCES = {
	bns_pop_2023_csv: {
		url: '',
		note: 'Bureau of National Statistics table, population at 1 Jan 2023 (read through a copy in a GitHub repository; the address on stat.gov.kz is not known)'
	},
	kapital_astana_maslikhat: {
		url: 'https://kapital.kz/amp/gosudarstvo/114130/podvedeny-itogi-vyborov-deputatov-maslikhata-astany.html',
		note: ''
	},
	karaganda_maslikhat_2023: {
		url: '',
		note: 'Kazinform report (read through an unrelated copy; its address on inform.kz is not known)'
	},
	kazinform_2023_turnout_regions: {
		url: 'https://en.inform.kz/news/2023-parliamentary-elections-in-kazakhstan-voter-turnout-at-54-19_a4047921/',
		note: ''
	},
	kazinform_register_jan2023: {
		url: 'https://www.inform.kz/en/majilis-elections-over-11-mln-registered-to-vote_a4026914',
		note: ''
	},
	kostanay_maslikhat_2023: {
		url: 'https://kostanaytany.kz/sajlaw-qorytyndylary-twraly/',
		note: ''
	},
	kyzylorda_news_2023: {
		url: 'https://kyzylorda-news.kz/ru/politika/vybory-deputatov-mazhilisa-i-maslihatov-startovali-v-kazahstane-19-03-2023',
		note: ''
	},
	nko_maslikhat_2023: {
		url: 'https://el.kz/ru/v-sko-podveli-itogi-vyborov-deputatov-oblastnogo-maslihata_69061',
		note: ''
	},
	wiki_district_1: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_1st_electoral_district',
		note: 'read through a mirror'
	},
	wiki_district_11: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_11th_electoral_district',
		note: 'read through a mirror'
	},
	wiki_district_12: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_12th_electoral_district',
		note: 'read through a mirror'
	},
	wiki_district_19: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_19th_electoral_district',
		note: 'read through a mirror'
	},
	wiki_district_3: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_3rd_electoral_district',
		note: 'read through a mirror whose address was not recorded'
	},
	wiki_district_6: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_6th_electoral_district',
		note: 'read through a mirror'
	},
	wiki_district_7: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_7th_electoral_district',
		note: 'read through a mirror'
	},
	ulysmedia_2023_d4: {
		url: 'https://ulysmedia.kz/news/13981-sanzhar-bokaev-ne-soglasen-s-rezultatami-vyborov-i-podast-v-sud',
		note: 'Ulysmedia, 21 Mar 2023: names Erlan Stambekov as the official winner of district No. 4'
	},
	karibayeva_anselmo_2023: {
		url: '',
		note: 'Karibayeva & Anselmo (2023), commentary on the 2023 Majilis election; no address recorded. Names the self-nominated winners (party of No. 4); gives Amanat 23 districts, 6 self-nominated, "over 63" seats, which differ from the CEC final 22 / 7 / 62'
	},
	wiki_district_8: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_8th_electoral_district',
		note: ''
	}
} as const satisfies Record<string, { url: string; note: string }>;

export type RegionSourceId = keyof typeof REGION_SOURCES;
