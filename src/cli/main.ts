import yargs from 'yargs';
import { EnvironmentError } from '../core/environment-error.js';
import { InputError } from '../core/input-error.js';
import { commands } from './command-list.js';

/**
 * Exit codes: 0 success (and every claim holds), 1 a claim fails, the environment failed (disk full, no
 * permission, a store locked by another process; one clear line) or an internal error, 2 bad input.
 */
export const EXIT_BAD_INPUT = 2;
export const EXIT_FAILURE = 1;

function firstLine(message: string): string {
  return message.split('\n').find((l) => l.trim() !== '') ?? message;
}

/** A negative number, also in exponent form: -1, -1.5, -.5, -1e308, -2.5E-3. */
const NEGATIVE_NUMBER = /^-(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * yargs-parser reads `-1e308` as the short flags `-1 -e …`. Glue a negative number to the option before it
 * (`-u -1e308` → `-u=-1e308`) so that it is parsed as that option's value; `--` ends option parsing as usual.
 */
export function glueNegativeNumbers(argv: readonly string[]): string[] {
  const out: string[] = [];
  let options = true;
  for (const token of argv) {
    const previous = out[out.length - 1];
    if (token === '--') options = false;
    if (
      options &&
      NEGATIVE_NUMBER.test(token) &&
      previous?.startsWith('-') &&
      !previous.includes('=') &&
      !NEGATIVE_NUMBER.test(previous) &&
      previous !== '--'
    ) {
      out[out.length - 1] = `${previous}=${token}`;
    } else {
      out.push(token);
    }
  }
  return out;
}

/** The usage line of the deepest command that `argv` names (`landscape run <spec>`), for missing positionals. */
function usageOf(argv: readonly string[]): string | undefined {
  const words = argv.filter((a) => !a.startsWith('-'));
  // biome-ignore lint/suspicious/noExplicitAny: yargs command modules are heterogeneous.
  const find = (list: any[], name: string) =>
    list.find((c) => typeof c.command === 'string' && c.command.split(' ')[0] === name);
  const top = find(commands, words[0] ?? '');
  if (!top) return undefined;
  if (words[0] === 'runs') {
    if (words[1] === 'export') return 'landscape runs export <source>';
    return 'landscape runs export <source>';
  }
  return `landscape ${top.command}`;
}

/** `bogusFlag` is how yargs also lists `--bogus-flag`: keep the spelling the user typed. */
function camelOf(name: string): string {
  return name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** One line for a yargs validation message: unknown options, missing positionals and options named plainly. */
function usageMessage(message: string, argv: readonly string[]): string {
  const line = firstLine(message);
  if (/^Not enough non-option arguments/.test(line)) {
    const usage = usageOf(argv);
    if (usage) {
      const missing = /<([^>]+)>/.exec(usage.replace(/^landscape \S+( export)?/, ''))?.[1] ?? 'an argument';
      return `missing <${missing.replace('..', '')}> (usage: ${usage})`;
    }
    return `a required argument is missing (${line}); see --help`;
  }
  const unknown = /^Unknown arguments?: (.*)$/.exec(line);
  if (unknown) {
    const names = unknown[1].split(', ');
    const typed = names.filter((n) => !names.some((m) => m !== n && camelOf(m) === n));
    const shown = typed.map((n) =>
      argv.some((a) => a === n || a.startsWith(`${n}=`)) ? n : n.length === 1 ? `-${n}` : `--${n}`,
    );
    return `unknown ${shown.length > 1 ? 'arguments' : 'argument'} ${shown.join(', ')} (see --help)`;
  }
  const missing = /^Missing required arguments?: (.*)$/.exec(line);
  if (missing) {
    const names = missing[1].split(', ').map((n) => (n.length === 1 ? `-${n}` : `--${n}`));
    return `missing required option ${names.join(', ')}`;
  }
  const suggestion = /^Did you mean (.*)\?$/.exec(line);
  if (suggestion)
    return `unknown command ${argv.find((a) => !a.startsWith('-')) ?? ''}; did you mean ${suggestion[1]}?`;
  return line;
}

/** An errno error from node:fs (disk full, no permission, read-only filesystem, …) as one line. */
function systemErrorLine(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const e = error as NodeJS.ErrnoException;
  if (typeof e.code !== 'string' || !/^E[A-Z]+$/.test(e.code) || typeof e.syscall !== 'string') return undefined;
  const what: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOENT: 'no such file or directory',
    ENOTDIR: 'a path component is not a directory',
    EISDIR: 'is a directory',
    EIO: 'input/output error',
    EMFILE: 'too many open files',
    ENAMETOOLONG: 'file name too long',
    ELOOP: 'too many symbolic links (or a symbolic link where a file was expected)',
  };
  return `cannot ${e.syscall}${e.path ? ` ${e.path}` : ''}: ${what[e.code] ?? e.code} (${e.code})`;
}

/**
 * Run the `landscape` command line. Every validation failure (unknown flag, extra positional, missing or bad
 * value) throws from yargs' fail handler before any command handler runs, so nothing is computed or written;
 * it ends with one line on stderr and exit code 2.
 */
export async function runCli(argv: string[]): Promise<void> {
  const args = glueNegativeNumbers(argv);
  const parser = yargs(args)
    .scriptName('landscape')
    .usage(
      '$0 <command> [options]\n\nProperty-based verification of the loss-surface theory of Choromanska et al. (2015).',
    )
    .parserConfiguration({ 'unknown-options-as-args': false })
    .strict()
    .demandCommand(1, 'name a command (see --help)')
    .recommendCommands()
    .help()
    .version(false)
    .wrap(Math.min(110, process.stdout.columns || 110))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      throw new InputError(usageMessage(msg ?? 'invalid arguments', args));
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
    if (error instanceof EnvironmentError) {
      process.stderr.write(`landscape: ${firstLine(error.message)}\n`);
      process.exitCode = EXIT_FAILURE;
      return;
    }
    const system = systemErrorLine(error);
    if (system !== undefined) {
      process.stderr.write(`landscape: ${system}\n`);
      process.exitCode = EXIT_FAILURE;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    if (process.env.LANDSCAPE_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.stderr.write(`landscape: internal error: ${firstLine(message)} (set LANDSCAPE_DEBUG=1 for the stack)\n`);
    process.exitCode = EXIT_FAILURE;
  }
}
