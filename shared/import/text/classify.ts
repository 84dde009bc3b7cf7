import type { Block } from './blocks';
import { printed, REF_CLOSE, REF_OPEN, REF_SEP, REF_TOKEN, STAR } from './tokens';

/** What a block of a text conversion is (un-format.md §7.2 step 2). */
export type Classified =
  | { kind: 'body'; text: string; line: number }
  | { kind: 'footnote'; key: string; markdown: string; line: number }
  | { kind: 'symbol'; stars: number; text: string; line: number }
  | { kind: 'furniture'; line: number };

/** Page headers and footers: "2/5 V.19-03716", "V.19-03716 3/5". */
const FURNITURE = [/^\d+\/\d+ (?:[A-Z]{1,2}\.)?\d{2}-\d{5}$/, /^(?:[A-Z]{1,2}\.)?\d{2}-\d{5} \d+\/\d+$/];

const FOOTNOTE = new RegExp(`^${REF_OPEN}([^${REF_SEP}]*)${REF_SEP}[^${REF_CLOSE}]*${REF_CLOSE}\\s+(\\S[\\s\\S]*)$`);
const SYMBOL = new RegExp(`^(${STAR}+)\\s+(\\S[\\s\\S]*)$`);

export function classify(block: Block): Classified {
  const { text, line } = block;
  if (FURNITURE.some((re) => re.test(text))) return { kind: 'furniture', line };
  let m = FOOTNOTE.exec(text);
  // the definition text is markdown for the citation reader: a marker inside it stays as printed
  if (m) return { kind: 'footnote', key: m[1]!, markdown: m[2]!.replace(REF_TOKEN, '$2').replace(/\uE003/g, '\\*'), line };
  m = SYMBOL.exec(text);
  if (m) return { kind: 'symbol', stars: m[1]!.length, text: printed(m[2]!).replace(/\*\*?/g, '').trim(), line };
  return { kind: 'body', text, line };
}
