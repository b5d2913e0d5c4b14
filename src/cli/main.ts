/**
 * The `majilis` command line: `npm run --silent majilis -- <command> [options]`.
 * Bad input exits with status 2 and one line on standard error; never a stack trace.
 */
import { readFileSync } from 'node:fs';
import { allocate } from '../lib/engine';
import { allocationJson } from './allocation-json';
import { answerBatch } from './batch';
import { monteCarloCommand } from './montecarlo';
import { printable, UsageError } from './errors';
import { parseAllocateArgs } from './parse-allocate';
import { presetsText, simulateCommand } from './simulate';
import { describeSetKeys } from '../lib/scenario/set-help';

export const USAGE = `Usage: majilis <command> [options]

Commands:
  allocate [options] NAME=VOTES ...   distribute list seats; prints the result and its working as JSON
  allocate --batch                    one JSON case per line on standard input, one answer per line
  simulate [--preset NAME] [--set KEY=VALUE ...] [scenario.json]
                                      the whole Majilis: ballot access, list and district tiers, metrics
  montecarlo [--preset NAME] [--set KEY=VALUE ...] [scenario.json] [--runs N] [--error PTS] [--seed S]
                                      N simulated elections around the scenario, error PTS points
                                      (defaults 10000 runs, 2 points, seed 1); seat ranges as JSON
  presets                             the presets simulate knows
  help                                this text

allocate options (defaults are the 2023 law):
  --seats N                  seats to distribute (69)
  --method M                 hare | droop | imperiali | dhondt | sainte-lague | modified-sainte-lague (hare)
  --threshold PCT            legal threshold in percent, 0-100 (5)
  --threshold-base B         valid (lists + against-all) | parties (lists only) | ballots (all ballots) (valid)
  --against-all N            votes against all (0)
  --invalid N                invalid ballots, counted only by --threshold-base ballots (0)
  --second-party             if only one list passes, admit the runner-up too
  --second-party-corrected   the same, with the runner-up's quotient multiplied by 0.7

Lists are given in registration order: on equal remainders or quotients the earlier list wins.

simulate --set keys (defaults are the 2023 law and electorate):
${describeSetKeys()
	.map(([key, description]) => `  ${key.padEnd(24)} ${description}`)
	.join('\n')}`;

export function run(
	argv: readonly string[],
	readStdin: () => string,
	readFile: (path: string) => string = (path) => readFileSync(path, 'utf8')
): { out: string; code: number } {
	const [command, ...rest] = argv;
	switch (command) {
		case 'allocate': {
			const parsed = parseAllocateArgs(rest);
			if (parsed.batch) return { out: answerBatch(readStdin()), code: 0 };
			return {
				out: JSON.stringify(allocationJson(allocate(parsed.input!)), null, 2) + '\n',
				code: 0
			};
		}
		case 'simulate':
			return { out: simulateCommand(rest, readFile), code: 0 };
		case 'montecarlo':
			return { out: monteCarloCommand(rest, readFile), code: 0 };
		case 'presets':
			return { out: presetsText(), code: 0 };
		case 'help':
		case '--help':
		case '-h':
			return { out: USAGE + '\n', code: 0 };
		case undefined:
			throw new UsageError('no command given; try "majilis help"');
		default:
			throw new UsageError(`unknown command "${command}"; try "majilis help"`);
	}
}

function main(): void {
	// A reader that stops early (`| head`) is not an error: stop writing, no stack trace.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw error;
	});
	try {
		const { out, code } = run(process.argv.slice(2), () => readFileSync(0, 'utf8'));
		process.stdout.write(out);
		process.exitCode = code;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		if (error instanceof UsageError || error instanceof RangeError) {
			process.stderr.write(`majilis: ${printable(message)}\n`);
			process.exitCode = 2;
		} else {
			process.stderr.write(`majilis: internal error: ${printable(message)}\n`);
			process.exitCode = 1;
		}
	}
}

main();
