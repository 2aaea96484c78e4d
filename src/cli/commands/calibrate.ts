import type { CommandModule } from 'yargs';
import { CALIBRATION_SCALES, type CalibrationScale } from '../../app/calibrate.js';
import { choiceFlag, integerFlag } from '../../app/flag-checks.js';

interface CalibrateArgs {
  claims?: string[];
  scale: string;
  trials: number;
  nullTrials?: number;
  json?: boolean;
  quiet?: boolean;
}

/** Trials per null model and per violation when --trials is not given. */
export const DEFAULT_CALIBRATION_TRIALS = 10;

/**
 * `landscape calibrate [claim…] --scale ci|quick [--trials T] [--null-trials M] [--json]`: each claim's rule on its null model and on
 * each of its planted violations, T trials with fresh seeds (src/app/calibrate.ts); prints α, the false-fail rate
 * with its 95 % interval and the detection rate of every violation. Exit code 0 (a measurement), 2 on bad input.
 */
export const calibrateCommand: CommandModule<object, CalibrateArgs> = {
  command: 'calibrate [claims..]',
  describe: "measure the rules' false-fail rates (null models) and detection rates (planted violations)",
  builder: (y) =>
    y
      .positional('claims', { type: 'string', array: true, describe: 'claim ids (default: all)' })
      .option('scale', {
        type: 'string',
        default: 'ci',
        describe: `configuration scale: ${CALIBRATION_SCALES.join(', ')}`,
      })
      .option('trials', {
        type: 'number',
        default: DEFAULT_CALIBRATION_TRIALS,
        describe: 'trials (fresh seeds) per null model and per violation',
      })
      .option('null-trials', { type: 'number', describe: 'trials per null model (default: --trials)' })
      .option('json', { type: 'boolean', default: false, describe: 'print the measurement as JSON on stdout' })
      .option('quiet', { type: 'boolean', default: false, describe: 'no progress output' }) as never,
  handler: async (args) => {
    const scale = choiceFlag('scale', args.scale, CALIBRATION_SCALES) as CalibrationScale;
    const trials = integerFlag('trials', args.trials, 1, 100_000);
    const nullTrials =
      args.nullTrials === undefined ? undefined : integerFlag('null-trials', args.nullTrials, 1, 100_000);
    const log = args.quiet ? undefined : (line: string) => process.stderr.write(`${line}\n`);
    const { calibrate, calibrationJson, formatCalibration } = await import('../../app/calibrate.js');
    const outcome = await calibrate({ claimIds: (args.claims ?? []).map(String), scale, trials, nullTrials, log });
    process.stdout.write(
      args.json ? `${JSON.stringify(calibrationJson(outcome))}\n` : `${formatCalibration(outcome)}\n`,
    );
  },
};
