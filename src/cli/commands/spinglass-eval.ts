import type { ArgumentsCamelCase, Argv, CommandModule } from 'yargs';
import { evaluateSpinGlassFiles, formatSpinglassEvalReport } from '../../app/spinglass-eval.js';

interface SpinglassEvalArgs {
  couplings: string;
  point: string;
  json: boolean;
}

export const spinglassEvalCommand: CommandModule<object, SpinglassEvalArgs> = {
  command: 'eval',
  describe: 'Energy, gradients, tangent Hessian spectrum and index of a p-spin glass at a point (.npy files)',
  builder: (y: Argv) =>
    y
      .option('couplings', {
        type: 'string',
        demandOption: true,
        describe: 'full ordered coupling tensor J, float64 .npy of shape N×…×N (p axes)',
      })
      .option('point', {
        type: 'string',
        demandOption: true,
        describe: 'point w, float64 .npy of shape (N,), |w|² = N',
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'print one JSON object',
      }) as unknown as Argv<SpinglassEvalArgs>,
  handler(args: ArgumentsCamelCase<SpinglassEvalArgs>) {
    const report = evaluateSpinGlassFiles(args.couplings, args.point);
    process.stdout.write(args.json ? `${JSON.stringify(report)}\n` : formatSpinglassEvalReport(report));
  },
};
