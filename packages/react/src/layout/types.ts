import type { Message } from '@order75/core';

/** A form section: a titled group of top-level fields. */
export interface LayoutSection {
  title: Message;
  fields: string[];
}

/**
 * How one record type's form is laid out, beyond what its schema says: sections in order, help per field
 * (dotted path, array items by the array's name: `hazards.fix`), widget overrides, and which array is
 * entered through a fast table instead of rjsf's array field.
 */
export interface RecordLayout {
  sections: LayoutSection[];
  help?: Record<string, Message>;
  widgets?: Record<string, string>;
  table?: { field: string; kind: 'daily-items' | 'risk-rows' };
}
