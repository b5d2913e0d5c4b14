// Runs before the home page's first paint (see src/routes/+page.svelte): when the address holds a
// scenario, the page waits for it instead of showing the prerendered 2023 chamber. A file of the
// site, not an inline script, so the Content-Security-Policy needs no exception for it.
(function () {
	var query = new URLSearchParams(location.search);
	query.delete('lang');
	if (query.toString()) document.documentElement.setAttribute('data-scenario-pending', '');
})();
