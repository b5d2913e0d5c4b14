// `npm run size`: the gzip size of the JavaScript and CSS the home page loads first, from the
// static build (run `npm run build` first). Reported in the README; fails above the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = 'build';
/** The first load's budget, gzip (issue 12: at most 90 KiB on `/`). */
const BUDGET_KIB = 90;
const html = readFileSync(join(root, 'index.html'), 'utf8');
const assets = new Set(
	[...html.matchAll(/(?:href|src|import\()\s*=?\s*["']([^"']+\.(?:js|css))["']/g)].map((m) => m[1])
);
let raw = 0;
let gzip = 0;
for (const asset of assets) {
	const file = join(root, asset.replace(/^\.?\//, '').replace(/^\.\.\//, ''));
	const bytes = readFileSync(file);
	raw += bytes.length;
	gzip += gzipSync(bytes, { level: 9 }).length;
}
console.log(
	`first load of /: ${assets.size} files, ${(raw / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip (budget ${BUDGET_KIB} KiB)`
);
if (gzip > BUDGET_KIB * 1024) {
	console.error(`over the budget by ${((gzip - BUDGET_KIB * 1024) / 1024).toFixed(1)} KiB gzip`);
	process.exitCode = 1;
}
