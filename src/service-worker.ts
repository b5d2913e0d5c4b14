/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline: on the first visit every file of the app — pages, scripts, styles, data, exercises —
 * is cached under this build's version; afterwards everything is served from the cache, so the
 * app works with no network. The one exception is the QR reader's WebAssembly (1 MB, used only
 * by a teacher's camera on /collect): it is cached when /collect asks for it, so a student's
 * phone never downloads it, and carried over to each new version. A new build installs beside
 * the old one and waits: the page announces it and switches when the person chooses (see
 * UpdateNotice.svelte), so old and new files never mix.
 * @see https://svelte.dev/docs/kit/service-workers
 */
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `majilis-lab-${version}`;
/** Files fetched only when a page asks (`cache-on-demand`), not on install. */
const ON_DEMAND = build.filter((path) => path.endsWith('.wasm'));
const ASSETS = [...build.filter((path) => !ON_DEMAND.includes(path)), ...files, ...prerendered];

/**
 * Puts each on-demand file in this version's cache: from an older version's cache when that has
 * it (the build names files by their content, so the same name holds the same bytes), else, with
 * `fetchMissing`, from the network.
 */
async function cacheOnDemand(fetchMissing: boolean): Promise<void> {
	const cache = await caches.open(CACHE);
	for (const path of ON_DEMAND) {
		if (await cache.match(path)) continue;
		const kept = await caches.match(path);
		if (kept?.ok) await cache.put(path, kept);
		else if (fetchMissing) await cache.add(path);
	}
}

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

worker.addEventListener('activate', (event) => {
	// Keep the on-demand files a teacher already has, drop other versions' files, and serve the
	// pages already open from now on, so that the first visit is offline-ready without a reload.
	event.waitUntil(
		cacheOnDemand(false)
			.catch(() => undefined)
			.then(() => caches.keys())
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => worker.clients.claim())
	);
});

worker.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void worker.skipWaiting();
	if (event.data === 'cache-on-demand') event.waitUntil(cacheOnDemand(true).catch(() => {}));
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Pages are cached by path: "/about" is stored as "/about"; a query (the scenario) is
			// the page's own business, so it is left out of the look-up.
			const cached =
				(await cache.match(url.pathname)) ?? (await cache.match(request, { ignoreSearch: true }));
			if (cached?.ok) return cached;
			try {
				const fresh = await fetch(request);
				// A damaged entry (an error status stored by accident or by hand) is not served
				// again: the network's good answer replaces it.
				if (cached && fresh.ok) {
					await cache.put(ASSETS.includes(url.pathname) ? url.pathname : request, fresh.clone());
				}
				return fresh;
			} catch {
				return (await cache.match('/')) ?? Response.error();
			}
		})()
	);
});
