/**
 * @order75/react — drop-in forms for every Order 75 record on rjsf 6 with the antd theme: zh-CN first
 * (every string also in English), phone-width ready, fast at 1,000 rows, photos and signatures by content
 * hash, autosaved drafts, and an A4 print view.
 */
export { RecordForm, focusField, type RecordFormProps } from './form/RecordForm';
export * from './form/recordForms';
export { RecordView, type RecordViewProps } from './view/RecordView';
export { recordDocument, type RecordDocument } from './view/documentModel';
export { PRINT_CSS } from './view/printCss';
export type { Person, UploadFn, FormServices } from './context';
export type { Signer } from './signatures/signer';
export { signatureSlots, roleRefusal, type SignatureSlot } from './signatures/slots';
export { defaultDraftStorage, memoryDraftStorage, type DraftStorage } from './drafts/draftStorage';
export { attachmentFromFile } from './photos/attachmentFromFile';
export { dailyRowsFor, newHazardId } from './form/dailyRows';
export { formIssues, type FormIssue } from './validation/formIssues';
export { uiSchemaFor } from './layout/uiSchemaFor';
export { LAYOUTS } from './layout/layouts';
export type { RecordLayout, LayoutSection } from './layout/types';
export { renderSchema } from './schema/renderSchema';
export { localizeSchema } from './schema/localizeSchema';
export { order75Validator } from './schema/rjsfValidator';
export { rjsfTranslator } from './i18n/rjsfStrings';
export { STRINGS } from './i18n/strings';
