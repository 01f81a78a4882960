/**
 * A record as a printed document: the regulation's document title, the fields in the form's section order,
 * tables for lists, and the signature slots with their signatures. Pure data, so the React view and the PDF
 * renderer print the same thing.
 */
import type { Locale } from '@order75/core';
import { bundledSchemas, type RecordType, type RiskList, type Signature } from '@order75/schemas';
import { LAYOUTS } from '../layout/layouts';
import { ENVELOPE_FIELDS } from '../schema/renderSchema';
import { titleOf } from '../schema/localizeSchema';
import { signatureSlots, type SignatureSlot } from '../signatures/slots';
import { isAttachment, isPersonRef } from '../schema/shapes';
import { formatValue } from './formatValue';

type Node = Record<string, unknown>;

export type DocBlock =
  | { kind: 'field'; label: string; value: string; wide: boolean }
  | { kind: 'table'; label: string; columns: string[]; rows: string[][] }
  | { kind: 'items'; label: string; items: { title: string; fields: { label: string; value: string }[] }[] };

export interface DocSection {
  title: string;
  blocks: DocBlock[];
}

export interface RecordDocument {
  title: string;
  articles: string[];
  meta: { label: string; value: string }[];
  sections: DocSection[];
  slots: { slot: SignatureSlot; roles: string; signature?: Signature }[];
  status: string;
  statusLabel: string;
}

const MAX_COLUMNS = 6;

/** Names a record id (`2026-11-23 · S1 · 王丽娟`), or undefined to print the id. */
export type RecordLabel = (id: string) => string | undefined;

function arrayBlock(label: string, value: unknown[], node: Node, locale: Locale, asItems = false, recordLabel?: RecordLabel): DocBlock {
  const items = node.items as Node;
  if (items?.type !== 'object' || isPersonRef(items) || isAttachment(items)) return { kind: 'field', label, value: formatValue(value, node, locale), wide: true };
  const props = items.properties as Node;
  const used = Object.keys(props).filter((k) => value.some((v) => (v as Node)[k] !== undefined));
  const title = (k: string) => titleOf(props[k] as Node, locale) ?? k;
  const cell = (v: unknown, k: string, n: Node) =>
    k === 'sourceRecordIds' && recordLabel && Array.isArray(v) ? v.map((id) => recordLabel(String(id)) ?? String(id)).join(locale === 'en' ? '; ' : '、') : formatValue(v, n, locale);
  if (!asItems && used.length <= MAX_COLUMNS) {
    return {
      kind: 'table',
      label,
      columns: used.map(title),
      rows: value.map((v) => used.map((k) => cell((v as Node)[k], k, props[k] as Node))),
    };
  }
  return {
    kind: 'items',
    label,
    items: value.map((v, i) => ({
      title: `${titleOf(items, locale) ?? ''} ${i + 1}`,
      fields: used.filter((k) => (v as Node)[k] !== undefined).map((k) => ({ label: title(k), value: cell((v as Node)[k], k, props[k] as Node) })),
    })),
  };
}

/** The daily check's items: a result table (with the risk point when the list is given) and each hazard in full. */
function dailyBlocks(record: Node, locale: Locale, riskList?: RiskList): DocBlock[] {
  const node = (bundledSchemas['daily-check'] as unknown as Node).properties as Node;
  const items = (record.items as Node[] | undefined) ?? [];
  const itemNode = (node.items as Node).items as Node;
  const props = itemNode.properties as Node;
  const rows = new Map((riskList?.rows ?? []).map((r) => [r.rowId, r]));
  const t = (k: string) => titleOf(props[k] as Node, locale) ?? k;
  const table: DocBlock = {
    kind: 'table',
    label: titleOf(node.items as Node, locale) ?? 'items',
    columns: [locale === 'en' ? 'No.' : '序号', t('rowId'), locale === 'en' ? 'Risk point' : '风险点', t('result'), t('note')],
    rows: items.map((it, i) => [
      String(rows.get(it.rowId as string)?.seq ?? i + 1),
      String(it.rowId ?? ''),
      rows.get(it.rowId as string)?.riskPoint ?? '',
      formatValue(it.result, props.result as Node, locale),
      formatValue(it.note, props.note as Node, locale),
    ]),
  };
  const hazards = items.filter((it) => it.result === 'hazard');
  const blocks: DocBlock[] = [table];
  if (hazards.length) blocks.push(arrayBlock(locale === 'en' ? 'Hazards found' : '发现的隐患及处置', hazards, { type: 'array', items: { ...itemNode, properties: Object.fromEntries(Object.entries(props).filter(([k]) => !['result', 'note'].includes(k))) } }, locale, true));
  return blocks;
}

/** Builds the printed document of `record`. `riskList` names the rows of a daily check; `recordLabel` names linked records. */
export function recordDocument(record: Record<string, unknown>, locale: Locale, riskList?: RiskList, recordLabel?: RecordLabel): RecordDocument {
  const type = record.recordType as RecordType;
  const schema = bundledSchemas[type] as unknown as Node;
  const props = schema.properties as Node;
  const layout = LAYOUTS[type];
  const envelope = new Set<string>(ENVELOPE_FIELDS);
  const placed = new Set<string>();
  const blocksFor = (fields: string[]): DocBlock[] =>
    fields.flatMap((k): DocBlock[] => {
      placed.add(k);
      const value = record[k];
      const node = props[k] as Node | undefined;
      if (value === undefined || !node) return [];
      const label = titleOf(node, locale) ?? k;
      if (type === 'daily-check' && k === 'items') return dailyBlocks(record, locale, riskList);
      if (Array.isArray(value)) return [arrayBlock(label, value, node, locale, false, recordLabel)];
      const text = formatValue(value, node, locale);
      return [{ kind: 'field', label, value: text, wide: text.length > 40 || node.type === 'object' }];
    });
  const sections: DocSection[] = layout.sections.map((s) => ({ title: locale === 'en' ? s.title.en : s.title.zh, blocks: blocksFor(s.fields) }));
  const rest = Object.keys(props).filter((k) => !placed.has(k) && !envelope.has(k) && record[k] !== undefined);
  if (rest.length) sections.push({ title: locale === 'en' ? 'Other' : '其他', blocks: blocksFor(rest) });
  const signatures = (record.signatures as Signature[] | undefined) ?? [];
  const roleNames = (props.signatures as Node | undefined)?.items as Node | undefined;
  const roleNode = (roleNames?.properties as Node | undefined)?.role as Node | undefined;
  return {
    title: titleOf(schema, locale) ?? type,
    articles: (schema['x-order75-article'] as string[] | undefined) ?? [],
    meta: [
      { label: titleOf(props.enterprise as Node, locale) ?? 'enterprise', value: String(record.enterprise ?? '') },
      { label: titleOf(props.id as Node, locale) ?? 'id', value: String(record.id ?? '') },
      { label: titleOf(props.revision as Node, locale) ?? 'revision', value: String(record.revision ?? '') },
      ...(record.supersedes ? [{ label: titleOf(props.supersedes as Node, locale) ?? 'supersedes', value: formatValue(record.supersedes, props.supersedes as Node, locale) }] : []),
    ],
    sections: sections.filter((s) => s.blocks.length > 0),
    slots: signatureSlots(type).map((slot) => ({
      slot,
      roles: slot.roles.map((r) => formatValue(r, roleNode, locale)).join(locale === 'en' ? ' or ' : '或'),
      signature: signatures.find((s) => s.slot === slot.index),
    })),
    status: formatValue(record.status, props.status as Node, locale),
    statusLabel: titleOf(props.status as Node, locale) ?? 'status',
  };
}
