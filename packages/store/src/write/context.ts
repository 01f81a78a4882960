/** What the write paths share: dialect, hasher, clock and the person registry. */
import type { Hasher } from '@order75/core';
import type { PersonRegistry } from '../people/registry';

export interface WriteEnv {
  dialect: 'sqlite' | 'postgres';
  hasher: Hasher;
  now: () => Date;
  people: PersonRegistry;
}

/** The row of a stored revision the write paths need. */
export interface RevisionRow {
  id: string;
  revision: number;
  enterprise: string;
  record_type: string;
  status: string;
  content_hash: string;
  created_at: string;
  is_latest: number;
  body: string;
}

export const REVISION_COLS = 'id, revision, enterprise, record_type, status, content_hash, created_at, is_latest, body';
