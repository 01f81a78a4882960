/**
 * `non-blank`: text with at least one character that is not white space, so "   " is not taken for a
 * measure or a finding. A character-code scan that normally stops at the first character.
 */
export function isNonBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // ASCII controls and space, NBSP, the ideographic space (U+3000) and the other Unicode spaces.
    if (c > 32 && c !== 0xa0 && c !== 0x3000 && c !== 0xfeff && !(c >= 0x2000 && c <= 0x200b) && c !== 0x2028 && c !== 0x2029 && c !== 0x1680 && c !== 0x202f && c !== 0x205f) {
      return true;
    }
  }
  return false;
}
