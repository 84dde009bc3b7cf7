import { strFromU8, strToU8 } from 'fflate';
import type { SearchIndexData } from './index-data';

/**
 * The on-disk index: "PHIX" magic, a JSON header (format version, string tables, array layout), then each
 * typed array 8-byte aligned. Loading makes views over the file's bytes: no parsing of the big arrays.
 */
export const INDEX_FORMAT = 3;
const MAGIC = [0x50, 0x48, 0x49, 0x58];

type ArrayKey = {
  [K in keyof SearchIndexData]: SearchIndexData[K] extends Uint8Array | Uint32Array | Float64Array ? K : never;
}[keyof SearchIndexData];
type StringKey = Exclude<keyof SearchIndexData, ArrayKey>;

const ARRAYS: Record<ArrayKey, 'u8' | 'u32' | 'f64'> = {
  paraDoc: 'u32', paraKind: 'u8', paraLead: 'u32', paraFlags: 'u8', textHash: 'u32', headHash: 'u32', paraText: 'u32',
  textOffsets: 'u32', textBytes: 'u8', tokenOffsets: 'u32', tokens: 'u32', sortedVocab: 'u32', postingOffsets: 'u32',
  postings: 'u32', headKeys: 'f64', headOffsets: 'u32', headPostings: 'u32', titleOffsets: 'u32', titleTokens: 'u32',
};
const STRINGS: StringKey[] = ['docs', 'paraIds', 'leads', 'vocab'];

interface Header {
  format: number;
  /** what the index was built from (source fingerprint), checked by the cache */
  stamp: string;
  strings: Pick<SearchIndexData, StringKey>;
  arrays: { name: ArrayKey; offset: number; length: number }[];
}

const align8 = (n: number) => (n + 7) & ~7;

/** Index → bytes (chunks, to write without one more copy). */
export function serializeIndex(data: SearchIndexData, stamp: string): Uint8Array[] {
  const arrays: Header['arrays'] = [];
  let offset = 0;
  for (const name of Object.keys(ARRAYS) as ArrayKey[]) {
    arrays.push({ name, offset, length: data[name].length });
    offset = align8(offset + data[name].byteLength);
  }
  const strings = Object.fromEntries(STRINGS.map((k) => [k, data[k]])) as Header['strings'];
  const header = strToU8(JSON.stringify({ format: INDEX_FORMAT, stamp, strings, arrays } satisfies Header));
  const prefix = new Uint8Array(align8(12 + header.length));
  prefix.set(MAGIC, 0);
  new DataView(prefix.buffer).setUint32(4, header.length, true);
  new DataView(prefix.buffer).setUint32(8, prefix.length, true);
  prefix.set(header, 12);
  const chunks: Uint8Array[] = [prefix];
  for (const { name } of arrays) {
    const a = data[name];
    const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    chunks.push(bytes, new Uint8Array(align8(bytes.length) - bytes.length));
  }
  return chunks;
}

export type LoadedIndex = { ok: true; data: SearchIndexData; stamp: string } | { ok: false; error: string };

/** Bytes → index; views share `bytes` (copied once if misaligned). Any damage is an error, never a throw. */
export function deserializeIndex(input: Uint8Array): LoadedIndex {
  try {
    const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
    if (bytes.length < 12 || MAGIC.some((b, i) => bytes[i] !== b)) return { ok: false, error: 'not a Penholder index' };
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const header = JSON.parse(strFromU8(bytes.subarray(12, 12 + view.getUint32(4, true)))) as Header;
    if (header.format !== INDEX_FORMAT) return { ok: false, error: `index format ${header.format}, expected ${INDEX_FORMAT}` };
    const base = bytes.byteOffset + view.getUint32(8, true);
    const data = { ...header.strings } as SearchIndexData;
    for (const { name, offset, length } of header.arrays) {
      const type = ARRAYS[name];
      const at = base + offset;
      const size = type === 'u8' ? 1 : type === 'u32' ? 4 : 8;
      if (at + length * size > bytes.byteOffset + bytes.byteLength) return { ok: false, error: 'the index file is truncated' };
      const array = type === 'u8' ? new Uint8Array(bytes.buffer, at, length) : type === 'u32' ? new Uint32Array(bytes.buffer, at, length) : new Float64Array(bytes.buffer, at, length);
      (data as unknown as Record<string, unknown>)[name] = array;
    }
    return { ok: true, data, stamp: header.stamp };
  } catch (error) {
    return { ok: false, error: `the index file is damaged (${error instanceof Error ? error.message : String(error)})` };
  }
}
