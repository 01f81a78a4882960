/**
 * Bundles a record schema into one self-contained document: every `$ref` inlined, the envelope's properties
 * merged into the record's own, so form renderers (rjsf cannot follow cross-file `$ref`s) see one flat object.
 */
import type { JsonSchema, SchemaSources } from './load';

type Json = unknown;

function resolveUrl(ref: string, base: string): string {
  return new URL(ref, base).href;
}

function pointer(doc: Json, fragment: string): Json {
  if (!fragment || fragment === '/') return doc;
  let node = doc as Record<string, Json>;
  for (const raw of fragment.replace(/^\//, '').split('/')) {
    const key = decodeURIComponent(raw.replace(/~1/g, '/').replace(/~0/g, '~'));
    node = node?.[key] as Record<string, Json>;
    if (node === undefined) throw new Error(`unresolvable pointer #${fragment}`);
  }
  return node;
}

export function schemaIndex(sources: SchemaSources): Map<string, JsonSchema> {
  const index = new Map<string, JsonSchema>();
  for (const { schema } of [...sources.common, ...sources.records]) {
    if (typeof schema.$id !== 'string') throw new Error('every schema needs an $id');
    index.set(schema.$id, schema);
  }
  return index;
}

function inline(node: Json, base: string, index: Map<string, JsonSchema>, depth: number): Json {
  if (depth > 64) throw new Error(`$ref nesting too deep near ${base}`);
  if (Array.isArray(node)) return node.map((n) => inline(n, base, index, depth));
  if (node === null || typeof node !== 'object') return node;
  const obj = node as Record<string, Json>;
  if (typeof obj.$ref === 'string') {
    const target = resolveUrl(obj.$ref, base);
    const [docUrl = '', fragment = ''] = target.split('#');
    const doc = index.get(docUrl);
    if (!doc) throw new Error(`unknown $ref ${obj.$ref} from ${base}`);
    const resolved = inline(pointer(doc, fragment), docUrl, index, depth + 1) as Record<string, Json>;
    const { $ref: _ref, ...siblings } = obj;
    const { $id: _id, $schema: _schema, $defs: _defs, ...body } = resolved;
    return { ...body, ...(inline(siblings, base, index, depth) as Record<string, Json>) };
  }
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (key === '$defs') continue;
    out[key] = inline(value, base, index, depth);
  }
  return out;
}

/** The bundled form of one record schema. */
export function bundleRecord(schema: JsonSchema, index: Map<string, JsonSchema>): JsonSchema {
  const base = schema.$id as string;
  const all = inline({ ...schema, $id: undefined, $schema: undefined }, base, index, 0) as Record<string, Json>;
  const allOf = (all.allOf as Record<string, Json>[] | undefined) ?? [];
  const [envelope, ...rest] = allOf;
  const envProps = (envelope?.properties ?? {}) as Record<string, Json>;
  const ownProps = (all.properties ?? {}) as Record<string, Record<string, Json>>;
  const properties: Record<string, Json> = {};
  for (const [key, value] of Object.entries(envProps)) {
    const own = ownProps[key];
    if (!own) {
      properties[key] = value;
      continue;
    }
    const merged: Record<string, Json> = { ...(value as object), ...own };
    // A record pins `recordType` and `schemaVersion` with `const`; the envelope's list of choices no longer applies.
    if ('const' in own) for (const k of ['enum', 'x-enum-zh', 'x-enum-en', 'minimum', 'description', 'x-description-en']) delete merged[k];
    properties[key] = merged;
  }
  for (const [key, value] of Object.entries(ownProps)) if (!(key in properties)) properties[key] = value;
  const required = [...new Set([...((envelope?.required as string[]) ?? []), ...((all.required as string[]) ?? [])])];
  const conditions = [...((envelope?.allOf as Json[]) ?? []), ...rest];
  const { allOf: _a, properties: _p, required: _r, unevaluatedProperties: _u, $id: _i, $schema: _s, ...head } = all;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: base.replace('/records/', '/bundled/'),
    ...head,
    properties,
    required,
    ...(conditions.length ? { allOf: conditions } : {}),
    additionalProperties: false,
  };
}
