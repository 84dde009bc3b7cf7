import type { AgreedSource } from '../model/types';
import type { Passage } from './passage';

/**
 * How provenance is written (issue 7): "A/RES/78/201, para. 5", "A/RES/78/201, preambular para. 3",
 * "A/RES/78/201, para. 5 (a)", "A/RES/79/1, annex para. 4"; any other id is given as the corpus has it.
 */
export function provenanceLabel(source: Pick<AgreedSource, 'symbol' | 'paragraph'>): string {
  const { symbol, paragraph } = source;
  const pp = /^PP(\d+)$/.exec(paragraph);
  if (pp) return `${symbol}, preambular para. ${pp[1]}`;
  const op = /^OP(\d+)((?:\([a-z]+\))*)$/.exec(paragraph);
  if (op) return `${symbol}, para. ${op[1]}${op[2] ? ` ${op[2].replace(/\)\(/g, ') (')}` : ''}`;
  const annex = /^ANNEX\.(\d+)$/.exec(paragraph);
  if (annex) return `${symbol}, annex para. ${annex[1]}`;
  return `${symbol} ${paragraph}`;
}

/** "General Assembly, 2023": organ and year of adoption. */
export const adoptedIn = (source: Pick<AgreedSource, 'body' | 'date'>): string =>
  [source.body, source.date.slice(0, 4)].filter(Boolean).join(', ');

/** The provenance a paragraph keeps when agreed text is inserted: where it came from and the text then. */
export function sourceOf(passage: Passage): AgreedSource {
  const source: AgreedSource = {
    ref: passage.ref,
    symbol: passage.symbol,
    paragraph: passage.paragraph,
    body: passage.body,
    date: passage.date,
    text: passage.text,
  };
  if (passage.draft) source.draft = true;
  return source;
}
