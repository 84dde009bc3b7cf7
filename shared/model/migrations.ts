import { FORMAT_VERSION } from './file-schema';

/**
 * Upgrades of older `*.penholder.json` files, one step per version: `steps[n]` turns version n into n + 1.
 * Version 0 is the pre-release layout (body under `document`), kept so that the hook is exercised.
 */
type Step = (file: Record<string, unknown>) => Record<string, unknown>;

export const steps: Record<number, Step> = {
  0: (file) => {
    const { document, ...rest } = file;
    return { ...rest, body: document, version: 1 };
  },
};

export type MigrationResult =
  | { ok: true; file: Record<string, unknown>; from: number }
  | { ok: false; error: string };

export function migrate(raw: unknown, registry: Record<number, Step> = steps, target = FORMAT_VERSION): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, error: 'not a Penholder document' };
  let file = raw as Record<string, unknown>;
  if (file['format'] !== 'penholder') return { ok: false, error: 'not a Penholder document' };
  const from = file['version'];
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 0) {
    return { ok: false, error: 'the document has no valid format version' };
  }
  if (from > target) {
    return { ok: false, error: `made by a newer Penholder (format ${from}; this version reads up to ${target})` };
  }
  for (let v = from; v < target; v += 1) {
    const step = registry[v];
    if (!step) return { ok: false, error: `no upgrade from format ${v}` };
    file = step(file);
  }
  return { ok: true, file, from };
}
