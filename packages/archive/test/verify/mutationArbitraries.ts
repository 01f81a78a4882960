/** fast-check arbitraries of archive mutations: bytes, lines, events, attachments, people, raw zip data, manifest claims. */
import { canonicalJson, contentCanonical, hashString } from '@order75/core';
import fc from 'fast-check';
import { nodeSha256Hasher } from '../../src/node/nodeSha256Hasher';
import { openZip } from '../../src/zip/openZip';
import { rezip } from '../fixtures/rezip';

/** A described change to an archive. */
export interface Mutation {
  what: string;
  apply: (intact: Uint8Array, files: Map<string, Uint8Array>) => Uint8Array;
  toString: () => string;
}

const utf8 = new TextEncoder();
const text = new TextDecoder();
const mutation = (what: string, apply: Mutation['apply']): Mutation => ({ what, apply, toString: () => what });
const linesOf = (files: Map<string, Uint8Array>) => text.decode(files.get('records.jsonl')).trimEnd().split('\n');
const withLines = (lines: string[]) => (intact: Uint8Array) => rezip(intact, (f) => f.set('records.jsonl', utf8.encode(lines.map((l) => `${l}\n`).join(''))));
const withEntry = (name: string, change: (b: Uint8Array) => Uint8Array) => (intact: Uint8Array) =>
  rezip(intact, (f) => f.set(name, change((f.get(name) as Uint8Array).slice())));

function entryBytes(files: Map<string, Uint8Array>, name: string): Uint8Array {
  return files.get(name) as Uint8Array;
}

/** A byte replaced by a different one somewhere in `name`. */
const byteReplaced = (name: string) => (files: Map<string, Uint8Array>) =>
  fc.record({ at: fc.nat({ max: entryBytes(files, name).length - 1 }), delta: fc.integer({ min: 1, max: 255 }) }).map(({ at, delta }) =>
    mutation(`${name}: byte ${at} + ${delta}`, withEntry(name, (b) => { b[at] = ((b[at] as number) + delta) & 0xff; return b; })));

/** Paths to every leaf of a JSON value. */
function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

function changeLeaf(value: unknown, path: (string | number)[]): void {
  let parent = value as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const key = path[path.length - 1] as string | number;
  const old = parent[key];
  parent[key] = typeof old === 'string' ? `${old}x` : typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : 0;
}

/** Every kind of mutation, by name. */
export const mutations: Record<string, (files: () => Map<string, Uint8Array>) => fc.Arbitrary<Mutation>> = {
  'a byte of records.jsonl changed': (f) => byteReplaced('records.jsonl')(f()),
  'bytes of records.jsonl dropped': (f) => {
    const size = entryBytes(f(), 'records.jsonl').length;
    return fc.record({ at: fc.nat({ max: size - 1 }), n: fc.integer({ min: 1, max: 40 }) }).map(({ at, n }) =>
      mutation(`records.jsonl: ${n} bytes dropped at ${at}`, withEntry('records.jsonl', (b) => new Uint8Array([...b.subarray(0, at), ...b.subarray(at + n)]))));
  },
  'bytes inserted into records.jsonl': (f) => {
    const size = entryBytes(f(), 'records.jsonl').length;
    return fc.record({ at: fc.nat({ max: size }), bytes: fc.uint8Array({ minLength: 1, maxLength: 20 }) }).map(({ at, bytes }) =>
      mutation(`records.jsonl: ${bytes.length} bytes inserted at ${at}`, withEntry('records.jsonl', (b) => new Uint8Array([...b.subarray(0, at), ...bytes, ...b.subarray(at)]))));
  },
  'lines reordered': (f) => {
    const lines = linesOf(f());
    return fc.uniqueArray(fc.nat({ max: lines.length - 1 }), { minLength: 2, maxLength: 6 }).chain((picked) => {
      const slots = [...picked].sort((a, b) => a - b);
      return fc.shuffledSubarray(slots, { minLength: slots.length, maxLength: slots.length })
        .filter((order) => order.some((v, i) => v !== slots[i]))
        .map((order) => {
          const out = [...lines];
          slots.forEach((slot, i) => { out[slot] = lines[order[i] as number] as string; });
          return mutation(`lines ${slots.map((x) => x + 1).join(',')} now hold ${order.map((x) => x + 1).join(',')}`, withLines(out));
        });
    });
  },
  'a line dropped': (f) => {
    const lines = linesOf(f());
    return fc.nat({ max: lines.length - 1 }).map((i) => mutation(`line ${i + 1} dropped`, withLines(lines.filter((_, k) => k !== i))));
  },
  'a line duplicated or copied elsewhere': (f) => {
    const lines = linesOf(f());
    return fc.record({ from: fc.nat({ max: lines.length - 1 }), to: fc.nat({ max: lines.length }) }).map(({ from, to }) => {
      const out = [...lines];
      out.splice(to, 0, lines[from] as string);
      return mutation(`line ${from + 1} copied before ${to + 1}`, withLines(out));
    });
  },
  'a value inside an event changed, line re-canonicalised': (f) => {
    const lines = linesOf(f());
    return fc.nat({ max: lines.length - 1 }).chain((i) => {
      const event = JSON.parse(lines[i] as string);
      const paths = leaves(event);
      return fc.nat({ max: paths.length - 1 }).map((p) => {
        const copy = structuredClone(event);
        changeLeaf(copy, paths[p] as (string | number)[]);
        const out = [...lines];
        out[i] = canonicalJson(copy);
        return mutation(`line ${i + 1}: ${(paths[p] as unknown[]).join('.')} changed`, withLines(out));
      });
    });
  },
  'a byte of an attachment changed': (f) => {
    const name = [...f().keys()].find((n) => n.startsWith('attachments/')) as string;
    return byteReplaced(name)(f());
  },
  'an entry dropped': (f) =>
    fc.constantFrom(...[...f().keys()]).map((name) => mutation(`${name} dropped`, (intact) => rezip(intact, (files) => files.delete(name)))),
  'a byte of people.jsonl changed': (f) => byteReplaced('people.jsonl')(f()),
  'a byte of the compressed records.jsonl data changed in the zip': () =>
    fc.record({ k: fc.double({ min: 0, max: 0.999, noNaN: true }), delta: fc.integer({ min: 1, max: 255 }) }).map(({ k, delta }) =>
      mutation(`zip data of records.jsonl: byte ${k.toFixed(3)} + ${delta}`, (intact) => {
        const entry = openZip(intact).entries.find((e) => e.name === 'records.jsonl') as { dataOffset: number; compressedSize: number };
        const out = intact.slice();
        const at = entry.dataOffset + Math.floor(k * entry.compressedSize);
        out[at] = ((out[at] as number) + delta) & 0xff;
        return out;
      })),
  'a manifest claim changed': () => {
    // biome-ignore lint/suspicious/noExplicitAny: tests edit arbitrary manifest JSON
    const edits: Array<[string, (m: Record<string, any>) => void]> = [
      ['a record removed from the list', (m) => { m.records.splice(0, 1); }],
      ['a record date changed', (m) => { m.records[1].recordDate = '2024-05-30'; }],
      ['a record revision changed', (m) => { m.records[0].revision += 1; }],
      ['a count changed', (m) => { m.counts['daily-check'] += 1; }],
      ['schema versions changed', (m) => { m.schemaVersions['daily-check'] = [2]; }],
      ['anchor seq changed', (m) => { m.chain.anchor.seq += 1; }],
      ['anchor prev changed', (m) => { m.chain.anchor.prev = `sha256:${'0'.repeat(64)}`; }],
      ['head hash changed', (m) => { m.chain.head.hash = `sha256:${'1'.repeat(64)}`; }],
      ['head seq changed', (m) => { m.chain.head.seq -= 1; }],
      ['events count changed', (m) => { m.chain.events -= 1; }],
      ['hash algorithm changed', (m) => { m.hashAlgorithm = 'sm3'; }],
      ['enterprise changed', (m) => { m.enterprise.uscc = '9144030071526726XG'; }],
      ['an attachment unlisted', (m) => { m.attachments = []; }],
      ['an attachment size changed', (m) => { m.attachments[0].size += 1; }],
      ['a key dropped', (m) => { m.keys.pop(); }],
      ['a key replaced', (m) => { m.keys[0].publicKey = m.keys[1].publicKey; }],
      ['people count changed', (m) => { m.people.count += 1; }],
      ['the period narrowed', (m) => { m.period.from = '2024-05-02'; }],
      ['format version changed', (m) => { m.version = 2; }],
    ];
    return fc.constantFrom(...edits).map(([what, edit]) => mutation(`manifest: ${what}`, (intact) => rezip(intact, (files) => {
      const m = JSON.parse(text.decode(files.get('manifest.json')));
      edit(m);
      files.set('manifest.json', utf8.encode(JSON.stringify(m)));
    })));
  },
};

/**
 * The strongest forgery short of a private key: change a record, recompute its content hash, the signatures'
 * content hashes, every later line's prev and the manifest head. Only the key signature can still tell.
 */
export async function rewriteChain(intact: Uint8Array, files: Map<string, Uint8Array>, at: number, change: (r: Record<string, unknown>) => Record<string, unknown>): Promise<Uint8Array> {
  const events = linesOf(files).map((l) => JSON.parse(l));
  const target = events[at];
  target.record = change(target.record);
  target.contentHash = await hashString(utf8.encode(contentCanonical(target.record)), nodeSha256Hasher);
  for (const e of events) {
    if (e.kind === 'signature' && e.id === target.id && e.revision === target.revision) e.signature.contentHash = target.contentHash;
  }
  const lines: string[] = [];
  let prev: string | null = events[0].prev;
  for (const e of events) {
    e.prev = prev;
    const line = canonicalJson(e);
    lines.push(line);
    prev = await hashString(utf8.encode(line), nodeSha256Hasher);
  }
  return rezip(intact, (f) => {
    f.set('records.jsonl', utf8.encode(lines.map((l) => `${l}\n`).join('')));
    const m = JSON.parse(text.decode(f.get('manifest.json')));
    m.chain.head.hash = prev;
    f.set('manifest.json', utf8.encode(JSON.stringify(m)));
  });
}
