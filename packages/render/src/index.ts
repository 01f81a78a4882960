/**
 * @order75/render — any Order 75 record as an A4 PDF (the regulation's document title, fields, signature and
 * seal boxes) through a headless Chromium. Separate from the CLI's required dependencies.
 */
export { renderPdf, createRenderer, CHROMIUM_ARGS, type RenderPdfOptions, type Renderer } from './renderPdf';
export { recordHtml, type RecordHtmlOptions } from './recordHtml';
