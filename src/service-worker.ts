/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Offline: on the first visit every file of the app — pages, scripts, styles, data, exercises —
 * is cached under this build's version; afterwards everything is served from the cache, so the
 * app works with no network. A new build installs beside the old one and waits: the page
 * announces it and switches when the person chooses (see UpdateNotice.svelte), so old and new
 * files never mix.
 * @see https://svelte.dev/docs/kit/service-workers
 */
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `majilis-lab-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

worker.addEventListener('activate', (event) => {
	// Drop other versions' files, and serve the pages already open from now on, so that the
	// first visit is offline-ready without a reload.
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => worker.clients.claim())
	);
});

worker.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void worker.skipWaiting();
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
