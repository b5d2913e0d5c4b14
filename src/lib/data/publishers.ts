/**
 * The publishers whose own sites the app may link to: every source address (SOURCES,
 * REGION_SOURCES) must be on one of these hosts. A figure read through a mirror, a CDN or
 * staging copy, or an unrelated host that reprinted it is cited as its original publisher's
 * page instead — the Wikipedia article of that title, the agency's own article — or, where
 * the original address is not certainly known, by title and publisher with no address.
 *
 * Hosts are written without "www."; a subdomain is allowed only when listed itself.
 */
export const PUBLISHERS: Readonly<Record<string, string>> = {
	// The state, the law and parliament
	'adilet.zan.kz': 'Adilet, the legal information system of the Ministry of Justice',
	'senate.parlam.kz': 'Senate of the Parliament of Kazakhstan',
	'kazakhembus.com': 'Embassy of Kazakhstan in the United States',
	'prg.kz': 'Paragraph, legal information system',
	'gov.kz': 'Government of Kazakhstan (the ministries’ official pages)',
	'election.gov.kz': 'Central Election Commission of Kazakhstan',
	'loc.gov': 'Library of Congress, Global Legal Monitor',
	// International bodies and reference works
	'archive.ipu.org': 'Inter-Parliamentary Union, Parline archive',
	'electionguide.org': 'IFES ElectionGuide',
	'hrw.org': 'Human Rights Watch',
	'country.eiu.com': 'The Economist Intelligence Unit',
	'en.wikipedia.org': 'Wikipedia (English)',
	'de.wikipedia.org': 'Wikipedia (German)',
	'fr.wikipedia.org': 'Wikipedia (French)',
	'ru.wikipedia.org': 'Wikipedia (Russian)',
	'kk.wikipedia.org': 'Wikipedia (Kazakh)',
	// News agencies and media
	'inform.kz': 'Kazinform',
	'en.inform.kz': 'Kazinform',
	'astanatimes.com': 'The Astana Times',
	'vlast.kz': 'Vlast.kz',
	'rferl.org': 'Radio Free Europe/Radio Liberty',
	'interfax.com': 'Interfax',
	'uk.reuters.com': 'Reuters',
	'cnn.com': 'CNN',
	'ria.ru': 'RIA Novosti',
	'news.az': 'News.az',
	'aninews.in': 'ANI',
	'kapital.kz': 'Kapital.kz',
	'newtimes.kz': 'New Times',
	'kt.kz': 'Kazakhstan Today',
	'zhaikpress.kz': 'Zhaik Press (West Kazakhstan regional media)',
	'zonakz.net': 'Zona.kz',
	'almaty.tv': 'Almaty TV',
	'old.qazaqtv.com': 'Qazaq TV',
	'informburo.kz': 'Informburo',
	'ulysmedia.kz': 'Ulys Media',
	'el.kz': 'El.kz',
	'adyrna.kz': 'Adyrna',
	'aqmolanews.kz': 'Aqmola News',
	'baigenews.kz': 'Baige News',
	'kostanaytany.kz': 'Qostanay Tany',
	'kyzylorda-news.kz': 'Kyzylorda News',
	'stanradar.com': 'Stanradar',
	'halyq-uni.kz': 'Halyq University',
	'qazaq-stan.press': 'Qazaqstan Press',
	'sailaunews.kz': 'Sailau News',
	'cabar.asia': 'CABAR.asia',
	'vse-na-vybory.blogspot.com': 'Vse na vybory (blog)',
	// Research, polls and parties
	'demos.kz': 'DEMOSCOPE',
	'ofstrategy.kz': 'OFStrategy',
	'archive.misk.org.kz': 'MISK (archive)',
	'baytaq.kz': 'Baytaq Green Party'
};

/** An address's host without "www." and a trailing dot, or null when it is not http(s). */
export function publisherHost(url: string): string | null {
	if (!/^https?:\/\//i.test(url)) return null;
	try {
		return new URL(url).hostname.replace(/^www\./, '').replace(/\.$/, '');
	} catch {
		return null;
	}
}

/** Whether a host is a bare IPv4 or IPv6 address, which no publisher's page is. */
export function isIpHost(host: string): boolean {
	return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}
