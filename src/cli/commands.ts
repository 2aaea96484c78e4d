import type { CommandModule } from 'yargs';

/**
 * The CLI's commands, one module each under ./commands/. Add a command by importing it here.
 */
// biome-ignore lint/suspicious/noExplicitAny: yargs command modules are heterogeneous in their argument types.
export const commands: CommandModule<any, any>[] = [];
