/**
 * @order75/archive — the verifiable `.o75.zip`: build it from a store, verify it (here or offline in
 * verify.html), import it into another store.
 */
export * from './verify/index';
export { packArchive, manifestOf, type ArchiveSegment } from './build/packArchive';
export { nodeSha256Hasher } from './node/nodeSha256Hasher';
export { buildArchive } from './build/buildArchive';
export { collectArchive, type BuildOptions } from './build/collectArchive';
export { importArchive, type ImportOptions, type ImportResult } from './import/importArchive';
export { ArchiveBuildError, ArchiveImportError } from './build/errors';
export type { ArchiveSource, ArchiveTarget, SourceKey } from './build/source';
export { verifyHtml, verifyHtmlPath } from './html/verifyHtml';
