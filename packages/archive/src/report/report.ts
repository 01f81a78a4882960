/**
 * The verification report: a verdict, what the archive says it is (enterprise, period), the records it holds,
 * one line per check, and every issue. Plain data, so the CLI prints it, verify.html renders it, and a caller
 * may store it as JSON.
 */
import type { HashAlg } from '@order75/core';
import type { Ed25519Engine } from '../verify/ed25519';
import { type ArchiveIssue, type CheckName, CHECKS } from './issue';

/** One record revision in the period, as verified from the chain. */
export interface ReportRecord {
  id: string;
  revision: number;
  recordType: string;
  recordDate: string | undefined;
  status: string;
  /** Signatures on the revision (all methods). */
  signatures: number;
  /** Line of the revision event in `records.jsonl`. */
  line: number;
  /** No error names this revision. */
  ok: boolean;
}

/** How one check went. */
export interface CheckResult {
  check: CheckName;
  errors: number;
  warnings: number;
}

export interface VerifyReport {
  /** No errors at all: intact, consistent and valid. */
  ok: boolean;
  /** No errors in the integrity checks (zip, lines, canonical form, chain, content hashes, signatures, attachments, people). */
  intact: boolean;
  format?: { version: number; createdAt: string; generator: string };
  enterprise?: { uscc: string; name?: string };
  period?: { from: string; to: string };
  hashAlgorithm?: HashAlg;
  /** The chain segment as verified: first and last sequence number and the last hash. */
  chain?: { fromSeq: number; toSeq: number; head: string; anchorPrev: string | null };
  /** Revisions whose record date lies in the period, by type then date. */
  records: ReportRecord[];
  /** Distinct records per type in the period. */
  counts: Record<string, number>;
  stats: { events: number; revisions: number; signatures: number; validSignatures: number; attachments: number; people: number; bytes: number };
  /** Public keys the archive carries: compare the ids with those the enterprise registered with you. */
  keys: Array<{ keyId: string; personId: string; alg: string }>;
  /** Which Ed25519 implementation checked key signatures, when there were any. */
  ed25519?: Ed25519Engine;
  checks: CheckResult[];
  issues: ArchiveIssue[];
  /** Issues left out of `issues` beyond the cap. */
  omittedIssues: number;
}

/** Checks whose failure means bytes were altered; signatures count, since a forged or broken one is tampering too. */
const INTEGRITY: ReadonlySet<CheckName> = new Set(['zip', 'lines', 'canonical', 'chain', 'content-hash', 'signatures', 'attachments', 'people']);

/** Per-check tallies and the two verdicts for a list of issues. */
export function summarize(issues: readonly ArchiveIssue[]): Pick<VerifyReport, 'ok' | 'intact' | 'checks'> {
  const checks = CHECKS.map((check) => ({ check, errors: 0, warnings: 0 }));
  for (const issue of issues) {
    const row = checks[CHECKS.indexOf(issue.check)] as CheckResult;
    if (issue.severity === 'error') row.errors++;
    else row.warnings++;
  }
  return {
    ok: checks.every((c) => c.errors === 0),
    intact: checks.every((c) => c.errors === 0 || !INTEGRITY.has(c.check)),
    checks,
  };
}
