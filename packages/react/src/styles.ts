/**
 * The forms' own CSS (the antd parts style themselves). Injected once per form as a `<style>` element that
 * carries the host's CSP nonce; nothing is loaded from a CDN. Phone first: one column below 640 px, touch
 * targets of at least 44 px, no element wider than the screen.
 */
export const FORM_CSS = `
.o75-form { max-width: 1100px; margin: 0 auto; font-size: 15px; line-height: 1.55; overflow-wrap: anywhere; }
.o75-form *, .o75-form *::before, .o75-form *::after { box-sizing: border-box; }
.o75-form fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
.o75-form-title { font-size: 20px; margin: 0 0 4px; }
.o75-form-article { color: #666; font-size: 13px; margin: 0 0 12px; }
.o75-section { border: 1px solid #e5e7eb; border-radius: 8px; padding: 12px; margin: 0 0 16px; background: #fff; }
.o75-section-title { font-size: 16px; margin: 0 0 10px; padding-left: 8px; border-left: 4px solid #1677ff; }
.o75-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 0 16px; }
.o75-cell { min-width: 0; }
.o75-wide { grid-column: 1 / -1; }
.o75-object { border: 1px dashed #d9d9d9 !important; border-radius: 6px; padding: 8px 10px !important; margin-bottom: 12px !important; }
.o75-object-title { font-weight: 600; padding: 0 4px; width: auto; border: 0; margin: 0; font-size: 14px; }
.o75-field { margin-bottom: 16px; min-width: 0; }
.o75-label { display: block; font-weight: 500; margin-bottom: 4px; padding: 0; font-size: 14px; }
.o75-required { color: #ff4d4f; margin-right: 4px; }
.o75-help { color: #666; font-size: 13px; margin-top: 4px; }
.o75-error { color: #cf1322; font-size: 13px; margin-top: 4px; }
.o75-field-invalid .ant-select-selector, .o75-in[aria-invalid=true] { border-color: #ff4d4f !important; }
.o75-visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.o75-select { width: 100%; }
.o75-touch { min-height: 44px; }
.o75-btn { display: inline-flex; align-items: center; justify-content: center; gap: 6px; padding: 6px 14px; border: 1px solid #d9d9d9; border-radius: 6px; background: #fff; color: #222; font: inherit; cursor: pointer; }
.o75-btn:hover:not(:disabled) { border-color: #1677ff; color: #1677ff; }
.o75-btn:disabled { opacity: .5; cursor: not-allowed; }
.o75-btn-primary { background: #1677ff; border-color: #1677ff; color: #fff; }
.o75-btn-primary:hover:not(:disabled) { background: #4096ff; color: #fff; }
.o75-btn-danger { color: #cf1322; }
.o75-form :focus-visible { outline: 3px solid #69b1ff; outline-offset: 1px; }
.o75-in { width: 100%; min-height: 40px; padding: 6px 10px; border: 1px solid #d9d9d9; border-radius: 6px; font: inherit; background: #fff; color: inherit; }
textarea.o75-in { resize: vertical; }
/* Grow with the text instead of scrolling: a scrolling text area is a composited layer, and 2,000 of them make every frame slow. */
@supports (field-sizing: content) { textarea.o75-in { field-sizing: content; overflow: hidden; resize: none; max-height: none; } }
.o75-person-manual { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.o75-banner { background: #e6f4ff; border: 1px solid #91caff; border-radius: 6px; padding: 8px 12px; margin-bottom: 12px; }
.o75-banner-warn { background: #fffbe6; border-color: #ffe58f; }
.o75-banner-ok { background: #f6ffed; border-color: #b7eb8f; }
.o75-banner-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.o75-error-summary { border: 2px solid #cf1322; border-radius: 8px; padding: 12px 16px; margin-bottom: 16px; background: #fff1f0; }
.o75-error-summary h2 { font-size: 16px; margin: 0 0 6px; color: #a8071a; }
.o75-error-summary ul { margin: 0; padding-left: 20px; }
.o75-error-summary a { color: #a8071a; text-decoration: underline; }
.o75-warning-summary { border-color: #d48806; background: #fffbe6; }
.o75-warning-summary h2, .o75-warning-summary a { color: #874d00; }
.o75-error-summary li[data-level=warning] a { color: #874d00; }
.o75-error-summary .o75-btn { margin-top: 8px; }
.o75-submit-bar { position: sticky; bottom: 0; display: flex; flex-wrap: wrap; align-items: center; gap: 12px; padding: 10px 0; background: rgba(255,255,255,.96); border-top: 1px solid #eee; z-index: 5; }
.o75-submit-bar .o75-btn { min-width: 120px; font-size: 16px; }
.o75-saved { color: #666; font-size: 13px; }
/* daily check */
.o75-table-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; margin-bottom: 10px; }
.o75-badge-hazard { background: #fff1f0; color: #cf1322; border: 1px solid #ffa39e; border-radius: 10px; padding: 0 8px; }
.o75-zero-risk { background: #f6ffed; border: 1px solid #b7eb8f; border-radius: 6px; padding: 8px 12px; margin-bottom: 10px; }
.o75-drow { content-visibility: auto; contain-intrinsic-size: auto 150px; border-top: 1px solid #f0f0f0; padding: 10px 0; display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 6px 12px; align-items: start; }
.o75-drow[data-result=hazard] { background: #fffafa; }
.o75-drow-head { display: flex; gap: 10px; min-width: 0; }
.o75-seq { flex: none; min-width: 2em; color: #888; font-variant-numeric: tabular-nums; }
.o75-drow-stage { color: #666; font-size: 13px; }
.o75-drow-risk { font-weight: 500; }
.o75-drow-measure { color: #555; font-size: 13px; }
.o75-seg-group { display: inline-flex; border: 1px solid #d9d9d9 !important; border-radius: 6px !important; overflow: hidden; align-self: center; }
.o75-seg { position: relative; display: inline-flex; align-items: center; justify-content: center; min-height: 44px; min-width: 64px; padding: 0 10px; cursor: pointer; border-left: 1px solid #d9d9d9; user-select: none; white-space: nowrap; }
.o75-seg:first-of-type { border-left: 0; }
.o75-seg input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.o75-seg:has(input:checked) { background: #1677ff; color: #fff; }
.o75-seg-hazard:has(input:checked) { background: #cf1322; }
.o75-seg-na:has(input:checked) { background: #8c8c8c; }
.o75-seg:has(input:focus-visible) { outline: 3px solid #69b1ff; outline-offset: -3px; }
.o75-note { grid-column: 1 / -1; }
.o75-drow > .o75-error { grid-column: 1 / -1; }
.o75-hazard { grid-column: 1 / -1; display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 8px 16px; border: 1px solid #ffccc7; border-radius: 6px; padding: 10px; background: #fff; }
.o75-hz-id { grid-column: 1 / -1; color: #a8071a; font-size: 13px; }
.o75-hz-field { min-width: 0; }
.o75-when { display: flex; gap: 6px; }
.o75-when .o75-in { flex: 1; min-width: 0; }
/* risk list */
.o75-vrow { position: absolute; top: 0; left: 0; width: 100%; }
.o75-rrow { display: grid; grid-template-columns: 3em 7em 7em minmax(0, 2fr) minmax(0, 2fr) 6.5em 8em 5.5em auto; gap: 6px; align-items: start; padding: 6px 0; border-top: 1px solid #f0f0f0; }
.o75-rrow-head { font-weight: 600; font-size: 13px; color: #555; border-top: 0; }
.o75-rcell { min-width: 0; }
.o75-rcell-label { display: none; }
.o75-rrow-actions { display: flex; gap: 4px; flex-wrap: wrap; }
.o75-rrow-more { grid-column: 1 / -1; display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 6px 12px; background: #fafafa; padding: 8px; border-radius: 6px; }
.o75-rrow-more .o75-rcell-label { display: block; font-size: 12px; color: #666; }
/* photos */
.o75-thumbs { list-style: none; margin: 0 0 8px; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
.o75-thumb { position: relative; width: 112px; border: 1px solid #eee; border-radius: 6px; padding: 4px; font-size: 12px; }
.o75-thumb img { display: block; width: 100%; height: 84px; object-fit: cover; border-radius: 4px; }
.o75-thumb-meta { display: block; color: #666; word-break: break-all; }
.o75-thumb-remove { position: absolute; top: 2px; right: 2px; width: 32px; height: 32px; border-radius: 16px; border: 0; background: rgba(0,0,0,.55); color: #fff; font-size: 18px; cursor: pointer; }
.o75-file { display: block; height: 84px; overflow: hidden; }
.o75-upload { display: inline-flex; align-items: center; padding: 6px 14px; border: 1px dashed #1677ff; border-radius: 6px; color: #1677ff; cursor: pointer; }
.o75-upload:focus-within { outline: 3px solid #69b1ff; }
.o75-upload-disabled { opacity: .5; cursor: not-allowed; }
.o75-sources { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 6px; }
.o75-source { background: #f0f5ff; border: 1px solid #adc6ff; border-radius: 4px; padding: 2px 8px; font-size: 13px; }
/* signatures */
.o75-slot { border-top: 1px solid #f0f0f0; padding: 10px 0; }
.o75-slot:first-of-type { border-top: 0; }
.o75-slot-title { font-weight: 500; margin-bottom: 6px; }
.o75-slot-actions, .o75-pad-actions { display: flex; flex-wrap: wrap; gap: 8px; }
.o75-slot-image { display: block; max-width: 240px; border: 1px solid #eee; margin: 6px 0; }
.o75-hash { display: block; font-size: 11px; color: #888; word-break: break-all; margin: 4px 0; }
.o75-pad-canvas { display: block; width: 100%; max-width: 600px; aspect-ratio: 600 / 220; border: 1px solid #bbb; border-radius: 6px; touch-action: none; background: #fff; margin: 8px 0; }
.o75-empty { color: #666; padding: 12px; }
@media (max-width: 640px) {
  .o75-form { font-size: 16px; }
  .o75-section { padding: 10px 8px; border-radius: 0; border-left: 0; border-right: 0; }
  .o75-grid, .o75-hazard { grid-template-columns: minmax(0, 1fr); }
  .o75-drow { grid-template-columns: minmax(0, 1fr); }
  .o75-seg-group { display: flex; width: 100%; }
  .o75-seg { flex: 1; min-width: 0; padding: 0 4px; }
  .o75-rrow { grid-template-columns: minmax(0, 1fr); padding: 10px 0; }
  .o75-rrow-head { display: none; }
  .o75-rcell-label { display: block; font-size: 12px; color: #666; }
  .o75-person-manual { grid-template-columns: minmax(0, 1fr); }
  .o75-submit-bar .o75-btn { flex: 1; }
}
`;
