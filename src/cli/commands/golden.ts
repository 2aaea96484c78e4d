import type { CommandModule } from 'yargs';
import { InputError } from '../../core/input-error.js';
import { formatGoldenTable } from '../../golden/compare-golden.js';
import { goldenComparison } from '../../golden/golden-comparison.js';
import { GOLDEN_FILE, writeGoldenFile } from '../../golden/golden-file.js';

interface GoldenArgs {
  check?: boolean;
  update?: boolean;
  file: string;
  all?: boolean;
}

/**
 * `landscape golden --check` recomputes the pinned numbers and prints what moved (exit 1 if anything did);
 * `landscape golden --update` rewrites them after a deliberate change.
 */
export const goldenCommand: CommandModule<object, GoldenArgs> = {
  command: 'golden',
  describe: 'check or update the golden numbers (CI gating of numerical changes)',
  builder: (y) =>
    y
      .option('check', { type: 'boolean', describe: 'recompute and compare (default)' })
      .option('update', { type: 'boolean', describe: 'recompute and rewrite the golden file' })
      .option('file', { type: 'string', default: GOLDEN_FILE })
      .option('all', { type: 'boolean', default: false, describe: 'list every number, not only what moved' }) as never,
  handler: async (args) => {
    if (args.check && args.update) throw new InputError('give one of --check and --update, not both');
    const update = Boolean(args.update);
    const { fresh, rows, unchanged } = await goldenComparison(args.file, { update });
    process.stdout.write(formatGoldenTable(rows, args.all));
    if (update) {
      writeGoldenFile(fresh, args.file);
      process.stdout.write(`golden: wrote ${fresh.length} numbers to ${args.file}\n`);
      return;
    }
    process.exitCode = unchanged ? 0 : 1;
  },
};
