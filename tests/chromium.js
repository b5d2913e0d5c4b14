/**
 * One place for how tests start Chromium: Debian's binary (no test tool may download its own
 * browser here) with the flags that keep it quiet on a closed network. See ../../shared/TOOLCHAIN.md.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @type {import("playwright").LaunchOptions} */
export const chromiumLaunchOptions = {
	executablePath: chromiumPath,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--disable-dev-shm-usage'
	]
};
