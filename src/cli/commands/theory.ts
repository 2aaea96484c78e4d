import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { censusReport, formatCensusReport } from '../../app/census-report.js';
import { countsReport, formatCountsReport } from '../../app/counts-report.js';
import { formatTheoryReport, MAX_KMAX, theoryReport } from '../../app/theory-report.js';
import { InputError } from '../../core/input-error.js';

interface TheoryArgs {
  p: number;
  kmax: number;
  u: number[] | undefined;
  json: boolean;
  counts: boolean;
  census: boolean;
  n: number | undefined;
  samples: number | undefined;
  starts: number;
  seed: number;
  descentSteps: number;
}

export const theoryCommand: CommandModule<object, TheoryArgs> = {
  command: 'theory',
  describe: 'Auffinger–Ben Arous–Černý complexity: E_inf, the critical levels E_k, and Θ_p, Θ_{k,p} at levels u',
  builder: (yargs: Argv<object>) =>
    yargs
      .option('p', { type: 'number', demandOption: true, describe: 'interaction order p (integer ≥ 2)' })
      .option('kmax', { type: 'number', default: 5, describe: `largest index k (0…${MAX_KMAX})` })
      .option('u', {
        type: 'number',
        array: true,
        describe: 'scaled energy levels H/N at which to evaluate Θ (repeatable)',
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'print one JSON object',
      })
      .option('counts', {
        type: 'boolean',
        default: false,
        describe:
          'mean numbers of critical points below the levels --u at size --n (exact and asymptotic, index 0..kmax)',
      })
      .option('census', {
        type: 'boolean',
        default: false,
        describe: 'find critical points of one sample at size --n (GD + Newton) and compare with the exact counts',
      })
      .option('n', { type: 'number', describe: 'number of spins N (with --counts or --census)' })
      .option('samples', {
        type: 'number',
        describe: 'counts: GOE samples of the finite-N Monte Carlo of E Crt_{N,k} (0 = none; 4000 ≈ 8 s at N = 1000)',
      })
      .option('starts', { type: 'number', default: 200, describe: 'census starts' })
      .option('seed', { type: 'number', default: 1, describe: 'census / Monte Carlo master seed' })
      .option('descent-steps', {
        type: 'number',
        default: 200,
        describe: 'census: most GD steps before Newton',
      }) as unknown as Argv<TheoryArgs>,
  handler: (args: ArgumentsCamelCase<TheoryArgs>) => {
    if (args.counts && args.census) throw new InputError('--counts and --census cannot be combined');
    if (args.counts) {
      const counts = countsReport(args);
      process.stdout.write(args.json ? `${JSON.stringify(counts)}\n` : formatCountsReport(counts));
      return;
    }
    if (args.census) {
      const census = censusReport(args);
      process.stdout.write(args.json ? `${JSON.stringify(census)}\n` : formatCensusReport(census));
      return;
    }
    const report = theoryReport(args);
    if (args.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else process.stdout.write(formatTheoryReport(report));
  },
};
