/**
 * The rjsf uiSchema of a record type in a locale, built from the schema's shapes (person pickers, photo and
 * file fields, date inputs, text areas) and the record's {@link RecordLayout} (sections, help, overrides).
 */
import type { Locale } from '@order75/core';
import { bundledSchemas, type RecordType } from '@order75/schemas';
import type { UiSchema } from '@rjsf/utils';
import { isAttachment, isAttachmentList, isEnumSet, isLongText, isPeopleList, isPersonRef } from '../schema/shapes';
import { LAYOUTS } from './layouts';

type Node = Record<string, unknown>;

function forNode(node: Node, path: string, recordType: RecordType, locale: Locale, isItems = false): UiSchema {
  const layout = LAYOUTS[recordType];
  const ui: UiSchema = {};
  const override = isItems ? undefined : layout.widgets?.[path];
  const help = isItems ? undefined : layout.help?.[path];
  if (help) ui['ui:help'] = locale === 'en' ? help.en : help.zh;
  if (override) {
    ui[override.startsWith('o75') && !override.endsWith('Widget') ? 'ui:field' : 'ui:widget'] = override;
    return ui;
  }
  if (path.endsWith('sourceRecordIds')) return { ...ui, 'ui:field': 'o75Sources' };
  if (isPersonRef(node)) return { ...ui, 'ui:field': 'o75Person' };
  if (isPeopleList(node)) return { ...ui, 'ui:field': 'o75People' };
  if (isAttachmentList(node)) return { ...ui, 'ui:field': 'o75Attachments' };
  if (isAttachment(node)) return { ...ui, 'ui:field': 'o75Attachment' };
  if (isEnumSet(node)) return { ...ui, 'ui:widget': 'checkboxes', 'ui:options': { inline: true } };
  if (node.type === 'string') {
    if (node.format === 'date') ui['ui:widget'] = 'o75Date';
    else if (node.format === 'date-time') ui['ui:widget'] = 'o75DateTime';
    else if (node.format === 'iso-week') ui['ui:placeholder'] = '2026-W48';
    else if (typeof node.pattern === 'string' && node.pattern.startsWith('^[0-9]{4}-(0[1-9]')) ui['ui:widget'] = 'o75Month';
    else if (isLongText(node)) ui['ui:widget'] = 'o75Text';
    return ui;
  }
  if (node.type === 'object' && node.properties) {
    for (const [k, v] of Object.entries(node.properties as Node)) ui[k] = forNode(v as Node, path ? `${path}.${k}` : k, recordType, locale);
  }
  if (node.type === 'array' && node.items && typeof node.items === 'object') {
    ui.items = forNode(node.items as Node, path, recordType, locale, true);
  }
  return ui;
}

/**
 * The uiSchema of `recordType`'s form in `locale`. `present` lists the top-level fields the rendered schema
 * keeps (rjsf refuses an order that names absent fields); all fields when absent.
 */
export function uiSchemaFor(recordType: RecordType, locale: Locale, present?: readonly string[]): UiSchema {
  const root = bundledSchemas[recordType] as unknown as Node;
  const ui = forNode(root, '', recordType, locale);
  const layout = LAYOUTS[recordType];
  if (layout.table) ui[layout.table.field] = { 'ui:field': 'o75Table', 'ui:options': { label: false } };
  const keep = (f: string) => !present || present.includes(f);
  // A correction states what it corrects and why, before anything else.
  const sections = present?.includes('supersedes') ? [{ title: { zh: '更正', en: 'Correction' }, fields: ['supersedes'] }, ...layout.sections] : layout.sections;
  if (present?.includes('supersedes')) ui.supersedes = { ...(ui.supersedes as object), revision: { 'ui:readonly': true } };
  ui['ui:order'] = [...sections.flatMap((s) => s.fields).filter(keep), '*'];
  ui['ui:options'] = {
    sections: sections
      .map((s) => ({ title: locale === 'en' ? s.title.en : s.title.zh, fields: s.fields.filter(keep) }))
      .filter((s) => s.fields.length > 0),
  };
  ui['ui:submitButtonOptions'] = { norender: true };
  return ui;
}
