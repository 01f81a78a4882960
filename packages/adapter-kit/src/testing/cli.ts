/**
 * Running the `order75` CLI against an adapter's test server, for the adapter's `test/cli.test.ts`: a fresh
 * temporary folder for config files and templates, and a runner that captures exit code, stdout and stderr. The
 * CLI's entry point is passed in: the CLI depends on the kit, not the other way round.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';

/** What the CLI's entry point (`runCli` of `@order75/cli`) is given. */
export interface CliRunIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: Readable;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** The CLI's entry point: arguments and I/O in, exit code out. */
export type CliMain = (argv: readonly string[], io: CliRunIo) => Promise<number>;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliSandbox {
  /** The temporary folder the CLI runs in. */
  readonly dir: string;
  /** Writes `value` as JSON to `name` inside the folder (a config file). */
  writeJson(name: string, value: unknown): void;
  /** Runs the CLI with these arguments and only these environment variables, no stdin. */
  run(args: readonly string[], env?: Record<string, string>): Promise<CliResult>;
}

/** A temporary folder named `<prefix>XXXXXX` under the OS temp dir, and a runner of `main` inside it. */
export function cliSandbox(main: CliMain, prefix: string): CliSandbox {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    writeJson: (name, value) => writeFileSync(join(dir, name), JSON.stringify(value)),
    async run(args, env = {}) {
      let stdout = '';
      let stderr = '';
      const code = await main(args, {
        stdout: (t) => {
          stdout += t;
        },
        stderr: (t) => {
          stderr += t;
        },
        stdin: Readable.from([]),
        cwd: dir,
        env,
      });
      return { code, stdout, stderr };
    },
  };
}
