import type { Command } from 'commander';
import type { CliIo } from '../io';

/**
 * A CLI command: registers itself on the program. Its action returns the exit code (0, 1 or 2) or throws
 * `CliUsageError`; it never calls `process.exit`.
 */
export interface CommandModule {
  name: string;
  register(program: Command, io: CliIo, done: (code: number) => void): void;
}
