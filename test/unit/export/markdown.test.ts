import { describe, expect, it } from 'vitest';
import { emphasize, escapeMarkdown, inlineMarkdown, styledMarkdown } from '../../../shared/export/markdown/inline';
import { toMarkdown } from '../../../shared/export/markdown';
import { exportDocumentOf } from '../../../shared/export/export-document';
import { renderedFootnotes } from '../../../shared/footnotes/rendered';
import { makeFootnoteRef } from '../../../shared/model/factories';
import { handCase, handCases } from '../../support/export-fixtures';

describe('Markdown inline text', () => {
  it.each([
    ['a*b_c\\d`e', 'a\\*b\\_c\\\\d\\`e'],
    ['plain text', 'plain text'],
  ])('escapes %j as %j', (text, expected) => expect(escapeMarkdown(text)).toBe(expected));

  it.each([
    ['Recalling ', '*', '*Recalling* '],
    [' also', '*', ' *also*'],
    ['   ', '*', '   '],
  ])('emphasizes %j with spaces outside the markers', (text, marker, expected) => expect(emphasize(text, marker)).toBe(expected));

  it('joins runs of one style into one emphasis', () => {
    expect(styledMarkdown([{ text: 'Recalling', italic: true }, { text: ' also', italic: true }, { text: ' its resolution' }])).toBe('*Recalling also* its resolution');
  });

  it('writes markers as <sup>n</sup> and leaves deleted text out', () => {
    const numbers = new Map([['f1', 3]]);
    const children = [{ text: 'Noting', opener: true as const }, { text: ' the report', del: { id: 'r', author: 'A', date: '' } }, { text: ' the Convention,' }, makeFootnoteRef('f1'), { text: '' }];
    expect(inlineMarkdown(children, numbers)).toBe('*Noting* the Convention,<sup>3</sup>');
  });
});

describe.each(handCases())('Markdown export of %s', (name) => {
  it('ends with a rule, the * notes, then the numbered footnotes in order', () => {
    const file = handCase(name);
    const md = toMarkdown(exportDocumentOf(file));
    const notes = md.slice(md.lastIndexOf('\n---\n'));
    const numbered = renderedFootnotes(file.body, file.settings).map((f) => `<sup>${f.number}</sup> `);
    let at = 0;
    for (const mark of numbered) {
      const next = notes.indexOf(mark, at);
      expect(next, mark).toBeGreaterThan(at);
      at = next;
    }
  });
});
