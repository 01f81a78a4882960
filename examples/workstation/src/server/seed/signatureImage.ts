/** A demo drawn-signature image: the signer's name in a brush-like stroke, as SVG (a stand-in for a pad capture). */
export function signatureSvg(name: string): Uint8Array {
  const text = name.replace(/[<>&"']/g, '');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80">` +
    `<text x="12" y="54" font-family="'Noto Serif CJK SC','STKaiti','KaiTi',serif" font-size="40" font-style="italic" fill="#1d39c4" transform="rotate(-4 120 40)">${text}</text>` +
    `<path d="M10 66 C 70 58, 150 74, 228 60" stroke="#1d39c4" stroke-width="2" fill="none"/></svg>`;
  return new TextEncoder().encode(svg);
}
