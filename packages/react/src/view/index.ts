/**
 * @order75/react/view — the print view alone (React only, no antd or rjsf): `<RecordView>`, the document
 * model behind it and the A4 print stylesheet, for hosts and for @order75/render's PDFs.
 */
export { RecordView, type RecordViewProps } from './RecordView';
export { recordDocument, type DocBlock, type DocSection, type RecordDocument } from './documentModel';
export { PRINT_CSS } from './printCss';
