/** Errors of building and importing archives: small classes that carry data, with bilingual messages. */
import type { Message } from '@order75/schemas';
import type { ArchiveIssue } from '../report/issue';

/** Building an archive was impossible (bad options, no records, a broken chain in the store). */
export class ArchiveBuildError extends Error {
  override readonly name = 'ArchiveBuildError';
  constructor(readonly reason: Message, options?: { cause?: unknown }) {
    super(`${reason.zh} (${reason.en})`, options);
  }
}

/** An import was refused; nothing was written. `issues` says why (from verification, or a conflict). */
export class ArchiveImportError extends Error {
  override readonly name = 'ArchiveImportError';
  constructor(readonly reason: Message, readonly issues: readonly ArchiveIssue[] = [], options?: { cause?: unknown }) {
    super(`${reason.zh} (${reason.en})`, options);
  }
}
