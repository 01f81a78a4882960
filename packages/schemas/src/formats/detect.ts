/** Tells which identifier a string is: USCC (GB 32100), resident ID (GB 11643) or production licence number. */
import { checkProductionLicence } from './productionLicence';
import { checkResidentId } from './residentId';
import type { IdentifierCheck } from './types';
import { checkUscc } from './uscc';

/** The identifier kinds `detectIdentifier` knows; the names match the schema formats. */
export type IdentifierKind = 'uscc' | 'cn-resident-id' | 'cn-production-licence' | 'unknown';

/** What `detectIdentifier` found: the kind, and the check of the value as that kind. */
export interface DetectedIdentifier {
  kind: IdentifierKind;
  check: IdentifierCheck;
}

/**
 * Guesses the kind of an identifier from its shape and checks it as that kind. Anything with brackets or `XK` is a
 * licence number. An 18-character value is whichever of USCC and resident ID it passes as; a value passing as both
 * (possible for an all-digit USCC) is reported as a resident ID, with a warning, so that callers treat it as personal
 * data. When it passes as neither, the closer shape decides. Reasons for `unknown` never echo the value.
 */
export function detectIdentifier(value: string): DetectedIdentifier {
  const s = value.trim();
  if (looksLikeLicence(s)) return { kind: 'cn-production-licence', check: checkProductionLicence(s) };
  if (s.length === 18) {
    const id = checkResidentId(s);
    const uscc = checkUscc(s);
    if (id.ok && uscc.ok) {
      const warning = {
        zh: '该号码同时符合统一社会信用代码的规则，已按公民身份号码处理',
        en: 'this number also passes as a unified social credit code; it is treated as a resident ID number',
      };
      return { kind: 'cn-resident-id', check: { ...id, warnings: [...(id.warnings ?? []), warning] } };
    }
    if (id.ok) return { kind: 'cn-resident-id', check: id };
    if (uscc.ok || !idShaped(s)) return { kind: 'uscc', check: uscc };
    return { kind: 'cn-resident-id', check: id };
  }
  const n = [...s].length;
  return {
    kind: 'unknown',
    check: {
      ok: false,
      reason: {
        zh: `无法识别：统一社会信用代码和公民身份号码都是 18 位（实际为 ${n} 位），生产许可证编号形如 XKnn-nnn-nnnnn`,
        en: `not recognised: unified social credit codes and resident ID numbers have 18 characters (found ${n}); production licence numbers look like XKnn-nnn-nnnnn`,
      },
    },
  };
}

/** `XK` in any width or case: the mark of a licence number. */
const LICENCE_MARK = /xk|ｘｋ/i;

/** Brackets first, or `XK` — at the start, or anywhere in a value too long or short to be a USCC (which may contain XK). */
function looksLikeLicence(s: string): boolean {
  const first = s.charCodeAt(0);
  if (first === 0x28 || first === 0xff08) return true;
  if (s.length === 18) return LICENCE_MARK.test(s.slice(0, 2));
  return LICENCE_MARK.test(s);
}

/** 17 digits then a digit or X, with a plausible birth century — the shape of a resident ID. */
function idShaped(s: string): boolean {
  for (let i = 0; i < 17; i++) {
    const code = s.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  const last = s.charCodeAt(17);
  const century = s.slice(6, 8);
  return ((last >= 48 && last <= 57) || last === 88 || last === 120) && (century === '18' || century === '19' || century === '20');
}
