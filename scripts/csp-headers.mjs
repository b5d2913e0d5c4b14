/**
 * After `vite build`: writes each prerendered page's Content-Security-Policy into build/_headers
 * for static hosts that read that file, as the page's own <meta> policy (which SvelteKit wrote,
 * with the hash of the page's inline start-up script) plus frame-ancestors 'none', which only a
 * header can carry. Fails the build if a page has no policy or one that allows eval or inline
 * scripts.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const BUILD = 'build';

/** Every .html file under dir. */
function pages(dir) {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return pages(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}

/** The URL path a file is served at, with trailingSlash 'never': about.html → /about. */
function routeOf(file) {
	const path = relative(BUILD, file)
		.split(sep)
		.join('/')
		.replace(/\.html$/, '');
	return path === 'index' ? '/' : `/${path}`;
}

const META = /<meta http-equiv="content-security-policy" content="([^"]+)"/;
const lines = ['', '# Per page, written by scripts/csp-headers.mjs'];
const problems = [];
for (const file of pages(BUILD).sort()) {
	const policy = META.exec(readFileSync(file, 'utf8'))?.[1];
	if (!policy) problems.push(`${file}: no Content-Security-Policy meta tag`);
	// 'wasm-unsafe-eval' (WebAssembly only, for the QR reader) is allowed; 'unsafe-eval' is not.
	else if (/'unsafe-eval'/.test(policy) || /script-src[^;]*unsafe-inline/.test(policy)) {
		problems.push(`${file}: the policy allows eval or inline scripts`);
	} else lines.push(routeOf(file), `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
}
if (problems.length > 0) {
	console.error(problems.join('\n'));
	process.exit(1);
}
appendFileSync(join(BUILD, '_headers'), lines.join('\n') + '\n');
console.log(`csp-headers: ${lines.length / 2 - 1} pages`);
