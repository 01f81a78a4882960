/** Turns an ajv `instancePath` into the field's human path, named by schema titles in both languages. */
import type { JsonSchema, Message } from '@order75/schemas';

type Node = Record<string, unknown> | undefined;

function titleOf(node: Node, fallback: string): Message {
  const zh = typeof node?.title === 'string' ? node.title : fallback;
  const en = typeof node?.['x-title-en'] === 'string' ? (node['x-title-en'] as string) : fallback;
  return { zh, en };
}

/** The subschema an instance path lands on in a bundled (ref-free) schema, or undefined. */
export function schemaAt(schema: JsonSchema | undefined, segments: readonly string[]): Node {
  let node = schema as Node;
  for (const seg of segments) {
    if (!node) return undefined;
    if (/^\d+$/.test(seg) && node.items) node = node.items as Node;
    else node = (node.properties as Record<string, Node> | undefined)?.[seg];
  }
  return node;
}

/** JSON Pointer → segments (`/items/3/measure` → `['items', '3', 'measure']`). */
export function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The field's path for people: `检查项 › 第 4 项 › 存在问题` / `Items › #4 › Finding`.
 * Array positions count from 1, as a person counts rows on a printed form.
 */
export function fieldLabel(schema: JsonSchema | undefined, segments: readonly string[]): Message {
  const zh: string[] = [];
  const en: string[] = [];
  let node = schema as Node;
  for (const seg of segments) {
    if (/^\d+$/.test(seg)) {
      zh.push(`第 ${Number(seg) + 1} 项`);
      en.push(`#${Number(seg) + 1}`);
      node = node?.items as Node;
      continue;
    }
    node = (node?.properties as Record<string, Node> | undefined)?.[seg];
    const t = titleOf(node, seg);
    zh.push(t.zh);
    en.push(t.en);
  }
  return zh.length ? { zh: zh.join(' › '), en: en.join(' › ') } : { zh: '记录', en: 'record' };
}

/** Label of an enum value from `x-enum-zh` / `x-enum-en`, falling back to the value itself. */
export function enumLabel(node: Node, value: unknown): Message {
  const values = node?.enum as unknown[] | undefined;
  const i = values ? values.indexOf(value) : -1;
  const zh = i >= 0 ? (node?.['x-enum-zh'] as string[] | undefined)?.[i] : undefined;
  const en = i >= 0 ? (node?.['x-enum-en'] as string[] | undefined)?.[i] : undefined;
  return { zh: zh ?? String(value), en: en ?? String(value) };
}
