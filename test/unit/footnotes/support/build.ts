import type { Descendant } from 'slate';
import type { Citation } from '../../../../shared/citations/citation';
import {
  makeAdoptingBody,
  makeFootnote,
  makeFootnoteList,
  makeFootnoteRef,
  makeHeader,
  makeOperative,
  makePreambular,
  makeTitle,
} from '../../../../shared/model/factories';
import type { BodyBlock, Footnote, InlineNode, Level } from '../../../../shared/model/types';

/** "Recalling| the Convention,[f1] and …": `|` ends the opener, `[id]` is a footnote marker. */
export function inlines(source: string): InlineNode[] {
  const [opener, rest] = source.includes('|') ? source.split('|', 2) as [string, string] : ['', source];
  const out: InlineNode[] = opener ? [{ text: opener, opener: true }] : [];
  for (const part of rest.split(/(\[[^\]]+\])/)) {
    if (/^\[[^\]]+\]$/.test(part)) out.push(makeFootnoteRef(part.slice(1, -1)));
    else if (part) out.push({ text: part });
  }
  return out;
}

export const pp = (id: string, source: string) => makePreambular(inlines(source), id);
export const op = (id: string, source: string, level: Level = 0) => makeOperative(inlines(source), level, id);

export const unts = (vol: string, no: string): Citation => ({ kind: 'unts', vols: [vol], nos: [no] });
export const textNote = (text: string): Citation => ({ kind: 'text', runs: [{ text }] });
export const note = (id: string, citation: Citation): Footnote => makeFootnote(citation, id);

/** A whole document: header, title, adopting body, the body blocks, then the footnote list. */
export const docWith = (body: BodyBlock[], footnotes: Footnote[]): Descendant[] => [
  makeHeader(),
  makeTitle('Test'),
  makeAdoptingBody('The General Assembly,'),
  ...body,
  makeFootnoteList(footnotes),
];
