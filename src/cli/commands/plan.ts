import type { Argv, CommandModule } from 'yargs';
import { choiceFlag, integerFlag } from '../../app/flag-checks.js';
import { SCALES, type Scale } from '../../claims/scale.js';

interface PlanArgs {
  claims?: string[];
  scale: string;
  machines: number;
  cores: number;
  calibrationRuns: number;
  results?: string;
  json: boolean;
  quiet: boolean;
}

/**
 * `landscape plan [claim…] --scale paper [--machines M] [--cores C] [--calibration-runs K] [--results DIR] [--json]`:
 * what the scale's experiments cost (runs, measured CPU time per run, CPU-hours) and their wall time on M machines.
 */
export const planCommand: CommandModule<object, PlanArgs> = {
  command: 'plan [claims..]',
  describe: "cost a scale's experiments: runs, measured cost per run, CPU-hours, wall time on M machines",
  builder: (y: Argv) =>
    y
      .positional('claims', { type: 'string', array: true, describe: 'claim ids (default: all)' })
      .option('scale', { type: 'string', default: 'paper', describe: `experiment scale: ${SCALES.join(', ')}` })
      .option('machines', { type: 'number', default: 16, describe: 'machines the runs are sharded over' })
      .option('cores', { type: 'number', default: 2, describe: 'cores (worker threads) per machine' })
      .option('calibration-runs', { type: 'number', default: 4, describe: 'runs per size in a calibration' })
      .option('results', { type: 'string', describe: 'a store whose elapsedMs to use before calibrating' })
      .option('json', { type: 'boolean', default: false, describe: 'print the plan as JSON' })
      .option('quiet', {
        type: 'boolean',
        default: false,
        describe: 'no progress output',
      }) as unknown as Argv<PlanArgs>,
  handler: async (args) => {
    const scale = choiceFlag('scale', args.scale, SCALES) as Scale;
    const { formatPlan, planScale } = await import('../../app/plan.js');
    const plan = await planScale({
      scale,
      claimIds: (args.claims ?? []).map(String),
      machines: integerFlag('machines', args.machines, 1, 100_000),
      coresPerMachine: integerFlag('cores', args.cores, 1, 1024),
      calibrationRuns: integerFlag('calibration-runs', args.calibrationRuns, 1, 1000),
      resultsDir: args.results,
      log: args.quiet ? undefined : (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(args.json ? `${JSON.stringify(plan)}\n` : `${formatPlan(plan)}\n`);
  },
};
