/** @order75/cli — the `order75` command, also callable in-process. */
export { runCli } from './program';
export { CliUsageError, EXIT, type CliIo } from './io';
export type { CommandModule } from './commands/types';
