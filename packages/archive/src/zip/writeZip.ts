/** Writes a deterministic zip: fixed entry order and timestamps, so the same inputs give the same bytes. */
import { zipSync, type Zippable } from 'fflate';

/** One file to write; `store` skips compression (already-compressed photos and scans). */
export interface ZipInput {
  name: string;
  data: Uint8Array;
  store?: boolean;
}

/** DOS time cannot say 1970; 1980-01-01 is the earliest a zip can hold. */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

/** Zips `files` in the order given. */
export function writeZip(files: readonly ZipInput[]): Uint8Array {
  const tree: Zippable = {};
  for (const file of files) tree[file.name] = [file.data, { level: file.store ? 0 : 6, mtime: FIXED_TIME }];
  return zipSync(tree);
}
