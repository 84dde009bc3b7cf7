import type { Descendant } from 'slate';
import { clause, makeAdoptingBody, makeFootnoteList, makeHeader, makeOperative, makePlain, makePreambular, makeTitle } from '../model/factories';
import type { Level, TopBlock } from '../model/types';
import type { Passage } from './passage';

/** "OP5" → 0, "OP5(a)" → 1, "OP5(a)(i)" → 2. */
const levelOf = (id: string): Level => Math.min(2, (id.match(/\(/g) ?? []).length) as Level;

/** The opener and the rest, split where the text starts with the paragraph's lead. */
const split = (p: Passage): [string, string] =>
  p.opener && p.text.startsWith(p.opener) ? [p.opener, p.text.slice(p.opener.length)] : ['', p.text];

/**
 * An adopted resolution from the corpus as a document value (a redline base "against the adopted text"):
 * title, adopting body, preambular and operative paragraphs with their openers; annexes are left out.
 */
export function passagesToValue(passages: readonly Passage[]): Descendant[] {
  const first = passages[0];
  if (!first) return [];
  const blocks: TopBlock[] = [
    makeHeader({ kind: 'adopted-resolution', fields: { organ: first.body || null, symbol: first.symbol, date: first.date || null } }),
    makeTitle(first.title),
    makeAdoptingBody(first.body ? `The ${first.body},` : ''),
  ];
  for (const p of passages) {
    const [opener, rest] = split(p);
    if (p.kind === 'preambular') blocks.push(makePreambular(clause(opener, rest)));
    else if (p.kind === 'operative') blocks.push(makeOperative(opener ? clause(opener, rest) : rest, levelOf(p.paragraph)));
    else if (p.kind === 'other') blocks.push(makePlain(p.text));
  }
  blocks.push(makeFootnoteList());
  return blocks;
}

/** Results of several sources merged: best score first, one per text (folded), at most k. */
export function mergeResults<T extends { score: number; text: string }>(lists: readonly (readonly T[])[], k: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of lists.flat().sort((a, b) => b.score - a.score)) {
    const key = item.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
    if (out.length === k) break;
  }
  return out;
}
