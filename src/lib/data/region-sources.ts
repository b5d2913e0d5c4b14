/** Source tags of shared/domain/regions-2023.md, with their addresses. */

export const REGION_SOURCES = {
	bns_pop_2023_csv: {
		url: 'https://github.com/open-data-kazakhstan/city-population/blob/47fd2a3fc05aea6c7281f7563367bed636cd08dd/data/city_population.csv',
		note: ''
	},
	kapital_astana_maslikhat: {
		url: 'https://kapital.kz/amp/gosudarstvo/114130/podvedeny-itogi-vyborov-deputatov-maslikhata-astany.html',
		note: ''
	},
	karaganda_maslikhat_2023: {
		url: 'https://world-news247.net/regiony/item/1057727-obyavleny-itogi-vyborov-deputatov-maslihata-karagandinskoy-oblasti',
		note: ''
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
		url: 'https://el.kz./ru/v-sko-podveli-itogi-vyborov-deputatov-oblastnogo-maslihata_69061',
		note: ''
	},
	wiki_district_1: {
		url: "https://worddisk.com/wiki/Kazakhstan's_1st_electoral_district",
		note: ''
	},
	wiki_district_11: {
		url: 'https://hyperlinked.wiki/wiki.php?slug=Kazakhstan%27s_11th_electoral_district',
		note: ''
	},
	wiki_district_12: { url: 'http://cryer.org.uk/Kazakhstan%27s_12th_electoral_district', note: '' },
	wiki_district_19: {
		url: "https://alem.dynip.sapo.pt/wiki/content/wikipedia_en_all_maxi_2024-01/A/Kazakhstan's_19th_electoral_district",
		note: ''
	},
	wiki_district_3: {
		url: "(Wikipedia mirror of 'Kazakhstan's 3rd electoral district'; no URL recorded)",
		note: ''
	},
	wiki_district_6: {
		url: 'http://everything.explained.today/Kazakhstan%27s_6th_electoral_district',
		note: ''
	},
	wiki_district_7: {
		url: 'https://pinocchiopedia.com/wiki/Kazakhstan%27s_7th_electoral_district',
		note: ''
	},
	wiki_district_8: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_8th_electoral_district',
		note: ''
	}
} as const satisfies Record<string, { url: string; note: string }>;

export type RegionSourceId = keyof typeof REGION_SOURCES;
