/**
 * Redaction of secrets (auth headers, tokens, app secrets) and protected personal data (18-digit resident ID
 * numbers, mainland mobile numbers) from anything that reaches logs, events or errors (DESIGN.md § Adapters).
 * Over-redaction is harmless in a log line; a leaked ID number is not, so the patterns match by shape and do not
 * require a valid check digit.
 */

/** Replaces an 18-character resident ID number (17 digits and a digit or X), not part of a longer token. */
const RESIDENT_ID = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
/** Mainland mobile numbers, with or without +86 and spaces or dashes between groups. */
const MOBILE = /(?<![0-9A-Za-z])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![0-9A-Za-z])/g;
/** `Bearer xxx`, `Basic xxx` wherever they appear in text. */
const AUTH_SCHEME = /\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{6,}/gi;

/** Key names whose values are secrets, in JSON bodies, query strings and headers. */
export const SECRET_KEY_NAMES: readonly string[] = [
  'authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'api-key', 'apikey', 'api_key',
  'access_token', 'accesstoken', 'tenant_access_token', 'app_access_token', 'user_access_token', 'refresh_token',
  'token', 'app_secret', 'appsecret', 'app_sec', 'secret', 'client_secret', 'password', 'passwd', 'pwd', 'signature',
  'sign', 'kdservice-sessionid', 'x-kdapi-signature', 'x-kdapi-appsec', 'session_id', 'sessionid',
];

/** The mark left where something was removed. */
export const REDACTED = '[REDACTED]';

/** Options of {@link createRedactor}. */
export interface RedactOptions {
  /** Literal secret values to remove wherever they appear (tokens, passwords, connection-string parts). */
  secrets?: readonly (string | undefined)[];
  /** Extra key names whose values are secret (case-insensitive). */
  keys?: readonly string[];
}

/** Removes secrets and protected personal data from text, headers and JSON-like values. */
export interface Redactor {
  text(value: string): string;
  /** Headers with secret values replaced; other values pass through {@link Redactor.text}. */
  headers(headers: Record<string, string>): Record<string, string>;
  /** A deep copy with secret keys replaced and strings redacted. */
  value<T>(value: T): T;
  /** Adds a secret learned at run time (a fresh access token). */
  addSecret(secret: string): void;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Makes a redactor. Secrets shorter than 4 characters are ignored (they would blank ordinary words). */
export function createRedactor(options: RedactOptions = {}): Redactor {
  const keys = new Set([...SECRET_KEY_NAMES, ...(options.keys ?? [])].map((k) => k.toLowerCase()));
  const secrets = new Set<string>();
  let secretPattern: RegExp | undefined;
  const addSecret = (s: string | undefined) => {
    if (!s || s.length < 4 || secrets.has(s)) return;
    secrets.add(s);
    secretPattern = new RegExp([...secrets].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
  };
  for (const s of options.secrets ?? []) addSecret(s);
  const keyAlternation = [...keys].map(escapeRegExp).join('|');
  // "access_token": "…", access_token=…, Authorization: … — values of secret keys inside free text.
  const jsonKey = new RegExp(`("(?:${keyAlternation})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi');
  const queryKey = new RegExp(`([?&;](?:${keyAlternation})=)[^&#\\s"]*`, 'gi');
  const headerLine = new RegExp(`(^|\\n)((?:${keyAlternation})\\s*:\\s*)[^\\r\\n]*`, 'gi');

  const text = (value: string): string => {
    let out = value;
    if (secretPattern) out = out.replace(secretPattern, REDACTED);
    out = out.replace(jsonKey, `$1"${REDACTED}"`);
    out = out.replace(queryKey, `$1${REDACTED}`);
    out = out.replace(headerLine, `$1$2${REDACTED}`);
    out = out.replace(AUTH_SCHEME, `$1 ${REDACTED}`);
    out = out.replace(RESIDENT_ID, '[REDACTED-ID]');
    out = out.replace(MOBILE, '[REDACTED-PHONE]');
    return out;
  };

  const value = <T>(input: T): T => {
    const walk = (v: unknown, depth: number): unknown => {
      if (typeof v === 'string') return text(v);
      if (v === null || typeof v !== 'object' || depth > 20) return v;
      if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
      if (v instanceof Error) return text(String(v.message));
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = keys.has(k.toLowerCase()) ? REDACTED : walk(x, depth + 1);
      return out;
    };
    return walk(input, 0) as T;
  };

  const headers = (h: Record<string, string>): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(h)) out[k] = keys.has(k.toLowerCase()) ? REDACTED : text(v);
    return out;
  };

  return { text, headers, value, addSecret };
}

const plain = createRedactor();

/** Redacts personal data and secret-looking key values from one string (no literal secrets known). */
export function redactText(value: string): string {
  return plain.text(value);
}
