import fc from 'fast-check';
import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { freeText } from '../../../shared/model/factories';
import type { PenholderFile } from '../../../shared/model/file-schema';
import { findAll, parseXml } from '../../support/xml-tree';
import { handCase, importSeed } from '../../support/export-fixtures';
import { plainView, redlineViews } from '../../support/redline-views';

type Value = Descendant[];
type Node = { type?: string; id?: string; children?: Node[]; text?: string; citation?: unknown; footnoteId?: string };

const clone = (value: readonly Descendant[]): Value => JSON.parse(JSON.stringify(value)) as Value;
const paragraphs = (value: Value) => (value as Node[]).filter((n) => /paragraph$/.test(n.type ?? ''));
const byId = (value: Value, id: string) => (value as Node[]).find((n) => n.id === id)!;
const lastText = (node: Node) => [...node.children!].reverse().find((c) => typeof c.text === 'string' && c.text !== '')!;

/** Edit scripts: each turns the base value into a current one. */
const EDITS: [string, (v: Value) => void][] = [
  ['a word changed inside a paragraph', (v) => void (lastText(byId(v, 'pp2')).text = ' that the United Nations Convention against Corruption represents a major step forward,')],
  ['a paragraph added', (v) => v.splice(6, 0, clone([byId(v, 'pp2') as unknown as Descendant]).map((n) => ({ ...n, id: 'pp-new' }))[0]!)],
  ['a paragraph deleted', (v) => v.splice((v as Node[]).findIndex((n) => n.id === 'op1bi'), 1)],
  ['a paragraph moved', (v) => {
    const at = (v as Node[]).findIndex((n) => n.id === 'op2');
    const [moved] = v.splice(at, 1);
    v.splice((v as Node[]).findIndex((n) => n.id === 'op3') + 1, 0, moved!);
  }],
  ['a footnote citation changed', (v) => void ((v.at(-1) as Node).children![3]!.citation = freeText('The terms refer to all persons under 18.'))],
  ['a footnote marker removed with its words', (v) => void (byId(v, 'op3').children = [{ text: 'Decides', opener: true } as Node, { text: ' to remain seized of the matter.' }])],
  ['the title reworded', (v) => void ((v as Node[]).find((n) => n.type === 'title')!.children = [{ text: 'Protecting children online' }])],
];

const withBody = (file: PenholderFile, body: Value): PenholderFile => ({ ...file, body });

async function expectViews(base: PenholderFile, current: PenholderFile) {
  const { parts, accept, reject } = await redlineViews(base.body, current);
  expect(accept).toEqual(await plainView(current));
  expect(reject).toEqual(await plainView(base));
  return parts;
}

describe('redline: the current text as Word tracked changes against a base', () => {
  const base = handCase('draft-with-subparagraphs');

  it.each(EDITS)('%s: accepting all gives the current text, rejecting all the base', async (_name, edit) => {
    const body = clone(base.body);
    edit(body);
    await expectViews(base, withBody(base, body));
  });

  it('marks nothing when nothing changed', async () => {
    const { parts } = await redlineViews(base.body, base);
    expect(parts['word/document.xml']).not.toMatch(/<w:(ins|del) /);
  });

  it('signs every change with the author and date, each with its own w:id across body and footnotes', async () => {
    const body = clone(base.body);
    for (const [, edit] of EDITS) edit(body);
    const { parts } = await redlineViews(base.body, withBody(base, body), 'Group of 77 and China', '2024-06-30T08:15:00.000Z');
    const changes = ['word/document.xml', 'word/footnotes.xml'].flatMap((p) => [...findAll(parseXml(parts[p]!), 'w:ins'), ...findAll(parseXml(parts[p]!), 'w:del')]);
    expect(changes.length).toBeGreaterThan(10);
    expect(new Set(changes.map((c) => c.attrs['w:author']))).toEqual(new Set(['Group of 77 and China']));
    expect(new Set(changes.map((c) => c.attrs['w:date']))).toEqual(new Set(['2024-06-30T08:15:00Z']));
    const ids = changes.map((c) => c.attrs['w:id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect(parts['word/footnotes.xml']).toMatch(/<w:(ins|del) /);
  });

  it('holds for any mix of edits (accept = current, reject = base)', async () => {
    const ids = paragraphs(clone(base.body)).map((p) => p.id!);
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('words' as const), id: fc.constantFrom(...ids), words: fc.array(fc.constantFrom('Member', 'States', 'urgently', 'the', ','), { minLength: 1, maxLength: 4 }) }),
      fc.record({ kind: fc.constant('delete' as const), id: fc.constantFrom(...ids) }),
      fc.record({ kind: fc.constant('copy' as const), id: fc.constantFrom(...ids), n: fc.nat(99) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 5 }), async (script) => {
        const body = clone(base.body);
        for (const step of script) {
          const at = (body as Node[]).findIndex((n) => n.id === step.id);
          if (at < 0) continue;
          const node = body[at] as unknown as Node;
          if (step.kind === 'words') lastText(node).text = ` ${step.words.join(' ')}${lastText(node).text}`;
          else if (step.kind === 'delete') body.splice(at, 1);
          else body.splice(at + 1, 0, { ...clone([body[at]!])[0]!, id: `copy-${step.n}-${at}` } as Descendant);
        }
        await expectViews(base, withBody(base, body));
      }),
      { numRuns: 25 },
    );
  });

  it('seed 003 against seed 001 (the 2019 draft and the 2022 resolution reusing it)', async () => {
    const [draft, adopted] = await Promise.all([importSeed('001'), importSeed('003')]);
    const parts = await expectViews(draft, adopted);
    expect(findAll(parseXml(parts['word/document.xml']!), 'w:del').length).toBeGreaterThan(20);
  });
});
