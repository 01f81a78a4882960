/**
 * `pnpm bench`: runs every `bench/<area>.ts` module (or those named on the command line), prints one table of
 * figures against DESIGN.md's targets, and writes them to `.bench/results.json`. Figures are ratios measured
 * in one run on this machine; no test asserts a timing.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchModule, type BenchResult, formatTable } from './harness';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const areas = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'harness.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((a) => only.length === 0 || only.includes(a))
  .sort();

const results: BenchResult[] = [];
const failures: string[] = [];
for (const area of areas) {
  process.stderr.write(`bench: ${area} …\n`);
  try {
    const mod = (await import(pathToFileURL(join(here, `${area}.ts`)).href)) as BenchModule;
    results.push(...(await mod.run()));
  } catch (error) {
    failures.push(`${area}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log(formatTable(results));
for (const f of failures) console.log(`could not run ${f}`);
const out = join(here, '..', '.bench', 'results.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, results, failures }, null, 2)}\n`);
console.log(`\nwritten to ${out}`);
process.exitCode = failures.length ? 1 : 0;
