/** `buildArchive`: one enterprise, one period, from a store to `.o75.zip` bytes. */
import { nodeSha256Hasher } from '../node/nodeSha256Hasher';
import { hashersFrom } from '../verify/hashers';
import { type BuildOptions, collectArchive } from './collectArchive';
import { packArchive } from './packArchive';
import type { ArchiveSource } from './source';

/**
 * Builds the archive of `options.enterprise` for `options.from`–`options.to`.
 *
 * @example
 * const bytes = await buildArchive(store, { enterprise: '91350100M000100Y43', from: '2024-01-01', to: '2024-12-31' });
 * await writeFile('2024.o75.zip', bytes);
 */
export async function buildArchive(store: ArchiveSource, options: BuildOptions): Promise<Uint8Array> {
  const segment = await collectArchive(store, options);
  const hasher = options.hasher?.alg === store.alg ? options.hasher : hashersFrom(nodeSha256Hasher)(store.alg);
  return packArchive(segment, hasher);
}
