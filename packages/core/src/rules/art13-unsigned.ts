/**
 * Art. 13 — `art13.unsigned`: role signatures (the project's evidence, not required by the order) fill each required
 * slot by the signature deadline: 7 days (default) after the later of the record date and the revision's creation
 * date. A later signature does not cure the finding; the summary lists when it came.
 */
import type { AnyRecord, Message } from '@order75/schemas';
import { formatDay } from '../calendar/days';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';
import { firstFill, requiredSlots } from '../engine/signatures';
import { localDayOf } from '../records/recordDate';

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
  for (const record of ctx.set.all) {
    const day = ctx.dayOf(record);
    if (day === undefined || skipped(ctx, record, day)) continue;
    const created = localDayOf(record.createdAt, ctx.tz) ?? day;
    const deadlineDay = Math.max(day, created) + days;
    if (deadlineDay > ctx.lastComplete) continue;
    const deadline = ctx.endOfDay(deadlineDay);
    const missing: { roles: readonly string[]; filledDay?: number }[] = [];
    for (const slot of requiredSlots(ctx, record)) {
      const fill = firstFill(ctx, record, slot);
      if (fill && fill.ms <= deadline) continue;
      missing.push({ roles: slot.roles, filledDay: fill ? ctx.tz.localDay(fill.ms) : undefined });
      ctx.notes.lateSignatures.push({ recordId: record.id, recordType: record.recordType, slot: slot.index, deadline: formatDay(deadlineDay), ...(fill ? { signedAt: fill.signature.signedAt } : {}) });
    }
    if (missing.length === 0) continue;
    const cured = missing.every((m) => m.filledDay !== undefined) ? Math.max(...missing.map((m) => m.filledDay as number)) : undefined;
    if (!reportAnchor(ctx, day, { curedOn: cured })) continue;
    out.push(makeFinding('art13.unsigned', { date: formatDay(day), recordIds: [record.id], message: unsignedMessage(record.recordType, formatDay(day), missing.map((m) => m.roles)) }));
  }
  return out;
}

/** A daily check on a non-production day of its site triggers nothing. */
function skipped(ctx: EngineContext, record: AnyRecord, day: number): boolean {
  return record.recordType === 'daily-check' && !ctx.production(record.site, day);
}
