/** Test helpers that craft hostile zips by patching the bytes a well-behaved writer produces. */
import { zipSync } from 'fflate';

const enc = new TextEncoder();

/** A plain zip of `files` (name → text or bytes). */
export function zipOf(files: Record<string, string | Uint8Array>, level: 0 | 6 | 9 = 6): Uint8Array {
  const tree: Record<string, [Uint8Array, { level: 0 | 6 | 9 }]> = {};
  for (const [name, data] of Object.entries(files)) tree[name] = [typeof data === 'string' ? enc.encode(data) : data, { level }];
  return zipSync(tree);
}

/** Replaces every occurrence of the name `from` with `to` (same byte length), in local and central headers alike. */
export function renameEntry(zip: Uint8Array, from: string, to: string): Uint8Array {
  const a = enc.encode(from);
  const b = enc.encode(to);
  if (a.length !== b.length) throw new Error('names must have the same byte length');
  const out = zip.slice();
  for (let i = 0; i + a.length <= out.length; i++) {
    if (a.every((byte, k) => out[i + k] === byte)) out.set(b, i);
  }
  return out;
}

/** Offsets of every central directory record. */
export function centralRecords(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const found: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) found.push(i);
  return found;
}

/** Sets a 32-bit or 16-bit field of the `index`-th central directory record. */
export function patchCentral(zip: Uint8Array, index: number, offset: number, value: number, width: 2 | 4 = 4): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const at = centralRecords(out)[index];
  if (at === undefined) throw new Error(`no central record ${index}`);
  if (width === 4) view.setUint32(at + offset, value, true);
  else view.setUint16(at + offset, value, true);
  return out;
}
