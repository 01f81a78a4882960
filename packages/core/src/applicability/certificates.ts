/**
 * Certificates (licence, CCC) over time (OBLIGATIONS.md "Certificates"): `validTo` is the last valid day, so expiry
 * makes a certificate invalid on validTo + 1; a suspension, revocation or cancellation makes it invalid from its status
 * date. A renewal is continuous when another certificate covering the product is valid on that day.
 */
import type { EnterpriseProfile } from '@order75/schemas';
import { type DayNumber, tryDayNumber } from '../calendar/days';

/** A product of the enterprise profile. */
export type Product = EnterpriseProfile['products'][number];
/** A licence or CCC certificate of a product. */
export type Certificate = NonNullable<Product['certificates']>[number];

/** The first day a certificate is invalid (L), and why. */
export function certificateLapse(cert: Certificate): { day: DayNumber; cause: 'expired' | Certificate['status'] } {
  const expiry = tryDayNumber(cert.validTo) + 1;
  if (cert.status !== 'valid' && cert.statusDate) {
    const status = tryDayNumber(cert.statusDate);
    if (!Number.isNaN(status) && !(status >= expiry)) return { day: status, cause: cert.status };
  }
  return { day: expiry, cause: 'expired' };
}

/** Whether a certificate is valid on a day. */
export function certificateValidOn(cert: Certificate, day: DayNumber): boolean {
  return tryDayNumber(cert.validFrom) <= day && day < certificateLapse(cert).day;
}

/** Whether a product is in production on a day (no `productionStoppedFrom` ≤ day). */
export function inProductionOn(product: Product, day: DayNumber): boolean {
  if (!product.productionStoppedFrom) return true;
  return !(tryDayNumber(product.productionStoppedFrom) <= day);
}
