/**
 * @order75/adapter-jiandaoyun — Order 75 records in 简道云 Jiandaoyun forms (API v5): a field-by-field plan for the
 * form designer, idempotent batched push, and pull from the raw JSON widget.
 */
export { createJiandaoyunAdapter, type JiandaoyunAdapterOptions } from './createJiandaoyunAdapter';
export { formFields, recordData, BOOLEAN_OPTIONS, HASH_FIELD, ID_FIELD, RAW_FIELD, REVISION_FIELD, type JdyFieldSpec, type JdyWidgetType } from './formFields';
export { formName, formTemplate } from './provision';
export { JdyApiError } from './client';
export { jiandaoyunAdapterPlugin, type JiandaoyunPluginOptions } from './plugin';
