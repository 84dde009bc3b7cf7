import { FORMAT_VERSION, PenholderFile } from './file-schema';
import { migrate } from './migrations';
import { defaultSettings } from './settings';
import type { Descendant } from 'slate';

export type ReadResult = { ok: true; file: PenholderFile; migratedFrom: number | null } | { ok: false; error: string };

/**
 * Parses the text of a `*.penholder.json` file: JSON, then migrations, then the schema. Never throws;
 * the error is one line a delegate can act on.
 */
export function parsePenholderFile(text: string): ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the file is not valid JSON (it may be truncated or corrupt)' };
  }
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const parsed = PenholderFile.safeParse(migrated.file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join('.') : '';
    return { ok: false, error: `the document is damaged${where ? ` at ${where}` : ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, file: parsed.data, migratedFrom: migrated.from === FORMAT_VERSION ? null : migrated.from };
}

export function serializePenholderFile(file: PenholderFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

export function makeFile(body: Descendant[], init: Partial<Omit<PenholderFile, 'body'>> = {}): PenholderFile {
  return {
    format: 'penholder',
    version: FORMAT_VERSION,
    body,
    settings: init.settings ?? defaultSettings(),
    revisions: init.revisions ?? [],
    proposals: init.proposals ?? [],
    ignored: init.ignored ?? [],
    notes: init.notes ?? [],
  };
}
