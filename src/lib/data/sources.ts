/**
 * Where every figure comes from: the source tags of shared/domain/kazakhstan-majilis.md, with
 * their addresses. A figure in src/lib/data names one or more of these ids.
 */

export const SOURCES = {
	adilet_law_en: {
		url: 'https://adilet.zan.kz/eng/docs/Z950002464_/compare',
		note: 'consolidated EN text; Art.1 (as amended 5 Nov 2022 No.156-VII) provides for recall of SMD deputies'
	},
	adyrna_2022_parties: {
		url: 'https://adyrna.kz/post/136911',
		note: '20,000 -> 5,000 members; regional 600 -> 200; initiative group 1,000 -> 700; congress 2 -> 3 months'
	},
	almatytv_2021: {
		url: 'https://almaty.tv/news/saılaý-2021/1356-vybory-deputatov-madgilisa-parlamenta-i-maslikhatov-okonchatelnye-itogi-ozvuchili-v-tsik',
		note: '2021 final votes per party'
	},
	ani_2021_threshold: {
		url: 'https://aninews.in/news/world/asia/kazakhstan-new-law-on-elections-aims-to-engage-kazakh-citizens-in-political-institution-say-experts20210526172003/',
		note: "25 May 2021 law: threshold 7% -> 5% of voters who took part; 'against all' introduced"
	},
	aqmolanews_deposit: {
		url: 'https://aqmolanews.kz/ru/2023/02/06/chto-budet-so-vznosami-kandidatov-v-deputaty-posle-vyborov-v-kazahstane',
		note: 'Mazhilis candidate deposit 15 MZP = 1,050,000 KZT; refunded if elected or >=5%'
	},
	astanatimes_2022_parties: {
		url: 'https://astanatimes.com/2022/03/threshold-for-party-registration-should-be-reduced-fourfold-kazakh-president-tokayev-says/',
		note: "was 40,000 before Tokayev's tenure"
	},
	astanatimes_2023_final: {
		url: 'https://astanatimes.com/2023/03/six-parties-elected-to-parliament-according-to-final-results-of-central-election-commission/',
		note: 'CEC final results 27 Mar 2023: votes, %, list seats, against-all 248,291, 6,366,441 voted'
	},
	astanatimes_2023_nominations: {
		url: 'https://astanatimes.com/2023/02/kazakhstans-seven-political-parties-nominate-283-candidates-for-upcoming-mazhilis-elections/',
		note: '283 list candidates; list max = mandates+30% = 90; 609 SMD nominees'
	},
	astanatimes_apk_2021: {
		url: 'https://astanatimes.com/2021/01/28th-session-of-assembly-of-the-people-of-kazakhstan-elects-nine-deputies-for-majilis/',
		note: 'APK elected 9 Mazhilis deputies 11 Jan 2021'
	},
	astanatimes_eligibility: {
		url: 'https://astanatimes.com/2023/01/central-election-commission-adopts-parliamentary-election-calendar/',
		note: 'Mazhilis candidate: citizen, >=25, resident last 10 years'
	},
	astanatimes_pres2022: {
		url: 'https://astanatimes.com/2022/11/preliminary-results-of-presidential-election-incumbent-tokayev-wins-81-31-of-votes/',
		note: 'candidate votes; 11,953,465 eligible voters'
	},
	astanatimes_quota_2023: {
		url: 'https://astanatimes.com/2023/03/kazakhstan-expands-political-participation-through-parliamentary-quota/',
		note: 'quota extended to PWD and to mandate distribution; 2021 quota applied only to lists'
	},
	baigenews_2024: {
		url: 'https://baigenews.kz/amp/news/pochemu-dvum-partiyam-otkazali-v-registratsii-obyasnili-v-minyuste_176356',
		note: 'May 2024: Alga Kazakhstan and Halyq Derbestigi refused; Yntymaq accepted'
	},
	baytaq_registration: {
		url: 'https://baytaq.kz/en/an-ecological-party-baytak-appeared-in-kazakhstan/',
		note: 'Baytaq registered 28 Nov 2022; branch formation term 6 months -> 1 year'
	},
	blog_2009_change: {
		url: 'https://vse-na-vybory.blogspot.com/2009/01/kazakhstans-election-law-change.html',
		note: 'Jan 2009 Senate approves: seats to at least two parties; party registration 50,000 -> 40,000 and 600 per region'
	},
	cabar_2021_sandzh: {
		url: 'https://cabar.asia/en/how-parliament-of-kazakhstan-has-changed-from-majority-system-to-party-lists',
		note: '2021: official turnout 63.3% vs unofficial 44.7% (Sandzh think tank)'
	},
	cabar_2023: {
		url: 'https://cabar.asia/en/passive-voters-how-parliamentary-election-was-held-in-kazakhstan',
		note: 'Alga, Kazakhstan applied 12 times, not allowed before 2023 election; lowest turnout'
	},
	cnn_2004: {
		url: 'http://www.cnn.com/WORLD/election.watch/asiapcf/kazakhstan3.html',
		note: '2004 total seats: Otan 42, AIST 11, Asar 4, Ak Zhol 1, Democratic Party (Adilet) 1, independents 18'
	},
	demoscope_2023: {
		url: 'https://demos.kz/?lang=en&p=8045',
		note: 'DEMOSCOPE/PaperLab 4-11 Mar 2023: 61.2% undecided; Amanat 20.8, Auyl 3.3, Respublica 3.3, OSDP 2.5, QHP 1.5, Baytaq 1.0, party not on ballot 4.2, against all 2.2 (% of all respondents)'
	},
	dewiki_2007: {
		url: 'https://de.wikipedia.org/wiki/Parlamentswahl_in_Kasachstan_2007',
		note: 'German Wikipedia article of this title (read through a mirror); 2007 %: 88.41, 4.54, 3.09, 1.51, 1.29, 0.78, 0.37; turnout 64.6% (conflicts with 68.4%)'
	},
	eiu_2021_threshold: {
		url: 'https://country.eiu.com/article.aspx?articleid=1611165944&Country=Kazakhstan&topic=Politics&subtopic=Forecast&subsubtopic=Political+stability',
		note: 'same; effective for next elections'
	},
	electionguide_2023: {
		url: 'https://www.electionguide.org/elections/id/4078/',
		note: 'cast votes 6,521,860; Kazakh party names; lists Independents 6 and NSDP 5 (conflicts with CEC 7 self-nominated / NSDP 4)'
	},
	elkz_almaty_poll: {
		url: 'https://el.kz/ru/amp/sotsopros-pokazal-u-kogo-bolshe-shansov-proyti-v-mazhilis_67051',
		note: 'district No.3 had 37 candidates at poll time; Bapi 24.2%'
	},
	frwiki_2007: {
		url: 'https://fr.wikipedia.org/wiki/%C3%89lections_l%C3%A9gislatives_kazakhes_de_2007',
		note: 'French Wikipedia article of this title (read through a mirror); 2007 table (Adam Carr/IPU): votes per party, blank 146,805, total 6,082,430, registered 8,891,561'
	},
	hrw_2004_parties: {
		url: 'https://www.hrw.org/reports/2004/kazakhstan0404/5.htm',
		note: '2002 law: 3,000 -> 50,000; 7 of 19 parties re-registered'
	},
	instdem_2023: {
		url: 'https://sailaunews.kz/leaders-and-outsiders-who-leads-the-election-race-in-kazakhstan',
		note: 'Institute of Democracy (8,000 resp.): Amanat 58.4, Ak Zhol 5.4, QHP 5.2, Auyl 5.1, Respublica 4.2, OSDP 3.9, Baytaq 1.8'
	},
	instdem_almaty_2023: {
		url: 'https://informburo.kz/novosti/elektoralnye-nastroeniya-almatincev-reiting-partii-i-odnomandatnikov',
		note: 'Almaty city 1-4 Mar 2023 (1,600): turnout 32.8% forecast; Amanat 49, Respublica 14.5, OSDP 7.2, QHP 4.8, Auyl 4.2, Ak Zhol 2.2, Baytaq 1.8, against all 16.3; No.3: Bapi 24.2, Nurlybaev (Amanat) 11.8'
	},
	interfax_2023: {
		url: 'https://interfax.com/newsroom/top-stories/87063/',
		note: '20,000 -> 5,000; 600 -> 200; 70/30 split'
	},
	ipu_2007: {
		url: 'http://archive.ipu.org/parline-e/reports/arc/2165_07.htm',
		note: '2007: 77 -> 107 seats, 98 list + 9 APK, 7% threshold'
	},
	ipu_parline: {
		url: 'http://archive.ipu.org/parline-e/reports/2165_B.htm',
		note: 'largest remainder; tie -> list registered earlier; if only one party passes, second party receives at least two seats'
	},
	kapital_2023_register: {
		url: 'https://kapital.kz/amp/gosudarstvo/112335/pochti-12-mln-chelovek-smogut-progolosovat-na-vyborakh-v-mazhilis-i-maslikhaty.html',
		note: 'voter register 1 Jan 2023: 11,970,406; Turkestan 1,177,507 (largest); Ulytau 138,277 (smallest)'
	},
	kapital_astana_maslikhat: {
		url: 'https://kapital.kz/amp/gosudarstvo/114130/podvedeny-itogi-vyborov-deputatov-maslikhata-astany.html',
		note: 'Astana: 788,931 registered voters, 332,694 voted (2023)'
	},
	karin_10_innovations: {
		url: 'https://sailaunews.kz/what-is-interesting-about-the-elections-to-the-mazhilis-and-maslikhats-in-2023',
		note: '30% quota applies to mandate distribution; against-all on Mazhilis ballots first time; threshold 5%'
	},
	kazembus_quota_2020: {
		url: 'https://kazakhembus.com/domestic-policy/elections-political-reforms/party-list-quotas',
		note: 'May 2020: 30% quota for women and under-29s on lists'
	},
	kazinform_2016: {
		url: 'https://en.inform.kz/news/nur-otan-wins-parliamentary-elections-with-82-2-of-votes-and-84-seats-in-majilis_a2884113/',
		note: '2016 final: votes per party, ~9,810,000 registered, ~7,966,000 voted (77.12%)'
	},
	kazinform_2016_deposit: {
		url: 'https://en.inform.kz/amp/political-parties-to-pay-342-885-tenge-electoral-fund-for-each-candidate_a2862404/',
		note: '2016: 15 minimum wages = 342,885 KZT per list candidate'
	},
	kazinform_2021_proposal: {
		url: 'https://www.inform.kz/en/president-suggests-reducing-electoral-threshold-for-political-parties-to-majilis_a3741406',
		note: 'Tokayev proposed 5% on 15 Jan 2021'
	},
	kazinform_2023_final: {
		url: 'https://en.inform.kz/news/six-political-parties-admitted-to-majilis_a4049989/',
		note: 'same figures but typo AMANAT 3,341,510'
	},
	kazinform_2023_turnout_regions: {
		url: 'https://en.inform.kz/news/2023-parliamentary-elections-in-kazakhstan-voter-turnout-at-54-19_a4047921/',
		note: 'turnout 54.19% and by region'
	},
	kazinform_pres2022: {
		url: 'https://www.inform.kz/en/cec-announces-final-results-of-nov-20-presidential-election_a4004726',
		note: 'final: Tokayev 6,456,393 (81.31%); against all 460,484 (5.8%); 8,300,046 (69.44%); typo Kazhyken 300,907'
	},
	kt_2023_turnout: {
		url: 'https://kt.kz/rus/politics/predvaritelnaya_yavka_na_vybory_v_mazhilis_i_maslihaty_1377947989.html',
		note: '6,521,860 voted, 54.19% at 22:10'
	},
	law_105VII_2022: {
		url: '',
		note: 'the law as published by the state (text read through an unrelated copy; no address on adilet.zan.kz recorded). Constitutional Law 7 Feb 2022 No.105-VII: quota of women, persons under 29, persons with disabilities >=30% of list and in mandate distribution'
	},
	misk_parties_2022: {
		url: 'https://archive.misk.org.kz/ru/events/921add5e-e391-406e-9afa-860463b47f02',
		note: 'late 2022: Namys at first stage; Halyq Derbestigi passed second stage'
	},
	namys_stage1: {
		url: 'https://halyq-uni.kz/news/2252-tokaev-partiia-katarynan-shykty-al-bokaevtyn-partiiasy-tirkeudin-ekinshi-kezenine-otti/amp',
		note: 'Namys (Sanzhar Bokayev) passed first registration stage in 2022'
	},
	newsaz_tass_2023_smd: {
		url: 'https://news.az/index.php/news/kazakhstans-largest-political-party-wins-majority-control-over-parliament',
		note: 'CEC deputy chair Petrov: 22 SMD winners nominated by Amanat, 7 self-nominated; Amanat 62 total; turnout 54.21%'
	},
	newslt_2004: {
		url: '',
		note: "'The Results of Kazakh Elections' (2004; read through an unrelated copy, original publisher's address not known); 2004 list seats: Otan 7, Asar 1, AIST 1, Ak Zhol 1"
	},
	newtimes_2023_final: {
		url: 'https://newtimes.kz/vybory-2023/166548-u-cik-rezultaty-vyborov-polnostyu-sovpali-s-ekzitpolom',
		note: 'RU party names; Baytaq 146,431 (2.30%)'
	},
	ofstrategy_districts: {
		url: 'https://ofstrategy.kz/ru/research/politic-research/item/832-vybory-v-mazhilis-2023-mnenie-o-tom-kak-budut-sformirovany-odnomandatnye-territorialnye-izbiratelnye-okruga',
		note: 'CEC resolution 110/604: >=1 district per region/city; districts may not cross region borders'
	},
	osce_2002_parties: {
		url: '',
		note: 'OSCE Centre in Almaty press release, June 2002 (read through an unrelated copy; its address on osce.org is not known): 3,000 -> 50,000 members, min 700 in each of 14 regions + 2 cities'
	},
	prg_2004_cec: {
		url: 'https://prg.kz/m/amp/document/1050745',
		note: 'CEC resolution 27 Sep 2004 No.142/206 (Art. 97-1): Otan 2,883,706 (60.61%), Ak Zhol 572,672 (12.04%), Asar 541,239 (11.38%), AIST (cut off)'
	},
	publicopinion_2023: {
		url: 'https://www.inform.kz/en/poll-most-kazakhstanis-favour-five-and-more-parties-in-majilis_a4029524/amp',
		note: 'Public Opinion institute 25-28 Jan 2023 (1,200): Amanat 48.6, Auyl 6.2, Ak Zhol 5.4, QHP 4.8, Respublica 3.6, OSDP 3.2, Baytaq 2.8, against 2.6, undecided 22.8'
	},
	qazaqstan_press_2021_counterfactual: {
		url: 'https://qazaq-stan.press/skolko-mandatov-polychat-proshedshie-v-majilis-partii.html',
		note: '2021 at 5%: 72/11/9/6; at 3%: 70/11/9/5/3'
	},
	qazaqstan_press_method: {
		url: 'https://qazaq-stan.press/o-podschete-mandatov-partii-v-novom-majilise.html',
		note: 'plain-language method: sum of passing votes / seats = first electoral quotient; integer parts; remaining seats by largest fractional part'
	},
	qazaqtv_2020: {
		url: 'https://old.qazaqtv.com/en/view/politics/page_212872_kazakh-senate-adopts-amendments-to-electoral-laws-and-laws-on-political-parties',
		note: '2020: party registration 40,000 -> 20,000; quota'
	},
	reuters_2012: {
		url: 'http://uk.reuters.com/article/kazakhstan-election-results-idUKL6E8CH2Z420120117',
		note: '2012: 9.3m registered, turnout 75.4%, % and seats'
	},
	rferl_alga_17: {
		url: '',
		note: "Radio Azattyq (RFE/RL Kazakh Service, Russian), 27 Jul 2023 (read through a CDN copy; its address on the publisher's site is not certain): Alga, Kazakhstan! refused 17 times since May 2022 (by 27 Jul 2023)"
	},
	rferl_alga_21: {
		url: 'https://www.rferl.org/a/kazakh-opposition-attempts-registration/32732186.html',
		note: '21st attempt Dec 2023'
	},
	ria_2023: {
		url: 'https://ria.ru/amp/20230327/kazakhstan-1860851192.html',
		note: 'Amanat 62 of 98'
	},
	sailaunews_history: {
		url: 'https://sailaunews.kz/elections-for-the-mazhilis-and-maslikhats-from-the-previous-ones',
		note: '107 -> 98; 1995: 67 SMD; 1999/2004: 67 SMD + 10 list'
	},
	sailaunews_smd_registration: {
		url: 'https://sailaunews.kz/over-170-candidates-withdraw-from-mazhilis-election-race',
		note: '609 nominated, 435 registered, 125 denied, 45 withdrew, 4 cancelled'
	},
	senate_2022_quota: {
		url: 'https://senate.parlam.kz/en-US/news/details/5876',
		note: 'same bill, Senate committee Jan 2022'
	},
	stanradar_parties: {
		url: 'https://stanradar.com/news/full/50463-kazelektoralnyj-haos-novye-partii-ne-mogut-projti-registratsiju.html',
		note: 'at least 17 new groups sought registration after March 2022'
	},
	tegobmx_art97: {
		url: '',
		note: 'read through an unrelated host; the official text is the law on adilet.zan.kz. Unofficial EN translation of the election law article on list-seat distribution (7% era, post-2009): first electoral quotient; second party admitted if only one passes; its quotient x 0.7 correction index'
	},
	ulysmedia_2023_lists: {
		url: 'https://ulysmedia.kz/news/12883-sem-partii-vydvinuli-svoikh-kandidatov-v-parlament',
		note: '281 list candidates registered (Respublica 23)'
	},
	uncensored_2004: {
		url: 'https://en.wikipedia.org/wiki/2004_Kazakh_legislative_election',
		note: 'English Wikipedia article (formerly titled "Kazakhstani legislative election, 2004"; read through a mirror); 2004 % table incl. AIST 7.1'
	},
	vlast_2022_parties: {
		url: 'https://vlast.kz/amp/politika/49855-kak-mnogo-novyh-partij-mozet-poavitsa-v-kazahstane.html',
		note: '2019-2022: 40k -> 20k; initiative group 1,000; no new party passed stage 2'
	},
	vlast_2023_final: {
		url: 'https://vlast.kz/novosti/54446-cik-raspredelil-deputatskie-mandaty-mezdu-partiami.html',
		note: 'registered voters 12,035,578; 6,366,441 voted for parties and against all'
	},
	vlast_2023_law_changes: {
		url: 'https://vlast.kz/amp/politika/53569-cto-izmenilos-v-zakone-o-vyborah.html',
		note: '69/29 split; districts per region (Almaty city & Turkestan 3; Astana, Shymkent, Almaty reg., Jambyl, Karaganda 2; others 1); APK seats moved to Senate'
	},
	vlast_lawsuits: {
		url: 'https://vlast.kz/kz/amp/novosti/54341-166-iskov-v-sudy-podali-kandidaty-v-deputaty-mazilisa-i-maslihatov.html',
		note: '166 suits (82 by Mazhilis candidates); 49 satisfied overall; district commissions restored 6 Mazhilis candidates (5 Astana, 1 Shymkent)'
	},
	wiki_2004_mirror: {
		url: 'https://en.wikipedia.org/wiki/2004_Kazakh_legislative_election',
		note: 'English Wikipedia article of this title (read through a mirror); 2004 registered 8,662,188; turnout 56.49%'
	},
	wiki_2023_mirror: {
		url: 'https://en.wikipedia.org/wiki/2023_Kazakh_legislative_election',
		note: 'English Wikipedia article of this title (read through a mirror); infobox: registered 12,035,578; turnout 54.21%; seats 62/8/6/6/5/4'
	},
	wiki_constituencies: {
		url: 'https://en.wikipedia.org/wiki/Constituencies_of_Kazakhstan',
		note: 'list of 29 districts (numbers 1-7 visible in excerpt)'
	},
	wiki_district_1: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_1st_electoral_district',
		note: 'English Wikipedia article of this title (read through a mirror); No.1 Astana (Almaty & Baiqonyr districts), Däulet Turlyhanov (Amanat)'
	},
	wiki_district_11: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_11th_electoral_district',
		note: 'English Wikipedia article of this title (read through a mirror); No.11 Almaty Region, seat Qonaev, electorate 472,572, pop 916,671, Ardaq Nazarov (Independent)'
	},
	wiki_district_12: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_12th_electoral_district',
		note: 'English Wikipedia article of this title (read through a mirror); No.12 Almaty Region, seat Kaskelen, electorate 493,732, pop 964,419, Daniar Qasqaraurov (Independent)'
	},
	wiki_district_19: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_19th_electoral_district',
		note: 'English Wikipedia article of this title (read through a mirror); No.19 Karaganda Region, seat Temirtau, electorate 379,656, pop 565,060, Arman Qalyqov (Amanat); neighbours reveal numbering of 8,9,16,17,18,20,23,28'
	},
	wiki_district_3: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_3rd_electoral_district',
		note: "English Wikipedia article 'Kazakhstan's 3rd electoral district' (read through a mirror): No.3 Almaty (Alatau & Auezov), Ermurat Bapi (Independent)"
	},
	wiki_district_7: {
		url: 'https://en.wikipedia.org/wiki/Kazakhstan%27s_7th_electoral_district',
		note: 'English Wikipedia article of this title (read through a mirror); No.7 Shymkent (Enbekshin, Qaratau, Al-Farabi), Bolatbek Najmetdinuly (Amanat)'
	},
	wikivisually_2012: {
		url: 'https://en.wikipedia.org/wiki/2012_Kazakh_legislative_election',
		note: 'English Wikipedia article (formerly titled "Kazakh legislative election, 2012"; read through a mirror); 2012 table: votes per party'
	},
	zonakz_2021: {
		url: 'https://zonakz.net/2021/01/12/76-mandatov-v-mazhilise-poluchila-pravyashhaya-partiya-kazaxstana/',
		note: '2021: 11,919,241 voters; 7,539,280 ballots (63.25%); 7,241,562 votes for parties'
	},
	gov_kz_2022_amanat: {
		url: 'https://www.gov.kz/memleket/entities/mfa/press/article/details/77107?lang=en',
		note: 'Ministry of Foreign Affairs factsheet: the extraordinary congress of 1 March 2022 renamed Nur Otan to Amanat'
	},
	inastana_2016_register: {
		url: '',
		note: 'inastana.kz (2016): 9,791,165 voters on the lists; address not recorded'
	},
	inform_2022_amanat_congress: {
		url: 'https://www.inform.kz/en/extraordinary-congress-of-amanat-party-begins_a3927037',
		note: 'Kazinform, 26 Apr 2022: XXIII extraordinary congress of AMANAT on ADAL joining; "until 1 March 2022 the AMANAT Party was named the Nur Otan Party"'
	},
	urbc_2007_cec: {
		url: '',
		note: 'URBC news agency archive, 20 Aug 2007: the CEC reported turnout of 64.56 %; address not recorded'
	},
	wiki_adal: {
		url: 'https://en.wikipedia.org/wiki/Adal_(political_party)',
		note: 'Birlik formed 26 Apr 2013 from Rukhaniyat and Adilet; renamed Adal in 2020; merged into Amanat 26 Apr 2022'
	},
	zhaikpress_2020_npk: {
		url: 'https://zhaikpress.kz/ru/news/kommunisty-stali-narodnoj-partiej',
		note: "Zhaik Press (Kazinform correspondent), 11 Nov 2020: the XV extraordinary congress renamed the Communist People's Party of Kazakhstan the People's Party of Kazakhstan"
	}
} as const satisfies Record<string, { url: string; note: string }>;

export type SourceId = keyof typeof SOURCES;
