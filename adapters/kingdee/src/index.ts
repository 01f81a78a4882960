/**
 * @order75/adapter-kingdee — Order 75 records in 金蝶云·星空 Kingdee K/3 Cloud custom bills through the WebAPI:
 * a BOS-designer plan, `BatchSave` after a lookup by record id, `ExecuteBillQuery` paging, signed-header or
 * session login.
 */
export { createKingdeeAdapter, type KingdeeAdapterOptions } from './createKingdeeAdapter';
export { gatewaySecret, javaUrlEncode, sdkHmac, sessionCookie, signedHeaders, type AppSecretAuth, type KingdeeAuth, type PasswordAuth, type SignedAuth } from './auth';
export { billFields, fieldKey, recordModel, shanghaiLocal, DESIGNER_TYPES, type KdFieldSpec, type KdFieldType } from './billFields';
export { KingdeeApiError, SERVICE } from './client';
export { billName } from './provision';
export { kingdeeAdapterPlugin, type KingdeePluginOptions } from './plugin';
