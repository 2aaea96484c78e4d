import yargs from 'yargs';
import { commands } from './commands.js';
import { InputError } from './input-error.js';

/** Exit codes: 0 success (and every claim holds), 1 a claim fails or an internal error, 2 bad input. */
export const EXIT_BAD_INPUT = 2;

function firstLine(message: string): string {
  return message.split('\n').find((l) => l.trim() !== '') ?? message;
}

/** Run the `landscape` command line. Bad input ends with one line on stderr and exit code 2. */
export async function runCli(argv: string[]): Promise<void> {
  let usageFailure: string | undefined;
  const parser = yargs(argv)
    .scriptName('landscape')
    .usage(
      '$0 <command> [options]\n\nProperty-based verification of the loss-surface theory of Choromanska et al. (2015).',
    )
    .strict()
    .demandCommand(1, 'name a command (see --help)')
    .recommendCommands()
    .help()
    .version(false)
    .wrap(Math.min(110, process.stdout.columns || 110))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      usageFailure = msg ?? 'invalid arguments';
    });
  for (const command of commands) parser.command(command);
  try {
    await parser.parseAsync();
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`landscape: ${firstLine(error.message)}\n`);
      process.exitCode = EXIT_BAD_INPUT;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (process.env.LANDSCAPE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.stderr.write(`landscape: internal error: ${firstLine(message)} (set LANDSCAPE_DEBUG=1 for the stack)\n`);
    process.exitCode = 1;
    return;
  }
  if (usageFailure !== undefined) {
    process.stderr.write(`landscape: ${firstLine(usageFailure)}\n`);
    process.exitCode = EXIT_BAD_INPUT;
  }
}
