import { describe, expect, it } from 'vitest';
import { BACKGROUND_SOURCES } from './background-sources';
import { isIpHost, PUBLISHERS, publisherHost } from './publishers';
import { REGION_SOURCES } from './region-sources';
import { SOURCES } from './sources';

const ALL: readonly [string, { readonly url: string }][] = [
	...Object.entries(SOURCES),
	...Object.entries(REGION_SOURCES),
	...Object.entries(BACKGROUND_SOURCES)
];
const WITH_ADDRESS = ALL.filter(([, s]) => s.url !== '');

describe('the publishers the app links to', () => {
	it.each(WITH_ADDRESS)('cites %s on its publisher’s own site', (_id, { url }) => {
		const host = publisherHost(url);
		expect(host, `not an http(s) address: ${url}`).not.toBeNull();
		expect(isIpHost(host!), `a bare IP address: ${url}`).toBe(false);
		expect(Object.keys(PUBLISHERS), `host not on the allow-list: ${url}`).toContain(host);
	});

	it('gives every source an address or none, never a note in place of one', () => {
		for (const [id, { url }] of ALL) {
			expect(url === '' || /^https?:\/\/\S+$/.test(url), id).toBe(true);
		}
	});

	it('keeps an address for most sources, so a teacher can click them', () => {
		expect(WITH_ADDRESS.length).toBeGreaterThan(ALL.length * 0.85);
	});

	// Hosts that once held copies of the sources: the checks above must refuse each of them.
	it.each([
		"https://worddisk.com/wiki/Kazakhstan's_1st_electoral_district",
		'https://hyperlinked.wiki/wiki.php?slug=x',
		'https://pinocchiopedia.com/wiki/x',
		'http://the-uncensored-wiki.com:20072/k/a/z/x.html',
		'https://wikivisually.com/wiki/x',
		'https://de.zxc.wiki/wiki/x',
		'https://franco.wiki/fr/x.html',
		'https://wiki.av1.space/content/x',
		'http://cryer.org.uk/x',
		'http://everything.explained.today/x',
		'https://drvpu8u8hwoyd.cloudfront.net/a/32522849.html',
		'https://staging.rferl.org/a/x/32732186.html',
		'https://shhada.ir/astana/54523',
		'https://www.te.gob.mx/vota_elections/x',
		'https://alem.dynip.sapo.pt/wiki/x',
		'https://news.lt/Society/x',
		'https://world-news247.net/regiony/x',
		'https://bestprofi.com/document/2695815874',
		'https://test.tengrinews.kz/curious/x',
		'https://github.com/open-data-kazakhstan/city-population/blob/x/data/city_population.csv'
	])('refuses the copy %s', (url) => {
		const host = publisherHost(url);
		expect(host).not.toBeNull();
		expect(Object.keys(PUBLISHERS)).not.toContain(host);
	});

	it.each([
		['http://206.189.44.186/host-http-en.m.wikipedia.org/wiki/x', true],
		['http://[2001:db8::1]/x', true],
		['https://en.wikipedia.org/wiki/x', false]
	])('tells a bare IP address %s: %s', (url, ip) => {
		expect(isIpHost(publisherHost(url)!)).toBe(ip);
	});
});
