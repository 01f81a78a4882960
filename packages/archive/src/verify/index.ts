/**
 * @order75/archive/verify — the browser-safe half: open and verify an `.o75.zip`, and the report model.
 * verify.html bundles exactly this entry.
 */
export { verifyArchive, inspectArchive, type Inspection, type VerifyOptions } from './verifyArchive';
export { readArchive, type ArchiveParts } from './readArchive';
export type { Checkpoint } from './checkCheckpoints';
export { verifyEd25519, ed25519Engine, type Ed25519Engine } from './ed25519';
export { summarize, type VerifyReport, type ReportRecord, type CheckResult } from '../report/report';
export { CHECKS, describeLocation, type ArchiveIssue, type CheckName, type IssueLocation } from '../report/issue';
export { formatReport, checkLabel } from '../report/formatReport';
export { recordTypeLabel } from '../report/recordTypeLabel';
export {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  ENTRY,
  attachmentEntryName,
  attachmentHashOf,
  type ArchiveManifest,
  type ManifestAttachment,
  type ManifestKey,
  type ManifestRecord,
} from '../manifest/manifest';
export { recordDate, recordDateField, inPeriod, chinaDate } from '../manifest/recordDate';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from '../zip/limits';
