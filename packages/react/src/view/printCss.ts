/** A4 print styles of the record document (used on screen, in the browser's print and by @order75/render). */
export const PRINT_CSS = `
@page { size: A4; margin: 16mm 14mm 18mm; }
.o75-doc .o75-visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.o75-doc { font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif; color: #000; background: #fff; font-size: 10.5pt; line-height: 1.5; max-width: 182mm; margin: 0 auto; overflow-wrap: anywhere; }
.o75-doc h1 { font-size: 17pt; text-align: center; margin: 0 0 2mm; font-weight: 700; letter-spacing: .5pt; }
.o75-doc .o75-doc-basis { text-align: center; font-size: 9pt; color: #333; margin: 0 0 4mm; }
.o75-doc .o75-doc-meta { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 2mm 6mm; font-size: 9pt; border-bottom: 1.5pt solid #000; padding-bottom: 2mm; margin-bottom: 3mm; }
.o75-doc h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm; border-left: 3pt solid #000; padding-left: 2mm; break-after: avoid; }
.o75-doc table { width: 100%; border-collapse: collapse; margin: 0 0 2mm; table-layout: auto; }
.o75-doc th, .o75-doc td { border: .6pt solid #000; padding: 1.2mm 1.6mm; vertical-align: top; text-align: left; }
.o75-doc th { background: #f2f2f2; font-weight: 600; white-space: nowrap; }
.o75-doc thead { display: table-header-group; }
.o75-doc tr { break-inside: avoid; }
.o75-doc .o75-doc-fields th { width: 28%; white-space: normal; }
.o75-doc .o75-doc-item { break-inside: avoid; margin-bottom: 2mm; }
.o75-doc .o75-doc-item-title { font-weight: 600; margin: 1mm 0; }
.o75-doc .o75-doc-signs { display: grid; grid-template-columns: repeat(auto-fit, minmax(80mm, 1fr)); gap: 4mm; margin-top: 6mm; break-inside: avoid; }
.o75-doc .o75-doc-sign { border: .8pt solid #000; padding: 3mm; min-height: 38mm; position: relative; break-inside: avoid; }
.o75-doc .o75-doc-sign-role { font-weight: 600; margin-bottom: 2mm; }
.o75-doc .o75-doc-sign-line { margin: 5mm 0 0; }
.o75-doc .o75-doc-seal { position: absolute; right: 4mm; bottom: 4mm; width: 26mm; height: 26mm; border: .8pt dashed #888; border-radius: 50%; display: flex; align-items: center; justify-content: center; color: #888; font-size: 9pt; }
.o75-doc .o75-doc-signed { font-size: 9pt; }
.o75-doc .o75-doc-signed img { max-width: 60mm; max-height: 22mm; display: block; }
.o75-doc .o75-doc-hash { font-family: monospace; font-size: 7pt; color: #444; word-break: break-all; }
.o75-doc .o75-doc-foot { margin-top: 4mm; font-size: 8pt; color: #444; }
@media print {
  html.o75-printing body > *:not(.o75-print-root) { display: none !important; }
  .o75-print-root { display: block !important; }
}
@media screen {
  .o75-print-root { display: none; }
  .o75-doc { padding: 16mm 14mm; box-shadow: 0 0 0 1px #ddd, 0 2px 12px rgba(0,0,0,.08); margin: 12px auto; }
  @media (max-width: 640px) { .o75-doc { padding: 6mm 4mm; font-size: 10pt; } }
}
`;
