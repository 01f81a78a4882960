/**
 * What every part of the generator shares: random streams, instants in Asia/Shanghai, deterministic UUIDv7
 * ids, people, and signing with real content hashes.
 */
import { createHash } from 'node:crypto';
import { contentHashSync, type DayNumber, formatDay, type Hasher } from '@order75/core';
import type { AnyRecord, PersonRef, Role } from '@order75/schemas';
import type { ResolvedOptions } from './options';
import { createRng, type Rng } from './prng';

const nodeSha256: Hasher = {
  alg: 'sha256',
  digest: async (bytes) => createHash('sha256').update(bytes).digest(),
  digestSync: (bytes) => createHash('sha256').update(bytes).digest(),
};

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A time of day on a local day. */
export interface Instant {
  day: DayNumber;
  /** Minutes after local midnight (0–1439). */
  minute: number;
}

export class Context {
  readonly rng: Rng;
  private readonly idRng: Rng;

  constructor(readonly options: ResolvedOptions) {
    this.rng = createRng(options.seed);
    this.idRng = this.rng.fork('ids');
  }

  /** An independent random stream for one concern. */
  stream(label: string): Rng {
    return this.rng.fork(label);
  }

  /** RFC 3339 in Asia/Shanghai (+08:00). */
  instant(at: Instant): string {
    const day = at.day + Math.floor(at.minute / 1440);
    const minute = ((at.minute % 1440) + 1440) % 1440;
    return `${formatDay(day)}T${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}:00+08:00`;
  }

  /** A UUIDv7 whose time part is `at` and whose random part comes from the seed. */
  id(at: Instant): string {
    let ms = ((at.day * 1440 + at.minute - 480) * 60_000);
    const bytes = new Array<number>(16);
    for (let i = 5; i >= 0; i--) {
      bytes[i] = ms % 256;
      ms = Math.floor(ms / 256);
    }
    for (let i = 6, r = 0; i < 16; i++) {
      if ((i - 6) % 4 === 0) r = this.idRng.u32();
      bytes[i] = (r >>> (8 * ((i - 6) % 4))) & 0xff;
    }
    bytes[6] = 0x70 | ((bytes[6] as number) & 0x0f);
    bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
    const hex = bytes.map((b) => HEX[b]).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  /** The envelope of a new final record created at `at`. */
  envelope<T extends AnyRecord['recordType']>(recordType: T, at: Instant, createdBy?: PersonRef) {
    return {
      id: this.id(at),
      recordType,
      schemaVersion: 1 as const,
      revision: 1,
      status: 'final' as const,
      enterprise: this.options.enterprise,
      createdAt: this.instant(at),
      ...(createdBy ? { createdBy } : {}),
    };
  }

  /** Adds a drawn signature over the record's real content hash (no-op when signing is off). */
  sign<R extends AnyRecord>(record: R, slot: number, role: Role, person: PersonRef, at: Instant): R {
    if (!this.options.sign) return record;
    const hash = contentHashSync(record, nodeSha256);
    const image = `sha256:${createHash('sha256').update(`signature-image:${person.personId}`).digest('hex')}`;
    const signature = {
      slot,
      role,
      personId: person.personId,
      name: person.name,
      signedAt: this.instant(at),
      contentHash: hash,
      method: 'drawn' as const,
      attachment: { hash: image, mediaType: 'image/png' },
    };
    (record as { signatures?: unknown[] }).signatures = [...((record as { signatures?: unknown[] }).signatures ?? []), signature];
    return record;
  }
}
