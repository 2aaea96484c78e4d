/**
 * The engine's flags of the flag-driven commands (`spinglass`, `network`): where results go, worker threads,
 * progress, and --spec-out. What they do is src/app/run-or-write-spec.ts.
 */
import type { Argv } from 'yargs';

/** The engine's flags, added to a command's options. */
export function engineOptions<T>(y: Argv<T>): Argv<T> {
  return y
    .option('results', {
      type: 'string',
      global: false,
      describe: 'store the runs in this results directory (resumable; default: a temporary one, removed)',
    })
    .option('workers', { global: false, type: 'number', describe: 'worker threads (default: the cores; 1 = no pool)' })
    .option('quiet', { global: false, type: 'boolean', default: false, describe: 'no progress on stderr' })
    .option('spec-out', {
      type: 'string',
      global: false,
      describe: 'write the experiment spec these flags describe to FILE (for `landscape run`) and run nothing',
    }) as unknown as Argv<T>;
}
