import { spawnSync } from 'node:child_process';

/** Runs the real command as a person would, through Node with the tsx loader (for tests). */
export function majilis(args: string[], stdin = '') {
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
		input: stdin,
		encoding: 'utf8'
	});
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
