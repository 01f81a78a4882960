/**
 * Loads the records `check` and `draft` work on: every input read and validated; any unreadable or invalid
 * record is reported with its file, location and path, and the command stops (exit 2) rather than
 * evaluating a partial set.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { localize, validateRecord, type Locale } from '@order75/core';
import type { AnyRecord } from '@order75/schemas';
import { CliUsageError, type CliIo } from '../io';
import { readRecords } from '../input/readRecords';

/** Every record of `inputs`; prints each problem to stderr and returns `undefined` when any record is bad. */
export async function loadValidRecords(inputs: readonly string[], io: CliIo, locale: Locale): Promise<AnyRecord[] | undefined> {
  const records: AnyRecord[] = [];
  let bad = 0;
  for await (const item of readRecords(inputs, io.cwd, io.stdin)) {
    const where = item.location ? `${item.file}:${item.location}` : item.file;
    if ('error' in item) {
      bad++;
      io.stderr(`${where} / ${localize(item.error, locale)}\n`);
      continue;
    }
    const result = validateRecord(item.value);
    if (result.ok) {
      records.push(result.value);
      continue;
    }
    bad++;
    for (const issue of result.issues) io.stderr(`${where} ${issue.instancePath || '/'} ${localize(issue.message, locale)}\n`);
  }
  if (bad > 0) {
    io.stderr(
      locale === 'en'
        ? `${bad} record(s) unreadable or invalid; fix them (order75 validate) and run again — nothing was evaluated\n`
        : `有 ${bad} 条记录无法读取或不符合结构，请先修正（可用 order75 validate）后重试；本次未作任何评价\n`,
    );
    return undefined;
  }
  if (records.length === 0) throw new CliUsageError('输入中没有任何记录', 'the inputs hold no records');
  return records;
}

/** Writes text or bytes to `--out` (relative to the working folder), or text to stdout. */
export async function emit(io: CliIo, out: string | undefined, content: string | Uint8Array): Promise<void> {
  if (out === undefined) {
    io.stdout(typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
    return;
  }
  try {
    await writeFile(resolve(io.cwd, out), content);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliUsageError(`无法写入 ${out}：${detail}`, `cannot write ${out}: ${detail}`);
  }
}

/** A YYYY-MM-DD option, or a usage error naming the option. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ok = m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  if (!ok) throw new CliUsageError(`${name} 应为日期 YYYY-MM-DD，而不是 ${value}`, `${name} must be a date YYYY-MM-DD, not ${value}`);
  return value;
}
