/**
 * Every schema under `schemas/` as DESIGN.md configures it: compiles in a fresh Ajv2020 in strict mode with the
 * project vocabulary and formats, passes the 2020-12 meta-schema, has an `$id` mirroring its path and only
 * relative `$ref`s, is titled in Chinese and English, and — for records — carries its articles and signature
 * slots and titles every property at every depth, so forms and messages can name each field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { formats, VOCABULARY } from '@order75/schemas';
import { repoRoot } from './support/fixtures';

type Node = Record<string, unknown>;

const ROOT = 'https://order75.dev/schemas/';
const ROLES = ['principal', 'director', 'officer'];
const HAN = /\p{Script=Han}/u;

interface SchemaFile {
  /** Path below `schemas/`, e.g. `records/daily-check.schema.json`. */
  file: string;
  schema: Node;
}

function list(folder: string): SchemaFile[] {
  const dir = join(repoRoot, 'schemas', folder);
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
  } catch {
    return [];
  }
  return names.sort().map((f) => ({ file: `${folder}/${f}`, schema: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Node }));
}

const common = list('common');
const records = [...list('records'), ...list('records/archive')];
const all = [...common, ...records];
const byId = new Map(all.map((s) => [s.schema.$id as string, s.schema]));

/** DESIGN.md's configuration, in a fresh instance; warnings are collected so a test can insist on none. */
function freshAjv(warnings: unknown[]): Ajv2020 {
  const logger = { log: () => undefined, warn: (...a: unknown[]) => warnings.push(a), error: (...a: unknown[]) => warnings.push(a) };
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true, logger });
  ajv.addVocabulary([...VOCABULARY]);
  for (const [name, format] of Object.entries(formats)) ajv.addFormat(name, format as never);
  return ajv;
}

/** Every value of `key` at any depth, with its JSON Pointer. */
function collect(node: unknown, key: string, at = '', out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(node)) {
    for (const [i, n] of node.entries()) collect(n, key, `${at}/${i}`, out);
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key) out.push([at, v]);
      collect(v, key, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
    }
  }
  return out;
}

/** Every schema node at any depth, with its pointer; property-name maps are not schema nodes. */
function nodes(node: unknown, at = '', out: [string, Node][] = []): [string, Node][] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return out;
  out.push([at, node as Node]);
  for (const [k, v] of Object.entries(node as Node)) {
    if (k === 'properties' || k === '$defs') {
      for (const [name, sub] of Object.entries(v as Node)) nodes(sub, `${at}/${k}/${name}`, out);
    } else if (['allOf', 'anyOf', 'oneOf', 'prefixItems'].includes(k) && Array.isArray(v)) {
      for (const [i, sub] of v.entries()) nodes(sub, `${at}/${k}/${i}`, out);
    } else if (['items', 'if', 'then', 'else', 'not', 'additionalProperties', 'contains'].includes(k)) {
      nodes(v, `${at}/${k}`, out);
    }
  }
  return out;
}

function resolve(ref: string, base: string): { node: Node; base: string } {
  const url = new URL(ref, base).href;
  const [doc = '', fragment = ''] = url.split('#');
  let node = byId.get(doc) as unknown;
  for (const raw of fragment.split('/').filter(Boolean)) node = (node as Node | undefined)?.[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (!node || typeof node !== 'object') throw new Error(`unresolvable $ref ${ref} from ${base}`);
  return { node: node as Node, base: doc };
}

/** A property's titles, following `$ref` (siblings win, as in the bundled schemas). */
function titlesOf(node: Node, base: string): { zh?: unknown; en?: unknown } {
  const own = { zh: node.title, en: node['x-title-en'] };
  if (typeof node.$ref !== 'string' || (own.zh && own.en)) return own;
  const target = resolve(node.$ref, base);
  const inherited = titlesOf(target.node, target.base);
  return { zh: own.zh ?? inherited.zh, en: own.en ?? inherited.en };
}

/**
 * Every declared property below `node` without a zh and an en title. A property that only narrows one declared
 * by an `allOf` `$ref` (a record's `recordType: { const }` over the envelope's) takes that one's titles.
 * Conditional subschemas (`if`/`then`/`else`) narrow, they do not declare, so they are not walked.
 */
function untitled(node: Node, base: string, at: string, seen: Set<string>, out: string[] = []): string[] {
  if (typeof node.$ref === 'string') {
    const target = resolve(node.$ref, base);
    const key = new URL(node.$ref, base).href;
    if (!seen.has(key)) {
      seen.add(key);
      untitled(target.node, target.base, key, seen, out);
    }
  }
  const overlays = ((node.allOf as Node[] | undefined) ?? []).filter((p) => typeof p.$ref === 'string').map((p) => resolve(p.$ref as string, base));
  for (const [name, sub] of Object.entries((node.properties as Record<string, Node> | undefined) ?? {})) {
    let t = titlesOf(sub, base);
    for (const o of overlays) {
      const declared = (o.node.properties as Record<string, Node> | undefined)?.[name];
      if (declared && !(t.zh && t.en)) t = titlesOf(declared, o.base);
    }
    if (!(typeof t.zh === 'string' && HAN.test(t.zh) && typeof t.en === 'string' && t.en.trim())) out.push(`${at}/properties/${name}`);
    untitled(sub, base, `${at}/properties/${name}`, seen, out);
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    const sub = node[key];
    if (sub && typeof sub === 'object') untitled(sub as Node, base, `${at}/${key}`, seen, out);
  }
  for (const [i, part] of ((node.allOf as Node[] | undefined) ?? []).entries()) {
    if (!('if' in part)) untitled(part, base, `${at}/allOf/${i}`, seen, out);
  }
  return out;
}

describe.each(all.map((s) => [s.file, s]))('%s', (file, { schema }) => {
  it('compiles in a fresh strict Ajv2020 without warnings', () => {
    const warnings: unknown[] = [];
    const ajv = freshAjv(warnings);
    for (const other of all) ajv.addSchema(other.schema);
    expect(ajv.getSchema(schema.$id as string), file).toBeTypeOf('function');
    expect(warnings).toEqual([]);
  });

  it('passes the 2020-12 meta-schema', () => {
    const ajv = freshAjv([]);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const ok = ajv.validateSchema(schema);
    expect(ok, ajv.errorsText(ajv.errors)).toBe(true);
  });

  it('has an $id that mirrors its path and only relative $refs', () => {
    expect(schema.$id).toBe(`${ROOT}${file}`);
    for (const [at, ref] of collect(schema, '$ref')) {
      expect(typeof ref, at).toBe('string');
      expect(/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref as string), `${at}: ${String(ref)}`).toBe(false);
      expect(() => resolve(ref as string, schema.$id as string), `${at}: ${String(ref)}`).not.toThrow();
    }
  });

  it('is titled in Chinese and English, with English beside every description and enum label', () => {
    expect(typeof schema.title === 'string' && HAN.test(schema.title), String(schema.title)).toBe(true);
    expect(String(schema['x-title-en'] ?? '').trim()).not.toBe('');
    for (const [at, n] of nodes(schema)) {
      if (typeof n.title === 'string') expect(String(n['x-title-en'] ?? '').trim(), `${at}: x-title-en`).not.toBe('');
      if (typeof n.description === 'string') expect(String(n['x-description-en'] ?? '').trim(), `${at}: x-description-en`).not.toBe('');
      if (n['x-enum-zh'] || n['x-enum-en']) {
        const size = (n.enum as unknown[] | undefined)?.length;
        expect((n['x-enum-zh'] as unknown[] | undefined)?.length, `${at}: x-enum-zh`).toBe(size);
        expect((n['x-enum-en'] as unknown[] | undefined)?.length, `${at}: x-enum-en`).toBe(size);
      }
    }
  });
});

describe.each(records.map((s) => [s.file, s]))('%s (record)', (file, { schema }) => {
  it('names its articles and signature slots', () => {
    const articles = schema['x-order75-article'];
    expect(Array.isArray(articles) && articles.length > 0, file).toBe(true);
    for (const a of articles as unknown[]) expect(typeof a === 'string' && a.trim() !== '', String(a)).toBe(true);
    const slots = schema['x-order75-signatures'];
    expect(Array.isArray(slots) && slots.length > 0, file).toBe(true);
    for (const slot of slots as unknown[]) {
      expect(Array.isArray(slot) && slot.length > 0, JSON.stringify(slot)).toBe(true);
      for (const role of slot as unknown[]) expect(ROLES).toContain(role);
    }
    const conditions = schema['x-order75-slot-conditions'];
    if (conditions !== undefined) expect((conditions as unknown[]).length).toBe((slots as unknown[]).length);
  });

  it('dates itself by a date or instant field it has', () => {
    const field = schema['x-order75-record-date'] as string;
    const envelope = byId.get(`${ROOT}common/envelope.schema.json`) as Node;
    const declared = ((schema.properties as Node)[field] ?? (envelope.properties as Node)[field]) as Node | undefined;
    expect(declared, `${file}: x-order75-record-date "${field}"`).toBeDefined();
    expect(String(declared?.$ref)).toMatch(/#\/\$defs\/(localDate|instant)$/);
  });

  it('titles every property at every depth in zh and en', () => {
    expect(untitled(schema, schema.$id as string, '#', new Set())).toEqual([]);
  });
});

describe('the schema set', () => {
  it('has the 7 common parts and the 17 record types', () => {
    expect(common.map((c) => c.file.replace(/^common\/|\.schema\.json$/g, ''))).toEqual([
      'attachment',
      'envelope',
      'hazard-update',
      'identifiers',
      'period',
      'person-ref',
      'signature',
    ]);
    expect(list('records')).toHaveLength(17);
  });
});
