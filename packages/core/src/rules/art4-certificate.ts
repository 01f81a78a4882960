/**
 * Art. 4 ¶2 — `art4.certificate-invalid`: when a licence or CCC certificate of a product in production becomes invalid
 * on L (expiry: validTo + 1; suspension, revocation, cancellation: the status date), the director or an officer raises
 * a veto referencing it by the end of L + 1 day (default). A continuous renewal (another certificate of the product
 * valid on L) or production stopped from L means nothing to raise.
 */
import type { Message } from '@order75/schemas';
import { certificateLapse, certificateValidOn, inProductionOn } from '../applicability/certificates';
import { type DayNumber, formatDay } from '../calendar/days';
import { parseInstant } from '../calendar/timeZone';
import { reportAnchor } from '../engine/anchors';
import type { EngineContext } from '../engine/context';
import { type Finding, makeFinding } from '../engine/finding';

const CAUSE: Record<string, Message> = {
  expired: { zh: '有效期届满', en: 'expired' },
  suspended: { zh: '暂停', en: 'suspended' },
  revoked: { zh: '撤销', en: 'revoked' },
  cancelled: { zh: '注销', en: 'cancelled' },
};

/** The finding message (also used by `recordLevelIssues`). */
export const certificateInvalidMessage = (product: string, number: string, lapse: string, cause: string, days: number): Message => ({
  zh: `${product} 的证书 ${number} 自 ${lapse} 起失效（${CAUSE[cause]?.zh ?? cause}），产品仍在生产：失效后 ${days} 日内未见引用该证书的否决建议记录（第四条第二款）`,
  en: `${product}: certificate ${number} invalid from ${lapse} (${CAUSE[cause]?.en ?? cause}) while the product is in production; no record of a veto referencing it within ${days} day(s) (Art. 4 ¶2)`,
});

/** Findings of this module's rules for the context. */
export function art4Certificate(ctx: EngineContext): Finding[] {
  const out: Finding[] = [];
  const days = ctx.opts.deadlines.certificateVetoDays;
  const vetoes = ctx.set
    .of('opinion')
    .filter((o) => o.kind === 'veto')
    .map((o) => ({ o, ms: parseInstant(o.raisedAt) }))
    .filter((x) => !Number.isNaN(x.ms) && x.ms <= ctx.nowMs);
  const seen = new Set<string>();
  for (const { profile } of ctx.profiles.entries) {
    for (const product of profile.products) {
      if (product.regime !== 'licence' && product.regime !== 'ccc') continue;
      const certs = product.certificates ?? [];
      for (const cert of certs) {
        const { day: lapse, cause } = certificateLapse(cert);
        const key = `${product.productId}\u0000${cert.number}\u0000${lapse}`;
        if (Number.isNaN(lapse) || seen.has(key) || ctx.profiles.on(lapse) !== profile) continue;
        seen.add(key);
        if (!inProductionOn(product, lapse) || certs.some((c) => c !== cert && certificateValidOn(c, lapse))) continue;
        if (lapse + days > ctx.lastComplete) continue;
        const deadline = ctx.endOfDay(lapse + days);
        const referencing = vetoes.filter((v) => v.o.certificates?.includes(cert.number)).sort((a, b) => a.ms - b.ms);
        if (referencing.some((v) => v.ms <= deadline)) continue;
        const cured: DayNumber | undefined = referencing[0] ? ctx.tz.localDay(referencing[0].ms) : undefined;
        if (!reportAnchor(ctx, lapse, { curedOn: cured })) continue;
        out.push(
          makeFinding('art4.certificate-invalid', {
            date: formatDay(lapse),
            recordIds: [profile.id],
            message: certificateInvalidMessage(product.name, cert.number, formatDay(lapse), cause, days),
          }),
        );
      }
    }
  }
  return out;
}
