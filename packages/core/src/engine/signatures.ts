/**
 * Signature slots (DESIGN.md; `x-order75-signatures`, `x-order75-slot-conditions`): a signature fills slot i when
 * its `slot` is i and its signer holds one of the slot's roles on the local date of `signedAt` (any site). One person
 * may fill two slots. A slot with condition `director-in-office` is required only while someone holds director on
 * the record date.
 */
import type { AnyRecord, Role, Signature } from '@order75/schemas';
import { recordSchemas } from '@order75/schemas';
import { parseInstant } from '../calendar/timeZone';
import type { EngineContext } from './context';

/** One signature slot of a record type. */
export interface Slot {
  readonly index: number;
  readonly roles: readonly Role[];
  readonly condition: string | null;
}

const slotCache = new Map<string, Map<number, readonly Slot[]>>();

/** The slots of a record's type and schema version. */
export function slotsOf(record: Pick<AnyRecord, 'recordType' | 'schemaVersion'>): readonly Slot[] {
  let byVersion = slotCache.get(record.recordType);
  if (!byVersion) slotCache.set(record.recordType, (byVersion = new Map()));
  let slots = byVersion.get(record.schemaVersion);
  if (!slots) {
    const schema = recordSchemas[`${record.recordType}@${record.schemaVersion}`] as { 'x-order75-signatures'?: Role[][]; 'x-order75-slot-conditions'?: (string | null)[] } | undefined;
    const conditions = schema?.['x-order75-slot-conditions'] ?? [];
    slots = (schema?.['x-order75-signatures'] ?? []).map((roles, index) => ({ index, roles, condition: conditions[index] ?? null }));
    byVersion.set(record.schemaVersion, slots);
  }
  return slots;
}

/** Slots the record must have signed (conditions evaluated on the record's date). */
export function requiredSlots(ctx: EngineContext, record: AnyRecord): Slot[] {
  const day = ctx.dayOf(record);
  return slotsOf(record).filter((s) => s.condition !== 'director-in-office' || (day !== undefined && ctx.covered('director', day)));
}

/** The earliest signature filling a slot, with its instant. */
export function firstFill(ctx: EngineContext, record: AnyRecord, slot: Slot): { signature: Signature; ms: number } | undefined {
  let best: { signature: Signature; ms: number } | undefined;
  for (const s of record.signatures ?? []) {
    if (s.slot !== slot.index) continue;
    const ms = parseInstant(s.signedAt);
    if (Number.isNaN(ms) || ms > ctx.nowMs) continue;
    const day = ctx.tz.localDay(ms);
    if (!slot.roles.some((r) => ctx.personnel.holds(s.personId, r, day))) continue;
    if (!best || ms < best.ms) best = { signature: s, ms };
  }
  return best;
}
