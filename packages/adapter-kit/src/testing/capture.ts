/** Captures everything an adapter says (events, logs, errors, outcomes) and checks none of it leaks secrets or personal data. */
import type { AdapterEvents } from '../types';

/** A resident-ID-like number and a mobile number the suite seeds into record text. */
export const SEEDED_PERSONAL_DATA = { residentId: '11010519491231002X', mobile: '13812345678' } as const;

export interface Capture {
  events: AdapterEvents;
  /** Adds any value (an error, a push result) to the captured text. */
  add(value: unknown): void;
  /** All captured text, serialised. */
  text(): string;
}

function serialise(value: unknown): string {
  if (value instanceof Error) {
    const own: Record<string, unknown> = {};
    for (const k of Object.getOwnPropertyNames(value)) own[k] = (value as unknown as Record<string, unknown>)[k];
    const cause = (value as { cause?: unknown }).cause;
    return `${value.name}: ${value.message} ${safeJson(own)} ${cause !== undefined ? serialise(cause) : ''}`;
  }
  return typeof value === 'string' ? value : safeJson(value);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A capture whose events record every call. */
export function createCapture(): Capture {
  const parts: string[] = [];
  const add = (value: unknown) => void parts.push(serialise(value));
  return {
    events: {
      onRequest: (i) => add(i),
      onRetry: (i) => add(i),
      onProgress: (i) => add(i),
      onLog: (e) => add(e),
    },
    add,
    text: () => parts.join('\n'),
  };
}

/** The secrets and personal data found in `text`, by label (empty when clean). */
export function leaks(text: string, secrets: readonly string[]): string[] {
  const found: string[] = [];
  if (text.includes(SEEDED_PERSONAL_DATA.residentId)) found.push('resident ID number');
  if (text.includes(SEEDED_PERSONAL_DATA.mobile)) found.push('mobile number');
  secrets.forEach((s, i) => {
    if (s.length >= 4 && text.includes(s)) found.push(`secret #${i}`);
  });
  return found;
}
