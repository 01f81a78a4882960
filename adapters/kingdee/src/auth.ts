/**
 * Kingdee K/3 Cloud WebAPI authentication (platforms.md § 4.2), two ways:
 * - signed headers, stateless, as the official Java SDK (`ApiRequester.buildHeader`) builds them for a
 *   third-party app registration (第三方系统登录授权): `X-Api-*` signed with the gateway secret derived from the app
 *   id, `X-Kd-*` signed with the app secret;
 * - a session: `ValidateUser` (user and password) or `LoginByAppSecret`, whose `kdservice-sessionid` cookie is
 *   replayed until the host says the session is lost, then the adapter logs in again.
 */
import { createHmac } from 'node:crypto';

/** Login by a third-party app registration with signed headers on every request (no session). */
export interface SignedAuth {
  kind: 'signed';
  /** `<clientId>_<32-character secret part>`, from 第三方系统登录授权. */
  appId: string;
  appSecret: string;
  /** The integration user the registration is bound to. */
  userName: string;
  /** Organisation number (组织编码); empty for the default. */
  orgNum?: string;
  /** Locale id, 2052 for Simplified Chinese. */
  lcid?: number;
}

/** A session from `ValidateUser`. */
export interface PasswordAuth {
  kind: 'password';
  userName: string;
  password: string;
  lcid?: number;
}

/** A session from `LoginByAppSecret`. */
export interface AppSecretAuth {
  kind: 'appSecret';
  appId: string;
  appSecret: string;
  userName: string;
  lcid?: number;
}

export type KingdeeAuth = SignedAuth | PasswordAuth | AppSecretAuth;

/** `java.net.URLEncoder.encode(s, "UTF-8")`: encodeURIComponent, but `!'()~` escaped too and spaces as `+`. */
export function javaUrlEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');
}

/** The SDK's `MD5Utils.hashMAC`: Base64 of the lower-case hex digest of HMAC-SHA256. */
export function sdkHmac(data: string, secret: string): string {
  return Buffer.from(createHmac('sha256', secret).update(data, 'utf8').digest('hex'), 'utf8').toString('base64');
}

/** The SDK's `decodeSec`: the 32-character part of the app id, Base64-decoded, XORed with the SDK constant, re-encoded. */
export function gatewaySecret(secretPart: string): string {
  if (secretPart.length !== 32) return secretPart;
  const key = Buffer.from('0054f397c6234378b09ca7d3e5debce7', 'utf8');
  const bytes = Buffer.from(secretPart, 'base64');
  for (let i = 0; i < bytes.length; i++) bytes[i] = bytes[i]! ^ key[i]!;
  return bytes.toString('base64');
}

/** The signed headers for one request to `path` (the URL path of the service) at time `now` (ms). */
export function signedHeaders(auth: SignedAuth, acctId: string, path: string, now: number): Record<string, string> {
  const [clientId = '', secretPart = ''] = auth.appId.split('_');
  const ts = String(now);
  const nonce = ts;
  const context = `POST\n${javaUrlEncode(path)}\n\nx-api-nonce:${nonce}\nx-api-timestamp:${ts}\n`;
  const appData = `${acctId},${auth.userName},${auth.lcid ?? 2052},${auth.orgNum ?? ''}`;
  return {
    'X-Api-ClientID': clientId,
    'X-Api-Auth-Version': '2.0',
    'x-api-timestamp': ts,
    'x-api-nonce': nonce,
    'x-api-signheaders': 'X-Api-TimeStamp,X-Api-Nonce',
    'X-Api-Signature': sdkHmac(context, gatewaySecret(secretPart)),
    'X-Kd-Appkey': auth.appId,
    'X-Kd-Appdata': Buffer.from(appData, 'utf8').toString('base64'),
    'X-Kd-Signature': sdkHmac(auth.appId + appData, auth.appSecret),
  };
}

/** The session cookies of a login answer, as a `Cookie` header value; undefined without `kdservice-sessionid`. */
export function sessionCookie(setCookies: readonly string[]): string | undefined {
  const pairs = setCookies.map((c) => c.split(';')[0]!.trim()).filter((p) => /^(kdservice-sessionid|ASP\.NET_SessionId)=/i.test(p));
  return pairs.some((p) => p.toLowerCase().startsWith('kdservice-sessionid=')) ? pairs.join('; ') : undefined;
}

/** Secrets of an auth configuration, for the redactor. */
export function authSecrets(auth: KingdeeAuth): string[] {
  return auth.kind === 'password' ? [auth.password] : [auth.appSecret, auth.appId.split('_')[1] ?? ''];
}
