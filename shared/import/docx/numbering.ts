import { parseXml, type XmlElement } from '../xml/parse';
import { attr, child, childrenNamed } from '../xml/query';

/** Word list numbering: which (numId, level) prints "1.", "(a)", "(i)" or a bullet. */
export type ListKind = 0 | 1 | 2 | 'bullet';

export type NumberingLookup = (numId: string, ilvl: number) => ListKind | null;

const byFormat = (format: string | undefined, ilvl: number): ListKind => {
  if (format === 'bullet') return 'bullet';
  if (format === 'lowerLetter' || format === 'upperLetter') return 1;
  if (format === 'lowerRoman') return 2;
  if (format === 'decimal' || format === 'decimalZero') return 0;
  return (Math.min(ilvl, 2) as 0 | 1 | 2);
};

export function readNumbering(xml: string | null): NumberingLookup {
  if (!xml) return (_numId, ilvl) => (Math.min(ilvl, 2) as 0 | 1 | 2);
  const parsed = parseXml(xml);
  if (!parsed.ok) return (_numId, ilvl) => (Math.min(ilvl, 2) as 0 | 1 | 2);
  const abstracts = new Map<string, XmlElement>();
  for (const abstract of childrenNamed(parsed.root, 'abstractNum')) abstracts.set(attr(abstract, 'w:abstractNumId') ?? '', abstract);
  const nums = new Map<string, string>();
  for (const num of childrenNamed(parsed.root, 'num')) {
    nums.set(attr(num, 'w:numId') ?? '', attr(child(num, 'abstractNumId'), 'w:val') ?? '');
  }
  return (numId, ilvl) => {
    if (numId === '0') return null;
    const abstract = abstracts.get(nums.get(numId) ?? '');
    const level = abstract ? childrenNamed(abstract, 'lvl').find((l) => attr(l, 'w:ilvl') === String(ilvl)) : undefined;
    return byFormat(attr(child(level ?? { name: '', local: '', attrs: {}, children: [] }, 'numFmt'), 'w:val'), ilvl);
  };
}
