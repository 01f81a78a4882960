/** Column titles of the fast tables, read from the bundled schemas in one language. */
import type { Locale } from '@order75/core';
import { bundledSchemas } from '@order75/schemas';
import { enumLabel, titleOf } from '../schema/localizeSchema';

type Node = Record<string, unknown>;

function itemProps(recordType: 'daily-check' | 'risk-list', field: string): Node {
  const root = bundledSchemas[recordType] as unknown as Node;
  return ((root.properties as Node)[field] as Node).items as Node;
}

function titles(node: Node, locale: Locale): Record<string, string> {
  return Object.fromEntries(Object.entries(node.properties as Node).map(([k, v]) => [k, titleOf(v as Node, locale) ?? k]));
}

function options(node: Node, locale: Locale): Record<string, { value: string; label: string }[]> {
  const out: Record<string, { value: string; label: string }[]> = {};
  for (const [k, v] of Object.entries(node.properties as Node)) {
    const values = (v as Node).enum;
    if (Array.isArray(values)) out[k] = values.map((value) => ({ value: String(value), label: enumLabel(v as Node, value, locale) }));
  }
  return out;
}

export type ItemTitles = Record<string, string>;

/** Titles and enum options of a daily-check item. */
export function dailyItemTexts(locale: Locale) {
  const node = itemProps('daily-check', 'items');
  return { titles: titles(node, locale), options: options(node, locale) };
}

/** Titles and enum options of a risk-list row. */
export function riskRowTexts(locale: Locale) {
  const node = itemProps('risk-list', 'rows');
  return { titles: titles(node, locale), options: options(node, locale) };
}
