/** Limits a zip must stay within before anything in it is decompressed or trusted. */
export interface ZipLimits {
  /** Most entries the archive may hold. */
  maxEntries: number;
  /** Largest uncompressed size of one entry, in bytes. */
  maxEntryBytes: number;
  /** Largest uncompressed size of all entries together, in bytes. */
  maxTotalBytes: number;
  /** Highest uncompressed ÷ compressed ratio of an entry (zip-bomb guard), applied above `ratioFloorBytes`. */
  maxRatio: number;
  /** Entries smaller than this (uncompressed) are exempt from the ratio check: tiny files compress oddly. */
  ratioFloorBytes: number;
}

/**
 * Defaults sized for an enterprise's year of records with photos: 256 MiB per entry, 2 GiB in all, 100 000 entries,
 * and a ratio of 200 (canonical JSON Lines compress about 8–30 ×; a zip bomb, 1 000 × and more).
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 100_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 2 * 1024 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};
