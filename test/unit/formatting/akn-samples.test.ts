import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../shared/formatting/lint';
import { importDocument } from '../../../shared/import/index';
import { sharedDir, shippedInstruments } from './seed-docs';

interface KnownError {
  file: string;
  rule: string;
  ref: string;
  reason: string;
}

const known = (JSON.parse(readFileSync(new URL('../../fixtures/lint/akn-known-errors.json', import.meta.url), 'utf8')) as { errors: KnownError[] }).errors;
const files = readdirSync(`${sharedDir}akn-samples`).filter((f) => f.endsWith('.xml')).sort();

describe('AKN samples: adopted, edited resolutions produce no error beyond the committed list', () => {
  const warnings = new Map<string, number>();
  const errors: KnownError[] = [];
  const imported: string[] = [];
  for (const file of files) {
    const result = importDocument({ name: file, bytes: new Uint8Array(readFileSync(`${sharedDir}akn-samples/${file}`)) });
    // the importer's own tests cover files it refuses; here only what it reads is linted
    if (!result.ok) continue;
    imported.push(file);
    for (const d of lint(result.file.body, { settings: result.file.settings, instruments: shippedInstruments })) {
      if (d.severity === 'warning') warnings.set(d.rule, (warnings.get(d.rule) ?? 0) + 1);
      if (d.severity === 'error') errors.push({ file, rule: d.rule, ref: d.ref, reason: d.message });
    }
  }

  it('imports most of the 12 samples', () => {
    expect(files).toHaveLength(12);
    expect(imported.length).toBeGreaterThanOrEqual(11);
  });

  it('reports exactly the committed error list, each with its reason', () => {
    const key = (e: Pick<KnownError, 'file' | 'rule' | 'ref'>) => `${e.file} ${e.rule} ${e.ref}`;
    expect(errors.map(key).sort()).toEqual(known.filter((k) => imported.includes(k.file)).map(key).sort());
    for (const k of known) expect(k.reason.length).toBeGreaterThan(40);
  });

  it('prints the warnings per rule', () => {
    const table = [...warnings].sort((a, b) => b[1] - a[1]);
    console.log(`AKN samples (${imported.length} imported): warnings per rule\n${table.map(([rule, n]) => `  ${String(n).padStart(4)}  ${rule}`).join('\n')}`);
    expect(table.every(([, n]) => n > 0)).toBe(true);
  });
});
