import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../shared/import/index';
import { importPaste } from '../../../shared/import/paste';
import { parsePenholderFile, serializePenholderFile } from '../../../shared/model/read-file';
import { aknDir, docxDir, filesIn, seedsDir } from './support';

/**
 * Importers never throw and never hang (rule 8): a few thousand mutated inputs from a fixed-seed PRNG
 * (truncations, random bytes, shuffled lines of the seeds, damaged XML and .docx). A failure names the
 * case number, so it can be replayed.
 */

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20240611);
const int = (n: number) => Math.floor(random() * n);
const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!;

const seeds = filesIn(seedsDir, '.txt').map((p) => new Uint8Array(readFileSync(p)));
const xmls = [
  readFileSync(fileURLToPath(new URL('../../fixtures/import/akn-two-parts.xml', import.meta.url)), 'utf8'),
  readFileSync(join(aknDir, '75_68_E.xml'), 'utf8'),
];
const docx = new Uint8Array(readFileSync(join(docxDir, 'A_RES_78_35-tracked.docx')));
const docxParts = unzipSync(docx);

const window = (bytes: Uint8Array, max: number) => {
  const start = int(Math.max(1, bytes.length - max));
  return bytes.slice(start, start + 1 + int(max));
};

function mutateBytes(bytes: Uint8Array, edits: number): Uint8Array {
  const out = Array.from(bytes);
  for (let k = 0; k < edits; k += 1) {
    const at = int(out.length + 1);
    const op = int(3);
    if (op === 0) out.splice(at, 1);
    else if (op === 1) out.splice(at, 0, int(256));
    else if (at < out.length) out[at] = int(256);
  }
  return new Uint8Array(out);
}

function mutateXml(xml: string): string {
  const chars = ['<', '>', '&', '"', '/', '</p>', '<p>', '<authorialNote>', '&#x110000;', '\u0000', ' ', '<!--', ']]>'];
  let out = xml;
  for (let k = 0, n = 1 + int(6); k < n; k += 1) {
    const at = int(out.length);
    out = int(2) === 0 ? out.slice(0, at) + pick(chars) + out.slice(at) : out.slice(0, at) + out.slice(at + 1 + int(40));
  }
  return int(4) === 0 ? out.slice(0, int(out.length)) : out;
}

function shuffledLines(bytes: Uint8Array): Uint8Array {
  const lines = strFromU8(bytes).split('\n');
  const chosen = Array.from({ length: 5 + int(20) }, () => pick(lines));
  return strToU8(chosen.join('\n'));
}

type Case = { name: string; bytes: Uint8Array };

function makeCase(n: number): Case {
  switch (n % 6) {
    case 0: {
      const seed = pick(seeds);
      return { name: 'cut.txt', bytes: seed.slice(0, int(Math.min(seed.length, 3000))) };
    }
    case 1:
      return { name: pick(['edit.txt', 'edit.md', 'edit']), bytes: mutateBytes(window(pick(seeds), 2000), 1 + int(20)) };
    case 2:
      return { name: 'shuffled.txt', bytes: shuffledLines(pick(seeds)) };
    case 3:
      return { name: 'damaged.xml', bytes: strToU8(mutateXml(pick(xmls))) };
    case 4: {
      if (int(2) === 0) return { name: 'flipped.docx', bytes: mutateBytes(docx, 1 + int(8)) };
      const document = strFromU8(docxParts['word/document.xml']!);
      return { name: 'rezipped.docx', bytes: zipSync({ ...docxParts, 'word/document.xml': strToU8(mutateXml(document)) }) };
    }
    default: {
      const length = int(2000);
      if (int(2) === 0) return { name: pick(['noise.txt', 'noise.xml', 'noise.docx', 'noise']), bytes: new Uint8Array(length).map(() => int(256)) };
      return { name: 'unicode.txt', bytes: strToU8(Array.from({ length }, () => String.fromCodePoint(pick([int(0x80), 0x2070 + int(10), 0xb9, 0x2a, 0x3c, 0x3e, 0x23, 0x2d, 0xa, int(0xd7ff)]))).join('')) };
    }
  }
}

const CASES = 3000;
/** A hang detector, not a speed target (speed is in npm run bench:import). */
const HANG_MS = 5000;

describe('importers under fuzzing', () => {
  it(`never throw or hang on ${CASES} mutated inputs`, () => {
    let accepted = 0;
    let slowest = 0;
    for (let n = 0; n < CASES; n += 1) {
      const input = makeCase(n);
      const start = performance.now();
      let result;
      try {
        result = importDocument(input);
        if (n % 10 === 0) importPaste({ text: strFromU8(input.bytes.slice(0, 4000), true) });
      } catch (error) {
        throw new Error(`case ${n} (${input.name}) threw: ${String(error)}`, { cause: error });
      }
      const ms = performance.now() - start;
      slowest = Math.max(slowest, ms);
      expect(ms, `case ${n} (${input.name})`).toBeLessThan(HANG_MS);
      expect(typeof result.ok, `case ${n}`).toBe('boolean');
      if (result.ok) {
        accepted += 1;
        expect(parsePenholderFile(serializePenholderFile(result.file)).ok, `case ${n} reopens`).toBe(true);
      } else {
        expect(result.error, `case ${n}`).toMatch(/^[^\n]+$/);
      }
    }
    // the mix must exercise both paths: documents built and inputs refused
    expect(accepted).toBeGreaterThan(CASES / 10);
    expect(accepted).toBeLessThan(CASES);
    expect(slowest).toBeGreaterThan(0);
  });
});
