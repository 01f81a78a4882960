import type { IdentifierCheck } from './types';
import { isInstant, isLocalDate, isUuid } from './dateTime';
import { isNonBlank } from './nonBlank';
import { checkIsoWeek } from './isoWeek';
import { checkProductionLicence } from './productionLicence';
import { checkRegionCode } from './regionCode';
import { checkResidentId } from './residentId';
import { checkUscc } from './uscc';

export type { DetectedIdentifier, IdentifierKind } from './detect';
export { detectIdentifier } from './detect';
export { isoWeeksInYear } from './isoWeek';
export { isProvinceCode } from './regionCode';
export type { IdentifierCheck, Message } from './types';
export { isInstant, isLocalDate, isNonBlank, isUuid };
export { checkIsoWeek, checkProductionLicence, checkRegionCode, checkResidentId, checkUscc };

/**
 * Every format the record schemas use, as ajv format validators. The precompiled validators import this
 * module (ajv's `code.formats`), so it must stay free of anything but the checks themselves.
 */
/** A stored code must already be in its canonical form (no surrounding spaces, upper case). */
function exact(check: (value: string) => IdentifierCheck): (value: string) => boolean {
  // Every record of an enterprise carries the same USCC: remembering the last valid value skips the
  // check for all but the first record of a batch.
  let lastValid = '';
  return (value) => {
    if (value === lastValid) return true;
    const result = check(value);
    const ok = result.ok && result.normalized === value;
    if (ok) lastValid = value;
    return ok;
  };
}

export const formats = {
  date: isLocalDate,
  'date-time': isInstant,
  uuid: isUuid,
  'non-blank': isNonBlank,
  uscc: exact(checkUscc),
  'cn-resident-id': exact(checkResidentId),
  // Licence numbers are printed with full-width brackets as often as ASCII ones: both are accepted as written.
  'cn-production-licence': (value: string) => checkProductionLicence(value).ok,
  'cn-region-code': exact(checkRegionCode),
  'iso-week': exact(checkIsoWeek),
};
