/**
 * Signature slots (DESIGN.md; `x-order75-signatures`, `x-order75-slot-conditions`): a signature fills slot i when
 * its `slot` is i and its signer holds one of the slot's roles on the local date of `signedAt` (any site). One person
 * may fill two slots. A slot with condition `director-in-office` is required only while someone holds director on
 * the record date.
 */
import type { AnyRecord, Role, Signature } from '@order75/schemas';
import { recordSchemas } from '@order75/schemas';
import type { DayNumber } from '../calendar/days';
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
  if (!byVersion) {
    byVersion = new Map();
    slotCache.set(record.recordType, byVersion);
  }
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
export function requiredSlots(ctx: EngineContext, record: AnyRecord, day: DayNumber | undefined = ctx.dayOf(record)): readonly Slot[] {
  const slots = slotsOf(record);
  // Most types have no conditional slot: their slots are the cached list itself, with no copy per record.
  let conditional = false;
  for (let i = 0; i < slots.length; i++) if ((slots[i] as Slot).condition === 'director-in-office') conditional = true;
  return conditional ? slotsInForce(ctx, slots, day) : slots;
}

/** Kept apart so that `requiredSlots` captures nothing (a closure there would cost a context object per record). */
function slotsInForce(ctx: EngineContext, slots: readonly Slot[], day: DayNumber | undefined): Slot[] {
  return slots.filter((s) => s.condition !== 'director-in-office' || (day !== undefined && ctx.covered('director', day)));
}

/** The earliest signature filling a slot, with its instant. */
export function firstFill(ctx: EngineContext, record: AnyRecord, slot: Slot): { signature: Signature; ms: number } | undefined {
  let best: { signature: Signature; ms: number } | undefined;
  for (const s of record.signatures ?? []) {
    if (s.slot !== slot.index) continue;
    const ms = parseInstant(s.signedAt);
    if (Number.isNaN(ms) || ms > ctx.nowMs) continue;
    if (!holdsAny(ctx, s.personId, slot.roles, ctx.tz.localDay(ms))) continue;
    if (!best || ms < best.ms) best = { signature: s, ms };
  }
  return best;
}

/** Whether a signature filling the slot was made by `deadline` (epoch ms): `firstFill(…).ms <= deadline`, sooner. */
export function filledBy(ctx: EngineContext, record: AnyRecord, slot: Slot, deadline: number): boolean {
  const signatures = record.signatures;
  if (!signatures) return false;
  for (let i = 0; i < signatures.length; i++) {
    const s = signatures[i] as Signature;
    if (s.slot !== slot.index) continue;
    const ms = parseInstant(s.signedAt);
    if (Number.isNaN(ms) || ms > ctx.nowMs || ms > deadline) continue;
    if (holdsAny(ctx, s.personId, slot.roles, ctx.tz.localDay(ms))) return true;
  }
  return false;
}

function holdsAny(ctx: EngineContext, personId: string, roles: readonly Role[], day: DayNumber): boolean {
  for (const r of roles) if (ctx.personnel.holds(personId, r, day)) return true;
  return false;
}
