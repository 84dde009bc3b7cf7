import { Element, type Descendant } from 'slate';

/** Counts of what an import produced, over the whole value (every embedded body and annex included). */
export interface StructureCounts {
  preambular: number;
  operative: number;
  subparagraphs: number;
  plain: number;
  numbered: number;
  headings: number;
  footnotes: number;
  markers: number;
}

export function countStructure(value: readonly Descendant[]): StructureCounts {
  const counts: StructureCounts = { preambular: 0, operative: 0, subparagraphs: 0, plain: 0, numbered: 0, headings: 0, footnotes: 0, markers: 0 };
  const visit = (nodes: readonly Descendant[]) => {
    for (const node of nodes) {
      if (!Element.isElement(node)) continue;
      switch (node.type) {
        case 'preambular-paragraph':
          counts.preambular += 1;
          break;
        case 'operative-paragraph':
          if (node.level === 0) counts.operative += 1;
          else counts.subparagraphs += 1;
          break;
        case 'plain-paragraph':
          if (node.numbered) counts.numbered += 1;
          else counts.plain += 1;
          break;
        case 'heading':
          counts.headings += 1;
          break;
        case 'footnote':
          counts.footnotes += 1;
          break;
        case 'footnote-ref':
          counts.markers += 1;
          break;
      }
      if ('children' in node) visit(node.children as Descendant[]);
    }
  };
  visit(value);
  return counts;
}

export const sameCounts = (a: StructureCounts, b: StructureCounts): boolean =>
  (Object.keys(a) as (keyof StructureCounts)[]).every((k) => a[k] === b[k]);

export function describeCounts(c: StructureCounts): string {
  const parts = [
    `${c.preambular} preambular`,
    `${c.operative} operative`,
    `${c.subparagraphs} sub-paragraphs`,
    c.numbered ? `${c.numbered} numbered report paragraphs` : '',
    c.plain ? `${c.plain} unnumbered paragraphs` : '',
    c.headings ? `${c.headings} headings` : '',
    `${c.footnotes} footnotes (${c.markers} markers)`,
  ];
  return parts.filter(Boolean).join(', ');
}
