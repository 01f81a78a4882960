/**
 * Art. 13 — `art13.unsigned`: role signatures (the project's evidence, not required by the order) fill each required
 * slot by the signature deadline: 7 days (default) after the later of the record date and the revision's creation
 * date. A later signature does not cure the finding; the summary lists when it came.
 */
import type { AnyRecord, Message } from '@order75/schemas';
import { type DayNumber, formatDay } from '../calendar/days';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';
import type { LateSignature } from '../engine/notes';
import { filledBy, firstFill, requiredSlots, type Slot, slotsOf } from '../engine/signatures';
import { localDayOf, recordDateField } from '../records/recordDate';

const ROLE_ZH: Record<string, string> = { principal: '主要负责人', director: '质量安全总监', officer: '质量安全员' };

/** The finding message (also used by `recordLevelIssues`). */
export const unsignedMessage = (recordType: string, date: string, slots: readonly (readonly string[])[]): Message => ({
  zh: `${date} 的 ${recordType} 记录：签名期限届满时未见${slots.map((r) => r.map((x) => ROLE_ZH[x] ?? x).join('或')).join('、')}的签名（第十三条）`,
  en: `${recordType} record of ${date}: no signature by the ${slots.map((r) => r.join(' or ')).join(', ')} by the signature deadline (Art. 13)`,
});

/** Findings of this module's rules for the context. */
export function art13Unsigned(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  const days = ctx.opts.deadlines.signatureDays;
  const notes = ctx.notes.lateSignatures.length;
  // Memory order (see `inMemoryOrder`); the late signatures are put back in id order below.
  const records = ctx.inMemoryOrder;
  // Dating field and slots of the last record's type and version: consecutive records mostly share them.
  let type: string | undefined;
  let version: number | undefined;
  let field: string | undefined;
  let slots: readonly Slot[] = [];
  let conditional = false;
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as AnyRecord;
    if (record.recordType !== type || record.schemaVersion !== version) {
      type = record.recordType;
      version = record.schemaVersion;
      field = recordDateField(record);
      slots = slotsOf(record);
      conditional = slots.some((slot) => slot.condition !== null);
    }
    // `recordDay`, with the field looked up above.
    const day = field ? localDayOf((record as unknown as Record<string, unknown>)[field], ctx.tz) : undefined;
    if (day === undefined || skipped(ctx, record, day)) continue;
    const created = localDayOf(record.createdAt, ctx.tz) ?? day;
    const deadlineDay = Math.max(day, created) + days;
    if (deadlineDay > ctx.lastComplete) continue;
    const deadline = ctx.endOfDay(deadlineDay);
    const required = conditional ? requiredSlots(ctx, record, day) : slots;
    // The common case: every slot filled in time, with no object made.
    let k = 0;
    while (k < required.length && filledBy(ctx, record, required[k] as Slot, deadline)) k++;
    if (k === required.length) continue;
    const finding = unsigned(ctx, record, day, deadlineDay, deadline, required);
    if (finding) out.push(finding);
  }
  sortFrom(ctx.notes.lateSignatures, notes);
  return out;
}

/** The slots of a record not filled by the deadline: late-signature notes, and the finding when it is reported. */
function unsigned(ctx: EngineContext, record: AnyRecord, day: DayNumber, deadlineDay: DayNumber, deadline: number, slots: readonly Slot[]): Finding | undefined {
  const missing: { roles: readonly string[]; filledDay?: number }[] = [];
  for (const slot of slots) {
    const fill = firstFill(ctx, record, slot);
    if (fill && fill.ms <= deadline) continue;
    missing.push({ roles: slot.roles, filledDay: fill ? ctx.tz.localDay(fill.ms) : undefined });
    ctx.notes.lateSignatures.push({ recordId: record.id, recordType: record.recordType, slot: slot.index, deadline: formatDay(deadlineDay), ...(fill ? { signedAt: fill.signature.signedAt } : {}) });
  }
  if (missing.length === 0) return undefined;
  const cured = missing.every((m) => m.filledDay !== undefined) ? Math.max(...missing.map((m) => m.filledDay as number)) : undefined;
  if (!reportAnchor(ctx, day, { curedOn: cured })) return undefined;
  return makeFinding('art13.unsigned', { date: formatDay(day), recordIds: [record.id], message: unsignedMessage(record.recordType, formatDay(day), missing.map((m) => m.roles)) });
}

/** Sorts `list[from…]` by record id in place, keeping the slot order within a record (a stable sort). */
function sortFrom(list: LateSignature[], from: number): void {
  const tail = list.splice(from).sort((a, b) => (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0));
  for (const x of tail) list.push(x);
}

/** A daily check on a non-production day of its site triggers nothing. */
function skipped(ctx: EngineContext, record: AnyRecord, day: number): boolean {
  return record.recordType === 'daily-check' && !ctx.production(record.site, day);
}
