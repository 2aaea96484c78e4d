import type { CommandModule } from 'yargs';
import { calibrateCommand } from './commands/calibrate.js';
import { goldenCommand } from './commands/golden.js';
import { mergeCommand } from './commands/merge.js';
import { networkCommand } from './commands/network.js';
import { planCommand } from './commands/plan.js';
import { replayCommand } from './commands/replay.js';
import { runCommand } from './commands/run.js';
import { runsCommand } from './commands/runs.js';
import { spinglassCommand } from './commands/spinglass.js';
import { theoryCommand } from './commands/theory.js';
import { verifyCommand } from './commands/verify.js';

/**
 * The CLI's commands, one module each under ./commands/. Add a command by importing it here.
 */
// biome-ignore lint/suspicious/noExplicitAny: yargs command modules are heterogeneous in their argument types.
export const commands: CommandModule<any, any>[] = [
  theoryCommand,
  runCommand,
  runsCommand,
  mergeCommand,
  verifyCommand,
  replayCommand,
  spinglassCommand,
  networkCommand,
  goldenCommand,
  planCommand,
  calibrateCommand,
];
