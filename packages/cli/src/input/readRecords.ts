/**
 * Reads records from files, folders and standard input: `.json` holds one record or an array, `.jsonl` /
 * `.ndjson` one record a line and is streamed, so a file of any size never loads whole.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Message } from '@order75/core';
import { CliUsageError } from '../io';
import { decodeText } from './decodeText';
import { parseJson } from './parseJson';

/** One item read: a value with where it came from, or why nothing could be read there. */
export type ReadItem =
  | { file: string; location: string; value: unknown }
  | { file: string; location: string; error: Message };

const STREAMED = /\.(jsonl|ndjson)$/i;
const RECORD_FILE = /\.(json|jsonl|ndjson)$/i;

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile() && RECORD_FILE.test(entry.name)) yield path;
  }
}

function* fromJsonText(file: string, text: string): Generator<ReadItem> {
  if (text.trim() === '') {
    yield { file, location: '', error: { zh: '文件为空', en: 'the file is empty' } };
    return;
  }
  const parsed = parseJson(text);
  if (!parsed.ok) {
    yield { file, location: '', error: parsed.reason };
    return;
  }
  if (Array.isArray(parsed.value)) {
    if (parsed.value.length === 0) yield { file, location: '', error: { zh: '数组为空，没有记录', en: 'the array is empty: no records' } };
    for (let i = 0; i < parsed.value.length; i++) yield { file, location: `[${i}]`, value: parsed.value[i] };
  } else {
    yield { file, location: '', value: parsed.value };
  }
}

async function* fromLines(file: string, input: Readable): AsyncGenerator<ReadItem> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let any = false;
  for await (const raw of lines) {
    n++;
    const line = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.trim() === '') continue;
    any = true;
    if (line.includes('\u0000')) {
      yield { file, location: `${n}`, error: { zh: '含二进制内容（NUL 字节）', en: 'binary content (NUL byte)' } };
      continue;
    }
    const parsed = parseJson(line, n);
    yield parsed.ok ? { file, location: `${n}`, value: parsed.value } : { file, location: `${n}`, error: parsed.reason };
  }
  if (!any) yield { file, location: '', error: { zh: '文件为空', en: 'the file is empty' } };
}

async function* readFileItems(path: string, shown: string): AsyncGenerator<ReadItem> {
  if (STREAMED.test(path)) {
    yield* fromLines(shown, createReadStream(path, { encoding: 'utf8' }));
    return;
  }
  const decoded = decodeText(await readFile(path));
  if (!decoded.ok) {
    yield { file: shown, location: '', error: decoded.reason };
    return;
  }
  yield* fromJsonText(shown, decoded.text);
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Every item of every input, in order. A missing path is a usage error (exit 2), not a record problem. */
export async function* readRecords(inputs: readonly string[], cwd: string, stdin: Readable): AsyncGenerator<ReadItem> {
  for (const input of inputs) {
    if (input === '-') {
      const decoded = decodeText(await readAll(stdin));
      if (!decoded.ok) {
        yield { file: '-', location: '', error: decoded.reason };
        continue;
      }
      const whole = parseJson(decoded.text);
      if (whole.ok || !decoded.text.trim().includes('\n')) yield* fromJsonText('-', decoded.text);
      else {
        const { Readable: R } = await import('node:stream');
        yield* fromLines('-', R.from([decoded.text]));
      }
      continue;
    }
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new CliUsageError(`找不到文件或文件夹：${input}`, `no such file or folder: ${input}`);
    if (info.isDirectory()) {
      for await (const file of walk(path)) yield* readFileItems(file, join(input, file.slice(path.length + 1)));
    } else {
      yield* readFileItems(path, input);
    }
  }
}
