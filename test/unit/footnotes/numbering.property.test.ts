import fc from 'fast-check';
import { Editor, Transforms, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../shared/citations/citation';
import { insertFootnote } from '../../../shared/footnotes/insert';
import { footnoteNumbers } from '../../../shared/footnotes/numbers';
import { renderedFootnotes } from '../../../shared/footnotes/rendered';
import { makeOperative, makePreambular } from '../../../shared/model/factories';
import { createHeadlessEditor } from '../../../shared/model/headless';
import { docWith, textNote, unts } from './support/build';

const or = (organ: string, year: string): Citation => ({ kind: 'or', organ, year, supplement: '10', symbol: null, locator: 'chap. I' });
const pool: Citation[] = [
  unts('1577', '27531'), unts('2171', '27531'), unts('2225', '39574'),
  { kind: 'ets', no: '185' }, { kind: 'ets', no: '201' },
  or('Economic and Social Council', '2017'), or('Economic and Social Council', '2018'), or('General Assembly', '2017'),
  { kind: 'symbol', symbol: 'A/61/299', locator: null }, textNote('An explanatory note.'),
];

type Op =
  | { kind: 'insert'; at: number; operative: boolean; citation: number }
  | { kind: 'delete'; at: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'footnote'; at: number; offset: number; citation: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), operative: fc.boolean(), citation: fc.nat(pool.length - 1) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('footnote' as const), at: fc.nat(), offset: fc.nat(), citation: fc.nat(pool.length - 1) }),
);

/** Indexes of the body paragraphs (after header, title, adopting body; before the footnote list). */
const bodyIndexes = (editor: Editor) =>
  editor.children.flatMap((n, i) => ('type' in n && (n.type === 'preambular-paragraph' || n.type === 'operative-paragraph') ? [i] : []));

function apply(editor: Editor, o: Op): void {
  const body = bodyIndexes(editor);
  const first = 3;
  if (o.kind === 'insert') {
    const at = first + (o.at % (body.length + 1));
    const node = o.operative ? makeOperative([{ text: 'Urges the instrument' }]) : makePreambular([{ text: 'Recalling the instrument,' }]);
    Transforms.insertNodes(editor, node, { at: [at] });
    insertFootnote(editor, [at], 10 + (o.citation % 5), pool[o.citation]!);
  } else if (body.length === 0) {
    return;
  } else if (o.kind === 'delete') {
    Transforms.removeNodes(editor, { at: [body[o.at % body.length]!] });
  } else if (o.kind === 'move') {
    Transforms.moveNodes(editor, { at: [body[o.from % body.length]!], to: [body[o.to % body.length]!] });
  } else {
    insertFootnote(editor, [body[o.at % body.length]!], o.offset % 15, pool[o.citation]!);
  }
}

/** The oracle's numbering: marker ids as they appear in the serialized body, first appearance wins. */
function oracleOrder(value: Descendant[]): string[] {
  const body = JSON.stringify(value.filter((n) => !('type' in n && n.type === 'footnote-list')));
  return [...new Set([...body.matchAll(/"footnoteId":"([^"]+)"/g)].map((m) => m[1]!))];
}

/** The oracle's Ibid. decision, written from the spec's table rather than from the engine. */
function oracleIbid(c: Citation, p: Citation | undefined): 'full' | 'ibid' | 'ibid-locator' {
  if (!p || c.kind === 'text' || p.kind === 'text') return 'full';
  if (JSON.stringify(c) === JSON.stringify(p)) return c.kind === 'unts' || c.kind === 'ets' ? 'ibid-locator' : 'ibid';
  if (c.kind === 'unts' && p.kind === 'unts') return 'ibid-locator';
  if (c.kind === 'ets' && p.kind === 'ets') return 'ibid-locator';
  if (c.kind === 'or' && p.kind === 'or' && c.organ === p.organ) return 'ibid-locator';
  return 'full';
}

describe('footnote numbers and Ibid. after any edit script (property)', () => {
  it('numbers stay 1..n in document order and every Ibid. decision matches the oracle', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (script) => {
        const editor = createHeadlessEditor(docWith([], []));
        Editor.normalize(editor, { force: true });
        for (const o of script) {
          apply(editor, o);
          const order = oracleOrder(editor.children);
          const numbers = footnoteNumbers(editor.children);
          expect([...numbers.keys()]).toEqual(order);
          expect([...numbers.values()]).toEqual(order.map((_, i) => i + 1));
          const rendered = renderedFootnotes(editor.children, { ibidStyle: 'roman' });
          rendered.forEach((fn, k) => {
            const expected = oracleIbid(fn.citation, rendered[k - 1]?.citation);
            expect(fn.form).toBe(expected);
            expect(fn.text.startsWith('Ibid.')).toBe(expected !== 'full');
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
