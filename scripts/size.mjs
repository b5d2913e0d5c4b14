// `npm run size`: the gzip size of the JavaScript and CSS the home page loads first, from the
// static build (run `npm run build` first). Reported in the README.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = 'build';
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
	`first load of /: ${assets.size} files, ${(raw / 1024).toFixed(1)} KiB, ${(gzip / 1024).toFixed(1)} KiB gzip`
);
