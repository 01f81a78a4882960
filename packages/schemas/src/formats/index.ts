import { fullFormats } from 'ajv-formats/dist/formats.js';
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
export { checkIsoWeek, checkProductionLicence, checkRegionCode, checkResidentId, checkUscc };

/**
 * Every format the record schemas use, as ajv format validators. The precompiled validators import this
 * module (ajv's `code.formats`), so it must stay free of anything but the checks themselves.
 */
export const formats = {
  date: fullFormats.date,
  'date-time': fullFormats['date-time'],
  uuid: fullFormats.uuid,
  uscc: (value: string) => checkUscc(value).ok,
  'cn-resident-id': (value: string) => checkResidentId(value).ok,
  'cn-production-licence': (value: string) => checkProductionLicence(value).ok,
  'cn-region-code': (value: string) => checkRegionCode(value).ok,
  'iso-week': (value: string) => checkIsoWeek(value).ok,
};
