/** A record value as text on paper: enum labels, 是/否, people by name, files by name and short hash, dates as written. */
import type { Locale } from '@order75/core';
import { enumLabel } from '../schema/localizeSchema';
import { isAttachment, isPersonRef } from '../schema/shapes';
import { showInstant } from '../time';

type Node = Record<string, unknown>;

/** Formats `value` of schema `node`; objects of unknown shape become `key: value` pairs. */
export function formatValue(value: unknown, node: Node | undefined, locale: Locale): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? (locale === 'en' ? 'Yes' : '是') : locale === 'en' ? 'No' : '否';
  if (typeof value === 'string') {
    if (node?.format === 'date-time') return showInstant(value);
    return Array.isArray(node?.enum) ? enumLabel(node, value, locale) : value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    const items = node?.items as Node | undefined;
    return value.map((v) => formatValue(v, items, locale)).join(locale === 'en' ? '; ' : '、');
  }
  const obj = value as Node;
  if (isPersonRef(node) || ('personId' in obj && 'name' in obj)) return `${obj.name as string}（${obj.personId as string}）`;
  if (isAttachment(node) || 'hash' in obj) {
    const hash = String(obj.hash ?? '');
    return `${(obj.name as string | undefined) ?? obj.mediaType ?? ''} [${hash.slice(0, 14)}…]`;
  }
  const props = (node?.properties as Node | undefined) ?? {};
  return Object.entries(obj)
    .map(([k, v]) => `${((props[k] as Node | undefined)?.[locale === 'en' ? 'x-title-en' : 'title'] as string | undefined) ?? k}：${formatValue(v, props[k] as Node, locale)}`)
    .join('；');
}
