import { LOCAL_INSTRUMENTS, type InstrumentEntry } from './instruments';

const combined = new WeakMap<readonly InstrumentEntry[], readonly InstrumentEntry[]>();

/**
 * The instrument names the checks use: the local seed table (its aliases cover the seeds' wordings), then the
 * shipped treaty table when the caller passes it (assets/treaties.json, read at the edge: CLI or renderer).
 */
export function instrumentTable(shipped?: readonly InstrumentEntry[]): readonly InstrumentEntry[] {
  if (!shipped || shipped.length === 0) return LOCAL_INSTRUMENTS;
  let table = combined.get(shipped);
  if (!table) {
    table = [...LOCAL_INSTRUMENTS, ...shipped];
    combined.set(shipped, table);
  }
  return table;
}

let next = 0;
const ids = new WeakMap<object, number>();
/** A stable number per table object, for cache keys. */
export const tableId = (table: object | undefined): number => {
  if (!table) return 0;
  if (!ids.has(table)) ids.set(table, (next += 1));
  return ids.get(table)!;
};
