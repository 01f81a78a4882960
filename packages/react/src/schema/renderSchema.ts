/** The schema of the part of a record rjsf renders: the record's own fields, localized, without envelope and table fields. */
import type { Locale } from '@order75/core';
import { bundledSchemas, type RecordType } from '@order75/schemas';
import { LAYOUTS } from '../layout/layouts';
import { localizeSchema } from './localizeSchema';
import { isEnumSet } from './shapes';

type Node = Record<string, unknown>;

/** Envelope fields the form fills itself (identity, status, signatures are handled outside rjsf). */
export const ENVELOPE_FIELDS = ['id', 'recordType', 'schemaVersion', 'revision', 'status', 'enterprise', 'createdAt', 'createdBy', 'signatures', 'supersedes'] as const;

/** Options of {@link renderSchema}. */
export interface RenderSchemaOptions {
  /** Show `supersedes` (a correction: revision ≥ 2). */
  correction?: boolean;
  /** Further fields the form fills itself (the daily check's `riskList` and `zeroRisk`). */
  hide?: readonly string[];
}

/** The rjsf schema of a record type's form in a locale. */
export function renderSchema(recordType: RecordType, locale: Locale, options: RenderSchemaOptions = {}): Node {
  const source = bundledSchemas[recordType] as unknown as Node;
  const hidden = new Set<string>(ENVELOPE_FIELDS);
  if (options.correction) hidden.delete('supersedes');
  for (const k of options.hide ?? []) hidden.add(k);
  const table = LAYOUTS[recordType].table?.field;
  const properties = Object.fromEntries(Object.entries(source.properties as Node).filter(([k]) => !hidden.has(k)));
  const required = (source.required as string[]).filter((k) => !hidden.has(k) && k !== table);
  const localized = localizeSchema({ ...source, properties, required }, locale);
  markEnumSets(localized, source);
  if (table) {
    // A placeholder the fast table field renders in place of rjsf's array field; its rows live outside rjsf.
    const props = localized.properties as Node;
    const node = props[table] as Node;
    props[table] = { type: 'null', title: node.title };
  }
  return localized;
}

/** rjsf draws an enum array as checkboxes only when `uniqueItems` is set; validation stays `validateRecord`'s. */
function markEnumSets(out: Node, source: Node): void {
  if (isEnumSet(source)) out.uniqueItems = true;
  const outProps = out.properties as Node | undefined;
  const srcProps = source.properties as Node | undefined;
  if (outProps && srcProps) for (const k of Object.keys(outProps)) markEnumSets(outProps[k] as Node, srcProps[k] as Node);
  if (out.items && source.items && typeof out.items === 'object') markEnumSets(out.items as Node, source.items as Node);
}
