/** Runs the CLI in-process with captured output. */
import { Readable } from 'node:stream';
import { runCli } from '../src/program';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(args: string[], options: { cwd?: string; stdin?: string } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
    cwd: options.cwd ?? process.cwd(),
    env: {},
  });
  return { code, stdout, stderr };
}
