/**
 * @order75/archive — the verifiable `.o75.zip`: build it from a store, verify it (here or offline in
 * verify.html), import it into another store.
 */
export * from './verify/index';
export { packArchive, manifestOf, type ArchiveSegment } from './build/packArchive';
export { nodeSha256Hasher } from './node/nodeSha256Hasher';
