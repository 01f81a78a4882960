/**
 * @order75/adapter-feishu-bitable — Order 75 records in a 飞书多维表格 Feishu Bitable base: tables and fields
 * provisioned through the API, serialised batch push with `client_token`, attachments uploaded as drive media,
 * and pull from the raw JSON field.
 */
export { createFeishuBitableAdapter, type FeishuBitableAdapterOptions } from './createFeishuBitableAdapter';
export { attachmentsOf, type AttachmentSource } from './attachments';
export { FeishuApiError } from './client';
export { tableName } from './provision';
export { cellText, recordFields, shanghaiMidnight, tableFields, ATTACHMENTS_FIELD, HASH_FIELD, ID_FIELD, RAW_FIELD, REVISION_FIELD, type BitableFieldSpec } from './tableFields';
export { feishuBitableAdapterPlugin, type FeishuBitablePluginOptions } from './plugin';
