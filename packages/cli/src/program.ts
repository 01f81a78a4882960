/** Builds the `order75` program and runs it with injected I/O; returns the exit code. */
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index';
import { CliUsageError, type CliIo, EXIT } from './io';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  let finished: Promise<void> = Promise.resolve();
  const program = new Command('order75')
    .description('Order75 Kit — 《工业产品生产单位落实质量安全主体责任监督管理规定》 records: validate, check, archive, sync')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(order75 --help 查看用法 / for usage)');
  for (const command of commands) {
    command.register(program, io, (c) => {
      code = c;
    });
  }
  // Command actions are async; commander's parseAsync awaits them.
  try {
    finished = program.parseAsync([...argv], { from: 'user' }).then(() => undefined);
    await finished;
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`错误：${error.zh}\nerror: ${error.en}\n`);
      return EXIT.usage;
    }
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`错误：${message}\nerror: ${message}\n`);
    return EXIT.usage;
  }
  return code;
}
