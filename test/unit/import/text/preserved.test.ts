import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Element, Node, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { paragraphText } from '../../../../shared/model/text';
import type { Footnote, Header, InlineNode } from '../../../../shared/model/types';
import { importedFile, seedsDir } from '../support';

/**
 * No paragraph text is lost or duplicated: the words of the source from the title on, with the conversion
 * artefacts removed by the simple rules below (written apart from the importer), must be exactly the words
 * of the imported document from the title on (body, headings, closing, footnote and * note texts).
 */

const expected = JSON.parse(readFileSync(join(seedsDir, 'expected.json'), 'utf8')).documents as Record<string, { title: string }>;

const FURNITURE = /^\s*(\d+\/\d+ V\.\d\d-\d{5}|V\.\d\d-\d{5} \d+\/\d+)\s*$/;

function sourceWords(raw: string, title: string): string[] {
  const lines = raw
    .replace(/<sup>&<\/sup>lt;sup>[^<]*<\/sup>/g, ' ')
    .replace(/<sup>[^<]*<\/sup>/g, ' ')
    .replace(/\[([^\]]*)\]\(#\)/g, '$1')
    .replace(/<i>Page<\/i>/g, ' ')
    .split('\n')
    .filter((line) => !line.includes('\t') && line.trim() !== 'Contents' && !FURNITURE.test(line) && !/^\s*---\s*$/.test(line))
    .map((line) =>
      line
        .replace(/^\s*#+\s+/, '')
        .replace(/^\s*-\s+/, '')
        .replace(/^\s*\d+\.\s+/, '')
        .replace(/^\s*\([a-z]+\)\s+/, ''),
    );
  const text = lines.join(' ').replace(/[¹²³⁰⁴⁵⁶⁷⁸⁹]/g, '').replace(/\*{3,}/g, ' ').replace(/\\?\*/g, '');
  const flat = text.replace(/\s+/g, ' ');
  const start = flat.indexOf(title);
  expect(start, 'the title is in the source').toBeGreaterThan(-1);
  return words(flat.slice(start));
}

const words = (text: string) => text.replace(/['‘’]/g, '’').split(/\s+/).filter(Boolean);

function importedWords(value: readonly Descendant[]): string[] {
  const out: string[] = [];
  let seenTitle = false;
  const visit = (nodes: readonly Descendant[]) => {
    for (const node of nodes) {
      if (!Element.isElement(node)) continue;
      switch (node.type) {
        case 'title':
          seenTitle = true;
          out.push(Node.string(node));
          break;
        case 'header':
          for (const note of (node as Header).symbolNotes) out.push(note.text);
          break;
        case 'heading':
          if (seenTitle) out.push(node.label, Node.string(node));
          break;
        case 'closing':
          out.push(node.meeting, node.date);
          break;
        case 'footnote':
          out.push((node as Footnote).importedText ?? '');
          break;
        case 'embedded-resolution':
        case 'footnote-list':
        case 'annex':
          visit(node.children as Descendant[]);
          break;
        default:
          if (seenTitle && 'children' in node) out.push(paragraphText(node.children as InlineNode[]));
      }
    }
  };
  visit(value);
  return words(out.join(' '));
}

function multisetDiff(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const w of b) counts.set(w, (counts.get(w) ?? 0) - 1);
  return [...counts].filter(([, n]) => n !== 0).map(([w, n]) => `${w} ×${n}`);
}

describe.each(Object.keys(expected))('seed %s keeps every word', (name) => {
  it('imports the same words as the source holds, once each', () => {
    const source = sourceWords(readFileSync(join(seedsDir, name), 'utf8'), expected[name]!.title);
    const imported = importedWords(importedFile(join(seedsDir, name)).body);
    expect(multisetDiff(source, imported)).toEqual([]);
    expect(imported.length).toBe(source.length);
  });
});
