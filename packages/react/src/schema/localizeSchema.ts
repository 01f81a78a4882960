/**
 * The schema rjsf renders: a copy of the bundled record schema with titles, descriptions and enum labels in
 * one language, and without the conditional keywords (`if`/`then`/`allOf`), which only `validateRecord`
 * checks. Rendering never needs them, and without them rjsf never compiles a validator at run time.
 */
import type { Locale } from '@order75/core';
import type { JsonSchema } from '@order75/schemas';

type Node = Record<string, unknown>;

const DROPPED = new Set(['$schema', '$id', 'allOf', 'if', 'then', 'else', 'unevaluatedProperties', 'x-description-en', 'x-title-en']);

/** A deep copy of `schema` in `locale`: `title`/`description` from `x-title-en`/`x-description-en` in English, enums as titled `oneOf` constants. */
export function localizeSchema(schema: JsonSchema | Node, locale: Locale): Node {
  return walk(schema as Node, locale);
}

function walk(node: Node, locale: Locale): Node {
  const out: Node = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key) || key === 'x-enum-zh' || key === 'x-enum-en') continue;
    if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(Object.entries(value as Node).map(([k, v]) => [k, walk(v as Node, locale)]));
    } else if (key === 'items' && value && typeof value === 'object' && !Array.isArray(value)) {
      out.items = walk(value as Node, locale);
    } else if (key === 'title' && locale === 'en' && typeof node['x-title-en'] === 'string') {
      out.title = node['x-title-en'];
    } else if (key === 'description' && locale === 'en') {
      if (typeof node['x-description-en'] === 'string') out.description = node['x-description-en'];
    } else {
      out[key] = value;
    }
  }
  const labels = locale === 'en' ? node['x-enum-en'] : node['x-enum-zh'];
  if (Array.isArray(node.enum) && Array.isArray(labels)) {
    out.oneOf = (node.enum as unknown[]).map((value, i) => ({ const: value, title: String(labels[i] ?? value) }));
    delete out.enum;
  }
  return out;
}

/** The title of a schema node in a locale (the zh-CN `title`, or `x-title-en`). */
export function titleOf(node: Node | undefined, locale: Locale): string | undefined {
  if (!node) return undefined;
  const en = node['x-title-en'];
  return locale === 'en' && typeof en === 'string' ? en : (node.title as string | undefined);
}

/** The label of an enum value in a locale, from `x-enum-zh`/`x-enum-en`; the value itself when unlabelled. */
export function enumLabel(node: Node | undefined, value: unknown, locale: Locale): string {
  const values = node?.enum;
  const labels = node?.[locale === 'en' ? 'x-enum-en' : 'x-enum-zh'];
  if (Array.isArray(values) && Array.isArray(labels)) {
    const i = values.indexOf(value);
    if (i >= 0 && typeof labels[i] === 'string') return labels[i] as string;
  }
  return String(value);
}
